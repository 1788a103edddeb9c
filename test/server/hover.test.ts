// Hover through the real server (dist/server.js over stdio) on the examples, in JSON and YAML: Markdown contents
// and the LSP range of the word hovered.
import YAML from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { LspClient, posOf } from './lspClient';
import { readFixture } from '../util/fixtures';

const stock = readFixture('examples/stock-trading.asl.json');
const saga = readFixture('examples/book-trip-saga.asl.yaml');
const etl = readFixture('examples/parallel-etl.asl.json');
const etlYaml = YAML.stringify(JSON.parse(etl), { lineWidth: 0 });
const S = 'file:///w/stock-trading.asl.json';
const B = 'file:///w/book-trip-saga.asl.yaml';
const E = 'file:///w/parallel-etl.asl.json';
const EY = 'file:///w/parallel-etl.asl.yaml';

describe('hover over a real LSP connection', () => {
  let c: LspClient;
  const hover = async (uri: string, position: { line: number; character: number }): Promise<Hover | null> =>
    c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
  const markdown = (h: Hover | null) => {
    expect(h).not.toBeNull();
    const contents = h!.contents as MarkupContent;
    expect(contents.kind).toBe('markdown');
    return contents.value;
  };

  beforeAll(async () => {
    c = new LspClient();
    await c.initialize();
    await c.open(S, stock);
    await c.open(B, saga);
    await c.open(E, etl);
    await c.open(EY, etlYaml);
  });
  afterAll(() => c.stop());

  it('documents a field, with its range over the key', async () => {
    const at = posOf(stock, '"TimeoutSeconds": 3600', 3);
    const h = await hover(S, at);
    expect(markdown(h)).toContain('**TimeoutSeconds**');
    expect(markdown(h)).toContain('https://docs.aws.amazon.com/step-functions/latest/dg/state-task.html');
    expect(h!.range).toEqual({ start: posOf(stock, '"TimeoutSeconds": 3600'), end: posOf(stock, '"TimeoutSeconds": 3600', '"TimeoutSeconds"'.length) });
  });

  it('names the integration of a Resource and its pattern, in JSON and YAML', async () => {
    expect(markdown(await hover(S, posOf(stock, 'sqs:sendMessage.waitForTaskToken', 4)))).toContain('**SQS SendMessage**');
    expect(markdown(await hover(S, posOf(stock, 'sqs:sendMessage.waitForTaskToken', 4)))).toContain('.waitForTaskToken');
    expect(markdown(await hover(B, posOf(saga, 'arn:aws:states:::dynamodb:putItem', 20)))).toContain('**DynamoDB PutItem**');
  });

  it('summarises the state a Next names (YAML)', async () => {
    const h = await hover(B, posOf(saga, 'Next: Cancel Flight', 8));
    expect(markdown(h)).toContain('**Cancel Flight** — Task · DynamoDB DeleteItem');
    expect(h!.range).toEqual({ start: posOf(saga, 'Next: Cancel Flight', 6), end: posOf(saga, 'Next: Cancel Flight', 'Next: Cancel Flight'.length) });
  });

  it('documents error names and state types', async () => {
    expect(markdown(await hover(B, posOf(saga, '[States.TaskFailed]', 3)))).toContain('**States.TaskFailed**');
    expect(markdown(await hover(S, posOf(stock, '"Type": "Choice"', 11)))).toContain('**Choice** state');
  });

  it('documents intrinsics and Context fields in JSONPath values', async () => {
    expect(markdown(await hover(S, posOf(stock, 'States.JsonToString($)', 9)))).toContain('States.JsonToString(value): string');
    expect(markdown(await hover(S, posOf(stock, '$$.Task.Token', 9)))).toContain('task token');
  });

  it('documents JSONata functions, $states and variables inside {% %}, in JSON and YAML', async () => {
    for (const [uri, text] of [[E, etl], [EY, etlYaml]] as const) {
      expect(markdown(await hover(uri, posOf(text, '$sum($states.result.rows)', 2))), uri).toContain('$sum(array) → number');
      expect(markdown(await hover(uri, posOf(text, '$states.input.objects', 9))), uri).toContain('`$states.input`');
      const v = await hover(uri, posOf(text, "'runId': $runId", 12));
      expect(markdown(v), uri).toContain('Assigned in `Extract`');
    }
  });

  it('answers null where there is nothing to say', async () => {
    expect(await hover(S, posOf(stock, 'check-stock-price', 3))).toBeNull();
  });
});
