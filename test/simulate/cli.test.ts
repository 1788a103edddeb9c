// The command line as a subprocess: `run` and `test` on real files, exit codes 0/1/2, exactly one JSON object on
// stdout with --json, diagnostics on stderr.
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';

const root = path.resolve(__dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stepwise-cli-'));
const cli = path.join(dir, 'cli.js');

beforeAll(async () => {
  await esbuild.build({ entryPoints: [path.join(root, 'cli/main.ts')], outfile: cli, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', absWorkingDir: root, mainFields: ['module', 'main'] });
});

function stepwise(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function write(name: string, content: unknown): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
}

const pass = { StartAt: 'A', States: { A: { Type: 'Pass', Parameters: { 'greeting.$': "States.Format('hello {}', $.name)" }, End: true } } };

describe('stepwise run', () => {
  it('prints exactly one JSON object and exits 0 on success', () => {
    const r = stepwise('run', write('pass.asl.json', pass), '--input', '{"name":"world"}', '--json');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout)).toEqual({ status: 'SUCCEEDED', output: { greeting: 'hello world' } });
  });

  it('adds the events with --trace', () => {
    const r = stepwise('run', write('pass2.asl.json', pass), '--input-file', write('in.json', { name: 'x' }), '--json', '--trace');
    const out = JSON.parse(r.stdout);
    expect(out.events.map((e: { type: string }) => e.type)).toEqual(['ExecutionStarted', 'PassStateEntered', 'PassStateExited', 'ExecutionSucceeded']);
  });

  it('exits 1 with error and cause when the execution fails', () => {
    const def = { StartAt: 'F', States: { F: { Type: 'Fail', Error: 'Boom', Cause: 'because' } } };
    const r = stepwise('run', write('fail.asl.json', def), '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ status: 'FAILED', error: 'Boom', cause: 'because' });
  });

  it('runs YAML definitions and prints a readable trace without --json', () => {
    const yaml = 'StartAt: A\nStates:\n  A:\n    Type: Pass\n    Result: {x: 1}\n    End: true\n';
    const r = stepwise('run', write('p.asl.yaml', yaml));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('▶ A (Pass)');
    expect(r.stdout).toContain('SUCCEEDED  output: {"x":1}');
  });

  it('runs both test cases of the stock-trading example to SUCCEEDED', () => {
    for (const tc of ['BuyApproved', 'Sell']) {
      const r = stepwise('run', 'examples/stock-trading.asl.json', '--mock-config', 'examples/stock-trading.mocks.json', '--test-case', tc, '--json');
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).status).toBe('SUCCEEDED');
    }
  });

  it('exits 2 with diagnostics on stderr for an unrunnable definition', () => {
    const r = stepwise('run', write('bad.asl.json', { StartAt: 'Nope', States: { A: { Type: 'Pass', Next: 'Gone' } } }), '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("StartAt names 'Nope'");
    expect(r.stderr).toContain("'Gone' is not a state");
  });

  it('exits 2 for unparseable JSON, with line and column', () => {
    const r = stepwise('run', write('broken.asl.json', '{\n  "StartAt": "A",\n  "States": {,}\n}'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.asl\.json:3:\d+: error/);
  });

  it('exits 2 on bad usage', () => {
    expect(stepwise('run').code).toBe(2);
    expect(stepwise('run', 'a.json', '--bogus').code).toBe(2);
    expect(stepwise('run', 'examples/stock-trading.asl.json', '--mock-config', 'examples/stock-trading.mocks.json').code).toBe(2);
    expect(stepwise('run', 'examples/stock-trading.asl.json', '--input', '{nope').code).toBe(2);
    expect(stepwise('frobnicate').code).toBe(2);
  });

  it('exits 2 for a test case the mock file does not have', () => {
    const r = stepwise('run', 'examples/stock-trading.asl.json', '--mock-config', 'examples/stock-trading.mocks.json', '--test-case', 'Nope');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no test case 'Nope'");
  });

  it('lets a callback that nothing answers time out on the virtual clock, or ends WAITING without a timeout', () => {
    const task = (extra: Record<string, unknown>) => ({ StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', Parameters: { 'QueueUrl': 'q', 'MessageBody.$': '$$.Task.Token' }, End: true, ...extra } } });
    const timed = stepwise('run', write('cb-timeout.asl.json', task({ TimeoutSeconds: 60 })), '--json', '--trace');
    expect(timed.code).toBe(1);
    const out = JSON.parse(timed.stdout);
    expect(out).toMatchObject({ status: 'FAILED', error: 'States.Timeout' });
    expect(out.events.at(-2)).toMatchObject({ type: 'TaskTimedOut', timestamp: '2024-01-01T00:01:00.000Z' });
    const waiting = stepwise('run', write('cb-wait.asl.json', task({})), '--json');
    expect(waiting.code).toBe(1);
    expect(JSON.parse(waiting.stdout)).toMatchObject({ status: 'WAITING', waitingFor: [expect.stringMatching(/^AQC/)] });
    const text = stepwise('run', write('cb-wait2.asl.json', task({})));
    expect(text.stdout).toContain('WAITING  for the callback of AQC');
  });

  it('shows a Distributed Map\'s child executions with --trace', () => {
    const def = { StartAt: 'M', States: { M: { Type: 'Map', End: true, ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'P', States: { P: { Type: 'Pass', End: true } } } } } };
    const json = JSON.parse(stepwise('run', write('dmap.asl.json', def), '--input', '[1,2]', '--json', '--trace').stdout);
    expect(json.mapRuns).toHaveLength(1);
    expect(json.mapRuns[0].executions.map((c: { status: string; events: unknown[] }) => [c.status, c.events.length])).toEqual([['SUCCEEDED', 4], ['SUCCEEDED', 4]]);
    const text = stepwise('run', write('dmap2.asl.json', def), '--input', '[1,2]', '--trace').stdout;
    expect(text).toMatch(/map run arn:aws:states:[^ ]+:mapRun:dmap2\/M:[0-9a-f-]+ \(M\): SUCCEEDED/);
    expect(text).toContain('execution 1 ');
  });

  it('--no-limits lifts the 25,000-event history and the 256 KiB payload quotas', () => {
    const counter = write('counter.asl.json', { StartAt: 'Init', States: {
      Init: { Type: 'Pass', Result: { i: 0 }, Next: 'Inc' },
      Inc: { Type: 'Pass', Parameters: { 'i.$': 'States.MathAdd($.i, 1)' }, Next: 'Check' },
      Check: { Type: 'Choice', Choices: [{ Variable: '$.i', NumericLessThan: 7000, Next: 'Inc' }], Default: 'Done' },
      Done: { Type: 'Succeed' } } });
    const limited = JSON.parse(stepwise('run', counter, '--json').stdout);
    expect(limited).toMatchObject({ status: 'FAILED', error: 'States.Runtime', cause: 'The execution reached the maximum number of history events (25000).' });
    expect(JSON.parse(stepwise('run', counter, '--json', '--no-limits').stdout)).toEqual({ status: 'SUCCEEDED', output: { i: 7000 } });
    // A 200 KiB input is within the quota; the state's two copies of it are not.
    const big = write('big.asl.json', { StartAt: 'P', States: { P: { Type: 'Pass', Parameters: { 'a.$': '$.s', 'b.$': '$.s' }, End: true } } });
    const input = write('big-input.json', { s: 'x'.repeat(200 * 1024) });
    expect(JSON.parse(stepwise('run', big, '--input-file', input, '--json').stdout)).toMatchObject({ status: 'FAILED', error: 'States.DataLimitExceeded' });
    expect(JSON.parse(stepwise('run', big, '--input-file', input, '--json', '--no-limits').stdout).status).toBe('SUCCEEDED');
  });

  it('stops a runaway loop at the history limit', () => {
    const loop = write('loop.asl.json', { StartAt: 'A', States: {
      A: { Type: 'Pass', Next: 'B' },
      B: { Type: 'Choice', Choices: [{ Variable: '$', IsPresent: true, Next: 'A' }], Default: 'Done' },
      Done: { Type: 'Succeed' } } });
    const r = stepwise('run', loop, '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
  });
});

describe('stepwise test', () => {
  it('runs every test case, prints a summary and writes JUnit XML', () => {
    const junit = path.join(dir, 'junit.xml');
    const r = stepwise('test', 'examples/stock-trading.asl.json', '--mock-config', 'examples/stock-trading.mocks.json', '--junit', junit);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ok   BuyApproved: SUCCEEDED');
    expect(r.stdout).toContain('2 passed, 0 failed');
    const xml = fs.readFileSync(junit, 'utf8');
    expect(xml).toContain('<testsuite name="stock-trading" tests="2" failures="0"');
    expect(xml).toContain('<testcase name="Sell"');
  });

  it('exits 1 when a case does not end as its expectation says', () => {
    const expect_ = write('expect.json', { TestCases: { Sell: { Status: 'FAILED', Error: 'Nope' } } });
    const junit = path.join(dir, 'junit2.xml');
    const r = stepwise('test', 'examples/stock-trading.asl.json', '--mock-config', 'examples/stock-trading.mocks.json', '--expect', expect_, '--junit', junit);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAIL Sell: SUCCEEDED');
    expect(r.stdout).toContain('1 passed, 1 failed');
    expect(fs.readFileSync(junit, 'utf8')).toContain('<failure message="status SUCCEEDED, expected FAILED"');
  });

  it('exits 2 without a mock configuration', () => {
    expect(stepwise('test', 'examples/stock-trading.asl.json').code).toBe(2);
  });
});
