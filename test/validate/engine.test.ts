// The validation engine itself: a rule that throws is reported, not propagated; settings switch validation off;
// every code in the table is exercised by at least one data-driven case.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocument, DEFAULT_SETTINGS } from '../../engine/service';
import { CODES, RULES, runRules, validateDocument } from '../../engine/validate';

const doc = createDocument('{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "Nowhere"}}}', 'json');

describe('validation engine', () => {
  it('reports a rule that throws as internal-error and still runs the others', () => {
    const boom = { id: 'boom', run() { throw new Error('kaboom'); } };
    const out = runRules(doc, DEFAULT_SETTINGS, [boom, ...RULES]);
    expect(out.find((d) => d.code === 'internal-error')).toMatchObject({ severity: 'warning', message: 'Rule boom failed: kaboom' });
    expect(out.map((d) => d.code)).toContain('undefined-state');
  });

  it('reports nothing when validation is off', () => {
    expect(validateDocument(doc, { ...DEFAULT_SETTINGS, validate: false })).toEqual([]);
  });

  it('keeps syntax problems from the parser, with their codes', () => {
    const broken = createDocument('{"StartAt": "A", "States": {', 'json');
    expect(validateDocument(broken).some((d) => d.code.startsWith('json-') && d.severity === 'error')).toBe(true);
  });

  it('every code (but internal-error) has a data-driven case', () => {
    const dir = path.join(__dirname, 'cases');
    const used = new Set<string>();
    for (const f of fs.readdirSync(dir)) for (const c of JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))) for (const e of c.expect) used.add(e.code);
    expect(Object.keys(CODES).filter((c) => c !== 'internal-error' && !used.has(c))).toEqual([]);
  });
});
