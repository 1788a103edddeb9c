// Checks every test/cases/**/*.case.json against the format in test/cases/README.md.
// Run: node test/cases/check-format.mjs   (exits 1 and lists the problems when a file is wrong)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const STATUSES = new Set(['SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED']);
const TOP = new Set(['description', 'source', 'definition', 'definitionYaml', 'input', 'mockConfig', 'testCase', 'options', 'expect']);
const EXPECT = new Set(['status', 'output', 'error', 'cause', 'causeContains', 'noError', 'eventTypes', 'eventTypesInclude', 'stages', 'outputMatches']);
const STAGES = new Set(['afterInputPath', 'afterParameters', 'result', 'afterResultSelector', 'afterResultPath', 'output']);

function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return files(p);
    return e.name.endsWith('.case.json') ? [p] : [];
  });
}

const problems = [];
const names = new Map();
const all = files(root);
for (const file of all) {
  const rel = path.relative(root, file);
  const bad = (msg) => problems.push(`${rel}: ${msg}`);
  let c;
  try {
    c = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    bad(`not valid JSON (${e.message})`);
    continue;
  }
  if (c === null || typeof c !== 'object' || Array.isArray(c)) { bad('not a JSON object'); continue; }
  for (const k of Object.keys(c)) if (!TOP.has(k)) bad(`unknown field "${k}"`);
  if (typeof c.description !== 'string' || c.description.trim() === '') bad('"description" must be a non-empty string');
  if (typeof c.source !== 'string' || !/^https:\/\//.test(c.source)) bad('"source" must be an https URL');
  const hasDef = c.definition !== undefined, hasYaml = c.definitionYaml !== undefined;
  if (hasDef === hasYaml) bad('exactly one of "definition" and "definitionYaml" is required');
  if (hasDef && (typeof c.definition !== 'object' || c.definition === null || typeof c.definition.StartAt !== 'string' || typeof c.definition.States !== 'object')) bad('"definition" needs StartAt and States');
  if (hasYaml && (typeof c.definitionYaml !== 'string' || !/StartAt:/.test(c.definitionYaml))) bad('"definitionYaml" must be YAML text with StartAt');
  if (c.mockConfig !== undefined) {
    if (typeof c.testCase !== 'string') bad('"testCase" is required with "mockConfig"');
    const sms = c.mockConfig?.StateMachines;
    if (!sms || typeof sms !== 'object' || Object.keys(sms).length !== 1) bad('"mockConfig.StateMachines" must hold exactly one state machine');
    else {
      const tcs = Object.values(sms)[0]?.TestCases;
      if (!tcs || tcs[c.testCase] === undefined) bad(`test case "${c.testCase}" is not in mockConfig`);
      else for (const [state, resp] of Object.entries(tcs[c.testCase])) {
        if (!c.mockConfig.MockedResponses || c.mockConfig.MockedResponses[resp] === undefined) bad(`state "${state}" names mocked response "${resp}" that is not defined`);
      }
    }
    for (const [name, resp] of Object.entries(c.mockConfig?.MockedResponses ?? {})) {
      for (const [k, v] of Object.entries(resp)) {
        if (!/^\d+(-\d+)?$/.test(k)) bad(`mocked response "${name}" has a key "${k}" that is not N or N-M`);
        const kinds = ['Return', 'Throw'].filter((x) => v && v[x] !== undefined);
        if (kinds.length !== 1) bad(`mocked response "${name}"."${k}" needs exactly one of Return or Throw`);
      }
    }
  } else if (c.testCase !== undefined) bad('"testCase" without "mockConfig"');
  if (c.options !== undefined && (typeof c.options !== 'object' || Object.keys(c.options).some((k) => k !== 'noLimits'))) bad('"options" may only hold noLimits');
  const x = c.expect;
  if (!x || typeof x !== 'object') { bad('"expect" is required'); continue; }
  for (const k of Object.keys(x)) if (!EXPECT.has(k)) bad(`unknown expect field "${k}"`);
  if (!STATUSES.has(x.status)) bad(`expect.status "${x.status}" is not one of ${[...STATUSES].join(', ')}`);
  if (x.output !== undefined && x.status !== 'SUCCEEDED') bad('expect.output only goes with SUCCEEDED');
  if ((x.error !== undefined || x.cause !== undefined || x.causeContains !== undefined) && !['FAILED', 'TIMED_OUT'].includes(x.status)) bad('error/cause only go with FAILED or TIMED_OUT');
  if (x.error !== undefined && typeof x.error !== 'string') bad('expect.error must be a string');
  if (x.cause !== undefined && x.causeContains !== undefined) bad('use cause or causeContains, not both');
  if (x.noError !== undefined && (x.noError !== true || x.error !== undefined || x.status !== 'FAILED')) bad('expect.noError is true, FAILED only, and excludes error');
  for (const k of ['eventTypes', 'eventTypesInclude']) if (x[k] !== undefined && (!Array.isArray(x[k]) || x[k].some((t) => typeof t !== 'string'))) bad(`expect.${k} must be an array of strings`);
  if (x.stages !== undefined) {
    for (const [state, st] of Object.entries(x.stages)) for (const k of Object.keys(st)) if (!STAGES.has(k)) bad(`stage "${k}" of "${state}" is not a known stage`);
  }
  if (x.outputMatches !== undefined) {
    for (const [ptr, re] of Object.entries(x.outputMatches)) {
      if (!/^(\/.*)?$/.test(ptr)) bad(`outputMatches key "${ptr}" is not a JSON Pointer`);
      try { new RegExp(re); } catch { bad(`outputMatches "${ptr}" is not a valid regular expression`); }
    }
  }
  const name = path.basename(file);
  const area = path.dirname(rel);
  const key = `${area}/${name}`;
  if (names.has(key)) bad(`duplicate case name ${key}`);
  names.set(key, true);
}
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} problem(s) in ${all.length} case file(s)`);
  process.exit(1);
}
const byArea = {};
for (const f of all) { const a = path.relative(root, f).split(path.sep)[0]; byArea[a] = (byArea[a] ?? 0) + 1; }
console.log(Object.entries(byArea).sort().map(([a, n]) => `${a}: ${n}`).join('\n'));
console.log(`${all.length} case files, all well-formed`);
