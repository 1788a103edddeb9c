// Diagnostics on the benchmark's generated 200-state workflows, pinned: the valid one gets none, and versions of it
// with problems injected into many states (touching every rule) and with random text edits (syntax errors, partial
// trees) get exactly the diagnostics in __snapshots__/generated-200.txt (written with the validation code before the
// performance work). Performance work on parsing, the model and
// validation must leave this file unchanged.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { generate, workflowText } from '../../bench/workflows';
import { createDocument, getLanguageService, type Diagnostic } from '../../engine/service';
import { mutate, random } from '../syntax/trees';

type Format = 'json' | 'yaml';
type Obj = Record<string, any>;
const ls = getLanguageService();

/** The generated workflow with a different problem in every few states, so that every rule has something to say. */
function broken(): Obj {
  const doc = generate(200) as Obj;
  const states = doc.States as Obj;
  const names = Object.keys(states);
  names.forEach((name, i) => {
    const s = states[name] as Obj;
    if (s.Type !== 'Task' || i % 3 !== 0) return;
    switch ((i / 3) % 24) {
      case 0: s.Unknown = 1; break;
      case 1: delete s.Next; break;
      case 2: s.Resource = 'not-an-arn'; break;
      case 3: s.Next = 'Nowhere'; break;
      case 4: s.ResultPath = '$.a['; break;
      case 5: s.Parameters['Payload.$'] = 'States.Format(\'{}\', $.a'; break;
      case 6: s.Parameters['x.$'] = 'States.Nope(1)'; break;
      case 7: s.Retry[0].MaxAttempts = -1; s.Retry[1].BackoffRate = 0.5; break;
      case 8: s.TimeoutSeconds = 10; s.HeartbeatSeconds = 20; s.TimeoutSecondsPath = '$.t'; break;
      case 9: s.End = true; break;
      case 10: s.QueryLanguage = 'JSONata'; s.Output = '{% $states.input + %}'; s.Arguments = { 'a.$': '$.x', b: '{% $undefinedVar %}' }; break;
      case 11: s.Arguments = { a: 1 }; s.TimeoutSeconds = '{% 3 %}'; break;
      case 12: s.Parameters['v.$'] = '$neverAssigned.field'; s.Assign = { '1bad': 1, ok: '$.x', 'good.$': '$.y' }; break;
      case 13: s.Retry = [{ ErrorEquals: ['States.ALL'] }, { ErrorEquals: ['Other', 'States.TimeOut'] }, { ErrorEquals: [] }, { ErrorEquals: ['States.ALL', 'X'] }]; break;
      case 14: s.Catch = [{ ErrorEquals: ['States.ALL'], Next: 'Nowhere' }, { ErrorEquals: ['X'] }]; break;
      case 15: s.Type = 'Taks'; break;
      case 16: states[name] = 'not an object'; break;
      case 17: delete s.Type; break;
      case 18: s.Comment = 42; s.ResultSelector = 'x'; break;
      case 19: s.InputPath = 'no dollar'; s.OutputPath = '$$.Execution.Id'; break;
      case 20: s.Credentials = { 'RoleArn.$': '$.role' }; s.Parameters['p.$'] = 'States.ArrayGetItem($.a)'; s.Parameters['n.$'] = 5; break;
      case 21: s.Retry[0].IntervalSeconds = 'two'; break;
      case 22: s.Catch = [{ ErrorEquals: ['States.ALL'], ResultPath: '$.e', Next: names[i + 1] }]; s.Next = names[i + 1]; s.End = true; break;
      default: s.Parameters = { 'payload.$': '$.Payload', nested: { deep: [{ 'd.$': '$..x' }, { 'e.$': 'States.JsonToString($.x, 1)' }] } };
    }
  });
  // Choice, Wait, Pass, Succeed, Fail, Map and Parallel problems, and states nobody reaches.
  states.LongName = { Type: 'Pass', Next: 'Done' };
  states['N'.repeat(90)] = { Type: 'Pass', End: true };
  states.BadChoice = { Type: 'Choice', Choices: [{ Variable: '$.x', Next: 'Done' }, { Condition: '{% true %}', Next: 'Done' }, { Not: { Variable: '$.y', StringEquals: 1 }, Next: 'Gone' },
    { Next: 'Done' }, { Variable: '$.x', StringEquals: 'a', NumericEquals: 1, Next: 'Done' }, { StringEquals: 'a', Next: 'Done' }, { Variable: '$.x', IsPresent: true, Next: 'ReadsBranchVar' }], Default: 'Gone', Next: 'Done' };
  states.ReadsBranchVar = { Type: 'Pass', Parameters: { 'v.$': '$inBranch' }, Next: 'Done' };
  states.BadTimestamp = { Type: 'Wait', Timestamp: 'yesterday', Next: 'Done' };
  states.BadWait = { Type: 'Wait', Timestamp: 'yesterday', Seconds: 5, Next: 'Done' };
  states.EmptyWait = { Type: 'Wait', Next: 'Done' };
  states.BadSucceed = { Type: 'Succeed', Next: 'Done', Result: 1 };
  states.BadFail = { Type: 'Fail', Error: 'E', ErrorPath: '$.e', Cause: 1 };
  states.OldMap = { Type: 'Map', Iterator: { StartAt: 'In', States: { In: { Type: 'Pass', Next: 'Step00001' } } }, Parameters: { 'a.$': '$' }, End: true };
  states.NoTerminal = { Type: 'Parallel', Branches: [{ StartAt: 'B1', States: { B1: { Type: 'Pass', Next: 'B2', Assign: { inBranch: 1 } }, B2: { Type: 'Pass', Next: 'B1' }, Done: { Type: 'Succeed' } } }, {},
    { StartAt: 'J1', States: { QueryLanguage: 'JSONata', J1: { Type: 'Pass', Output: '{% $inBranch %}', End: true } } }], End: true };
  states.Jsonata = { Type: 'Pass', QueryLanguage: 'JSONata', Parameters: { 'x.$': '$' }, Output: { 'y.$': '$', z: '{% $reads %}' }, Assign: { reads: '{% $states.input %}' }, Next: 'Done' };
  doc.TimeoutSeconds = 'long';
  doc.Extra = true;
  return doc;
}

