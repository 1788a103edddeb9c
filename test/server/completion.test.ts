// Completion through the real server (dist/server.js over stdio) on the examples, in JSON and YAML: what arrives at
// the client — labels, kinds, text edits with LSP ranges, snippets, the comma added in JSON, the re-trigger command.
import YAML from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionList, type TextEdit } from 'vscode-languageserver-protocol';
import { LspClient, posOf } from './lspClient';
import { readFixture } from '../util/fixtures';
import { resolveSnippet } from '../complete/markedCases';

const stock = readFixture('examples/stock-trading.asl.json');
const saga = readFixture('examples/book-trip-saga.asl.yaml');
const etl = readFixture('examples/parallel-etl.asl.json');
const etlYaml = YAML.stringify(JSON.parse(etl), { lineWidth: 0 });
const S = 'file:///w/stock-trading.asl.json';
const B = 'file:///w/book-trip-saga.asl.yaml';
const E = 'file:///w/parallel-etl.asl.json';
const EY = 'file:///w/parallel-etl.asl.yaml';

type Pos = { line: number; character: number };

function offsetOf(text: string, p: Pos): number {
  const lines = text.split('\n');
  return lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
}

/** The document after the client applies an item's text edit and additional edits (snippet placeholders at their defaults). */
function accept(text: string, item: CompletionItem): string {
  const main = item.textEdit as TextEdit;
  const edits = [main, ...(item.additionalTextEdits ?? [])].sort((a, b) => offsetOf(text, b.range.start) - offsetOf(text, a.range.start));
  let out = text;
  for (const e of edits) {
    const newText = item.insertTextFormat === InsertTextFormat.Snippet && e === main ? resolveSnippet(e.newText) : e.newText;
    out = out.slice(0, offsetOf(out, e.range.start)) + newText + out.slice(offsetOf(out, e.range.end));
  }
  return out;
}

