// Quick fixes: for each diagnostic in the requested range, the fixes registered for its code.
import type { AslDocument, CodeAction, Diagnostic, TextRange } from '../service/types';
import { fixStatesAllNotLast } from './errors';
import { fixDuplicateKey, fixRemoveTransitionField, fixUseJsonata } from './fields';
import { fixMissingTransition, fixNextAndEnd, fixUndefinedState, fixUnreachableState } from './transitions';

type Fixer = (doc: AslDocument, d: Diagnostic) => CodeAction[];

const FIXERS: Record<string, Fixer[]> = {
  'undefined-state': [fixUndefinedState],
  'missing-transition': [fixMissingTransition],
  'next-and-end': [fixNextAndEnd],
  'unreachable-state': [fixUnreachableState],
  'states-all-not-last': [fixStatesAllNotLast],
  'duplicate-key': [fixDuplicateKey],
  'jsonata-field-in-jsonpath': [fixUseJsonata],
  'transition-on-terminal-type': [fixRemoveTransitionField],
};

/** Codes that have at least one quick fix (documented in docs/diagnostics.md). */
export const FIXABLE_CODES = Object.keys(FIXERS);

export function codeActions(doc: AslDocument, range: TextRange, diagnostics: Diagnostic[]): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.offset > range.offset + range.length || d.offset + d.length < range.offset) continue;
    for (const fix of FIXERS[d.code] ?? []) {
      try {
        out.push(...fix(doc, d));
      } catch {
        // A fix that cannot be computed on this text is simply not offered.
      }
    }
  }
  return out;
}
