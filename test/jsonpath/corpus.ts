// Collects the path and intrinsic strings of the 179 real workflows in test/fixtures/corpus (all valid as deployed),
// so the parsers can be checked against what AWS accepted.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser';
import { parse as parseYaml } from 'yaml';

export interface CorpusString {
  file: string;
  field: string;
  value: string;
}

const dir = join(__dirname, '..', 'fixtures', 'corpus');

/** Every string value of a `….$` field or of a field whose name ends in "Path" (InputPath, ResultPath, …). */
export function corpusStrings(): CorpusString[] {
  const out: CorpusString[] = [];
  for (const file of readdirSync(dir)) {
    if (!/\.(json|ya?ml)$/.test(file)) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    let doc: unknown;
    try {
      doc = file.endsWith('.json') ? parseJsonc(text) : parseYaml(text);
    } catch {
      continue;
    }
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if (typeof x === 'string' && (k.endsWith('.$') || /Path$/.test(k) || k === 'Variable')) out.push({ file, field: k, value: x });
          walk(x);
        }
      }
    };
    walk(doc);
  }
  return out;
}