describe('completion over a real LSP connection', () => {
  let c: LspClient;
  const complete = async (uri: string, position: Pos): Promise<CompletionItem[]> => {
    const r = await c.request<CompletionList | null>('textDocument/completion', { textDocument: { uri }, position });
    expect(r).not.toBeNull();
    expect(r!.isIncomplete).toBe(false);
    return r!.items;
  };
  const labels = (items: CompletionItem[]) => items.map((i) => i.label);

  beforeAll(async () => {
    c = new LspClient();
    await c.initialize();
    await c.open(S, stock);
    await c.open(B, saga);
    await c.open(E, etl);
    await c.open(EY, etlYaml);
  });
  afterAll(() => c.stop());

  it('offers the scope\'s state names in a JSON Next, replacing the string content', async () => {
    const at = posOf(stock, '"Next": "Report Result"', 9);
    const items = await complete(S, at);
    expect(labels(items)).toEqual(expect.arrayContaining(['Buy Stock', 'Sell Stock', 'No Trade', 'Report Result', 'Check Stock Price']));
    const item = items.find((i) => i.label === 'No Trade')!;
    expect(item.kind).toBe(CompletionItemKind.Reference);
    expect((item.textEdit as TextEdit).range).toEqual({ start: at, end: { line: at.line, character: at.character + 'Report Result'.length } });
    expect(accept(stock, item)).toBe(stock.replace('"Next": "Report Result"', '"Next": "No Trade"'));
  });

  it('offers state names in a YAML Next and a YAML catcher\'s Next', async () => {
    for (const needle of ['Next: Reserve Hotel', 'Next: Cancel Flight']) {
      const at = posOf(saga, needle, 6);
      const items = await complete(B, at);
      expect(labels(items)).toEqual(expect.arrayContaining(['Reserve Flight', 'Reserve Hotel', 'Take Payment', 'Cancel Flight', 'Cancel Hotel']));
      const item = items.find((i) => i.label === 'Take Payment')!;
      expect(accept(saga, item)).toBe(saga.replace(needle, 'Next: Take Payment'));
    }
  });

  it('offers the fields of a Task as snippets, with a comma before in JSON', async () => {
    // A new line at the end of "No Trade"'s object: `{ "Type": "Succeed" ‸}` has no comma after "Succeed".
    const at = posOf(stock, '"No Trade": { "Type": "Succeed" }', '"No Trade": { "Type": "Succeed" '.length);
    const items = await complete(S, at);
    expect(labels(items)).toEqual(expect.arrayContaining(['Comment', 'InputPath', 'OutputPath']));
    expect(labels(items)).not.toContain('Next');
    const comment = items.find((i) => i.label === 'Comment')!;
    expect(comment.insertTextFormat).toBe(InsertTextFormat.Snippet);
    expect(comment.kind).toBe(CompletionItemKind.Property);
    const after = accept(stock, comment);
    expect(after).toContain('"No Trade": { "Type": "Succeed", "Comment": ""}');
    expect(() => JSON.parse(after)).not.toThrow();
  });

  it('offers Task fields in YAML', async () => {
    const text = saga.replace('    Resource: arn:aws:states:::lambda:invoke\n', '    Resource: arn:aws:states:::lambda:invoke\n    \n');
    await c.change(B, text, 2);
    const at = posOf(text, 'arn:aws:states:::lambda:invoke\n    \n', 'arn:aws:states:::lambda:invoke\n    '.length);
    const items = await complete(B, at);
    expect(labels(items)).toEqual(expect.arrayContaining(['TimeoutSeconds', 'HeartbeatSeconds', 'InputPath', 'Assign']));
    expect(labels(items)).not.toEqual(expect.arrayContaining(['Resource', 'Parameters', 'Catch', 'Arguments']));
    await c.change(B, saga, 3);
  });

  it('asks the client to suggest again after inserting Next or Resource (state names and ARNs follow)', async () => {
    const doc = 'StartAt: A\nStates:\n  A:\n    Type: Task\n    \n';
    await c.open('file:///w/new.asl.yaml', doc);
    const items = await complete('file:///w/new.asl.yaml', { line: 4, character: 4 });
    for (const label of ['Next', 'Resource']) {
      const item = items.find((i) => i.label === label)!;
      expect(item.command?.command, label).toBe('editor.action.triggerSuggest');
    }
    expect(items.find((i) => i.label === 'Comment')!.command).toBeUndefined();
    expect((items.find((i) => i.label === 'Next')!.textEdit as TextEdit).newText).toBe('Next: ${1}');
  });

  it('offers Resource ARNs with their display names', async () => {
    const at = posOf(stock, '"Resource": "arn:aws:states:::sns:publish"', 13);
    const items = await complete(S, at);
    const sqs = items.find((i) => i.label === 'arn:aws:states:::sqs:sendMessage.waitForTaskToken');
    expect(sqs?.detail).toContain('SQS SendMessage');
    expect(labels(items)).toContain('arn:aws:states:::aws-sdk:dynamodb:query');
  });

  it('offers error names in ErrorEquals, with the Lambda errors for a Lambda task', async () => {
    const at = posOf(stock, '["Lambda.TooManyRequestsException"', 2);
    const items = await complete(S, at);
    expect(labels(items)).toEqual(expect.arrayContaining(['States.ALL', 'States.TaskFailed', 'Lambda.ServiceException', 'Lambda.SdkClientException']));
  });

  it('offers JSONata functions (AWS\'s too) and variables inside {% %}, in JSON and YAML', async () => {
    for (const [uri, text, needle] of [[E, etl, '$runId %}'], [EY, etlYaml, '$runId %}']] as const) {
      const at = posOf(text, needle, 1);
      const items = await complete(uri, at);
      expect(labels(items), uri).toEqual(expect.arrayContaining(['$runId', '$states', '$partition', '$uuid', '$sum']));
      const fn = items.find((i) => i.label === '$partition')!;
      expect(fn.kind).toBe(CompletionItemKind.Function);
      expect(fn.insertTextFormat).toBe(InsertTextFormat.Snippet);
      expect((fn.textEdit as TextEdit).newText).toBe('\\$partition(${1:array}, ${2:size})');
    }
  });

  it('offers $states fields', async () => {
    const at = posOf(etl, '"{% $states.input %}"', '"{% $states.'.length);
    const items = await complete(E, at);
    expect(labels(items)).toEqual(expect.arrayContaining(['input', 'result', 'context', 'errorOutput']));
  });

  it('offers Context fields and intrinsics in a JSONPath payload', async () => {
    const at = posOf(stock, '"TaskToken.$": "$$.Task.Token"', '"TaskToken.$": "$$.'.length);
    expect(labels(await complete(S, at))).toEqual(expect.arrayContaining(['Execution', 'State', 'StateMachine', 'Task']));
    const fn = posOf(stock, '"Message.$": "States.JsonToString($)"', '"Message.$": "'.length);
    expect(labels(await complete(S, fn))).toEqual(expect.arrayContaining(['States.Format', 'States.JsonToString', 'States.UUID']));
  });
});
