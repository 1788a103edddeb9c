// Validation: syntax problems first, then every rule over the model. Never throws: a rule that fails is reported as
// `internal-error` and the other rules still run.
import { DEFAULT_SETTINGS, type AslDocument, type Diagnostic, type LanguageSettings } from '../service/types';
import { formatMessage } from './codes';
import { createContext, type Rule } from './rule';
import { choiceRules } from './rules/choiceRules';
import { crossScopeTransition } from './rules/crossScopeTransition';
import { deprecated } from './rules/deprecated';
import { duplicateKeys } from './rules/duplicateKeys';
import { duplicateStateName } from './rules/duplicateStateName';
import { fieldCombinations } from './rules/fieldCombinations';
import { intrinsics } from './rules/intrinsics';
import { jsonataSyntax } from './rules/jsonataSyntax';
import { jsonpathSyntax } from './rules/jsonpathSyntax';
import { noTerminalState } from './rules/noTerminalState';
import { queryLanguage } from './rules/queryLanguage';
import { retryCatch } from './rules/retryCatch';
import { schema } from './rules/schema';
import { stateNameLength } from './rules/stateNameLength';
import { taskResource } from './rules/taskResource';
import { timestamps } from './rules/timestamps';
import { transitions } from './rules/transitions';
import { undefinedState } from './rules/undefinedState';
import { unreachableState } from './rules/unreachableState';
import { variables } from './rules/variables';

export { CODES, type DiagnosticCode, type CodeSpec } from './codes';
export { assignSites, assignedName, scanPathVariables } from './variables';

export const RULES: readonly Rule[] = [
  schema, duplicateKeys, duplicateStateName, stateNameLength, deprecated,
  undefinedState, crossScopeTransition, unreachableState, noTerminalState, transitions,
  fieldCombinations, taskResource, timestamps, queryLanguage, jsonpathSyntax, intrinsics, jsonataSyntax, variables, retryCatch, choiceRules,
];

export function validateDocument(doc: AslDocument, settings: LanguageSettings = DEFAULT_SETTINGS): Diagnostic[] {
  return runRules(doc, settings, RULES);
}

/** The syntax problems plus what the given rules report, sorted by offset; a rule that throws becomes `internal-error`. */
export function runRules(doc: AslDocument, settings: LanguageSettings, rules: readonly Rule[]): Diagnostic[] {
  if (!settings.validate) return [];
  const out: Diagnostic[] = doc.parsed.problems.map((p) => ({ offset: p.offset, length: p.length, severity: 'error', code: p.code, message: p.message }));
  const ctx = createContext(doc, settings, out);
  for (const rule of rules) {
    try {
      rule.run(ctx);
    } catch (e) {
      out.push({ offset: 0, length: 0, severity: 'warning', code: 'internal-error', message: formatMessage('internal-error', { rule: rule.id, problem: (e as Error)?.message ?? String(e) }) });
    }
  }
  return out.sort((a, b) => a.offset - b.offset || a.code.localeCompare(b.code));
}
