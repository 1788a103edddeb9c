// The committed outputs of scripts/gen-schema.mjs are up to date, and every code is documented.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODES } from '../../engine/validate';
// @ts-expect-error -- a plain ES module script without types
import { generateDiagnosticsDoc, generateValidator } from '../../scripts/gen-schema.mjs';

const ROOT = path.resolve(__dirname, '../..');
const read = (p: string) => fs.readFileSync(path.join(ROOT, p), 'utf8');
const STALE = 'stale: run `node scripts/gen-schema.mjs` and commit the result';

describe('generated validation artefacts', () => {
  it('validator.generated.js is the schema compiled by the current script', () => {
    const { js, dts } = generateValidator();
    expect(read('engine/validate/schema/validator.generated.js') === js, STALE).toBe(true);
    expect(read('engine/validate/schema/validator.generated.d.ts') === dts, STALE).toBe(true);
  });

  it('the generated validator evaluates no code at run time (CSP-safe)', () => {
    const js = read('engine/validate/schema/validator.generated.js');
    expect(js).not.toMatch(/\bnew Function\b|\beval\(|\brequire\(/);
  });

  it('docs/diagnostics.md is generated from the code table and documents every code', () => {
    const doc = read('docs/diagnostics.md');
    expect(doc === generateDiagnosticsDoc(CODES), STALE).toBe(true);
    for (const code of Object.keys(CODES)) expect(doc).toContain(`\`${code}\``);
  });

  it('every code has a severity, a message and a description', () => {
    for (const [code, spec] of Object.entries(CODES)) {
      expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(['error', 'warning', 'information', 'hint']).toContain(spec.severity);
      expect(spec.message.length, code).toBeGreaterThan(5);
      expect(spec.description.length, code).toBeGreaterThan(20);
    }
  });
});
