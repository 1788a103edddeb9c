// Validation: syntax problems first, then every rule over the model. Never throws: a rule that fails is skipped.
import { DEFAULT_SETTINGS, type AslDocument, type Diagnostic, type LanguageSettings } from '../service/types';
import { createContext, type Rule } from './rule';
import { undefinedState } from './rules/undefinedState';

export { CODES, type DiagnosticCode } from './codes';

export const RULES: readonly Rule[] = [undefinedState];

export function validateDocument(doc: AslDocument, settings: LanguageSettings = DEFAULT_SETTINGS): Diagnostic[] {
  if (!settings.validate) return [];
  const out: Diagnostic[] = doc.parsed.problems.map((p) => ({ offset: p.offset, length: p.length, severity: 'error', code: p.code, message: p.message }));
  const ctx = createContext(doc, settings, out);
  for (const rule of RULES) {
    try {
      rule.run(ctx);
    } catch (e) {
      out.push({ offset: 0, length: 0, severity: 'warning', code: 'internal-error', message: `Rule ${rule.id} failed: ${(e as Error).message}` });
    }
  }
  return out.sort((a, b) => a.offset - b.offset || a.code.localeCompare(b.code));
}
