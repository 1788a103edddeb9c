// The conformance cases: every test/cases/**/*.case.json run through the simulator in the fixed environment that
// test/cases/README.md describes, and checked against its expectations.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { createExecution, mockTaskHandler, parseMockConfig, pickStateMachine, type TaskHandler } from '../../engine/simulate';

const root = path.resolve(__dirname, '../cases');

function caseFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return caseFiles(p);
    return e.name.endsWith('.case.json') ? [p] : [];
  }).sort();
}

/** JSON Pointer (RFC 6901) into a value. */
function pointer(value: unknown, ptr: string): unknown {
  if (ptr === '') return value;
  let v: any = value;
  for (const raw of ptr.slice(1).split('/')) {
    const k = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    v = v == null ? undefined : v[Array.isArray(v) ? Number(k) : k];
  }
  return v;
}

export async function runCase(c: any) {
  const definition = c.definition ?? YAML.parse(c.definitionYaml);
  let taskHandler: TaskHandler | undefined;
  if (c.mockConfig) {
    const { config, problems } = parseMockConfig(c.mockConfig);
    if (!config) throw new Error(`mock configuration: ${problems.join('; ')}`);
    const sm = pickStateMachine(config, undefined);
    if (!sm.name) throw new Error(sm.problem);
    taskHandler = mockTaskHandler(config, sm.name, c.testCase);
  }
  const execution = createExecution(definition, { input: c.input ?? {}, taskHandler, noLimits: c.options?.noLimits === true, seed: 42 });
  const result = await execution.run();
  return { execution, result };
}

const files = caseFiles(root);

describe('conformance cases (test/cases)', () => {
  it('finds the cases', () => { expect(files.length).toBeGreaterThan(0); });
  for (const file of files) {
    const rel = path.relative(root, file);
    it(rel, async () => {
      const c = JSON.parse(fs.readFileSync(file, 'utf8'));
      const { execution, result } = await runCase(c);
      const x = c.expect;
      const summary = JSON.stringify(result).slice(0, 2000);
      expect(result.status, summary).toBe(x.status);
      if ('output' in x) expect(result.output, summary).toEqual(x.output);
      if ('error' in x) expect(result.error, summary).toBe(x.error);
      if (x.noError) expect('error' in result && result.error !== undefined, summary).toBe(false);
      if ('cause' in x) expect(result.cause, summary).toBe(x.cause);
      if ('causeContains' in x) expect(result.cause ?? '', summary).toContain(x.causeContains);
      const types = execution.events.map((e) => e.type);
      if (x.eventTypes) expect(types).toEqual(x.eventTypes);
      if (x.eventTypesInclude) for (const t of x.eventTypesInclude) expect(types, `event ${t}`).toContain(t);
      if (x.stages) {
        for (const [state, stages] of Object.entries(x.stages as Record<string, Record<string, unknown>>)) {
          const visit = execution.stateVisits.find((v) => v.name === state);
          expect(visit, `a visit of ${state}`).toBeDefined();
          for (const [stage, value] of Object.entries(stages)) expect((visit as any)[stage], `${state}.${stage}`).toEqual(value);
        }
      }
      if (x.outputMatches) {
        for (const [ptr, re] of Object.entries(x.outputMatches as Record<string, string>)) {
          const v = pointer(result.output, ptr);
          const text = JSON.stringify(v);
          expect(text, `output${ptr}`).toMatch(new RegExp(re));
        }
      }
    });
  }
});