function line(d: Diagnostic): string {
  const extra = { related: d.related, tags: d.tags, data: d.data };
  const rest = JSON.stringify(extra);
  return `${d.offset}+${d.length} ${d.severity} ${d.code} ${d.message}${rest === '{}' ? '' : ` ${rest}`}`;
}

/** A heading and the lines; beyond a hundred lines, their digest and how many of each code (a file of lines to review). */
function pinned(title: string, lines: string[]): string[] {
  if (lines.length <= 100) return [`## ${title}: ${lines.length}`, ...lines];
  const counts = new Map<string, number>();
  for (const l of lines) { const code = l.split(' ')[2]; counts.set(code, (counts.get(code) ?? 0) + 1); }
  const histogram = [...counts].sort().map(([c, n]) => `${c} ${n}`).join(', ');
  return [`## ${title}: ${lines.length}, sha256 ${createHash('sha256').update(lines.join('\n')).digest('hex')}`, `# ${histogram}`];
}

function diagnostics(text: string, format: Format): string[] {
  return ls.validate(createDocument(text, format)).map(line);
}

describe('diagnostics on the generated 200-state workflows', () => {
  it('are none on the benchmark documents', () => {
    for (const format of ['json', 'yaml'] as Format[]) expect(diagnostics(workflowText(200, format), format)).toEqual([]);
  });

  it('are pinned on broken and edited versions of them', async () => {
    const doc = broken();
    const json = JSON.stringify(doc, null, 2).replace('"ResultPath": "$.last",', '"ResultPath": "$.last", "ResultPath": "$.twice",');
    const yaml = YAML.stringify(doc, { lineWidth: 0 }).replace('    ResultPath: $.last\n', '    ResultPath: $.last\n    ResultPath: $.twice\n');
    const out: string[] = [];
    const codes = new Set<string>();
    for (const [format, text] of [['json', json], ['yaml', yaml]] as [Format, string][]) {
      const ds = ls.validate(createDocument(text, format));
      for (const d of ds) codes.add(d.code);
      out.push(`## broken ${format}: ${ds.length}`, ...ds.map(line)); // in full: the file's main content
      // Random edits, of the clean and of the broken document.
      const rnd = random(format === 'json' ? 200 : 201);
      const clean = workflowText(200, format);
      for (let i = 0; i < 16; i++) {
        let t = i % 2 ? clean : text;
        for (let e = 0; e < 1 + (i % 3); e++) t = mutate(t, rnd, ' \n:"{}[],-#$.a1');
        const found = diagnostics(t, format);
        out.push(...pinned(`edited ${i % 2 ? '' : 'broken '}${format} ${i}`, found));
      }
    }
    // Every rule has something to say here (the snapshot would not notice a rule that stopped running otherwise).
    expect(codes.size).toBeGreaterThanOrEqual(30);
    await expect(out.join('\n') + '\n').toMatchFileSnapshot('__snapshots__/generated-200.txt');
  });
});
