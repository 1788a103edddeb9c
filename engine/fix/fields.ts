// Fixes for fields: remove a duplicate key, switch a state to the query language its fields are written in.
import { insertProperty, removeProperty } from '../edit';
import type { AslDocument, CodeAction, Diagnostic } from '../service/types';
import { propertyAt, stateOf } from './context';

export function fixDuplicateKey(doc: AslDocument, d: Diagnostic): CodeAction[] {
  const prop = propertyAt(doc, d.offset);
  if (!prop) return [];
  return [{ title: `Remove this "${prop.key.value}"`, kind: 'quickfix', diagnostics: [d], edits: [removeProperty({ text: doc.text, format: doc.format }, prop)] }];
}

/** `Next` or `End` on a Choice, Succeed or Fail state: remove it. */
export function fixRemoveTransitionField(doc: AslDocument, d: Diagnostic): CodeAction[] {
  const prop = propertyAt(doc, d.offset);
  if (!prop || (prop.key.value !== 'Next' && prop.key.value !== 'End')) return [];
  return [{ title: `Remove "${prop.key.value}"`, kind: 'quickfix', diagnostics: [d], edits: [removeProperty({ text: doc.text, format: doc.format }, prop)] }];
}

/** A JSONata field in a JSONPath state: the state opts into JSONata (allowed under a JSONPath top level). */
export function fixUseJsonata(doc: AslDocument, d: Diagnostic): CodeAction[] {
  const state = stateOf(doc, d);
  if (!state?.node || doc.model.queryLanguage === 'JSONata') return [];
  return [{ title: `Set "QueryLanguage": "JSONata" on "${state.name}"`, kind: 'quickfix', diagnostics: [d],
    edits: [insertProperty({ text: doc.text, format: doc.format }, state.node, 'QueryLanguage', 'JSONata', state.node.properties.find((p) => p.key.value === 'Type'))] }];
}
