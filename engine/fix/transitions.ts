// Fixes for transitions: create a missing state, pick a close existing name, end or continue a state.
import { insertProperty, removeProperty } from '../edit';
import { getProperty } from '../syntax';
import { restyle } from '../syntax/literal';
import type { AslDocument, CodeAction, Diagnostic } from '../service/types';
import { closest, stateOf } from './context';

export function fixUndefinedState(doc: AslDocument, d: Diagnostic): CodeAction[] {
  const ref = doc.model.references.find((r) => r.node.offset === d.offset);
  if (!ref) return [];
  const ctx = { text: doc.text, format: doc.format };
  const out: CodeAction[] = [];
  for (const name of closest(ref.target, ref.scope.states.keys())) {
    out.push({ title: `Change to "${name}"`, kind: 'quickfix', diagnostics: [d], isPreferred: out.length === 0, edits: [{ offset: ref.node.offset, length: ref.node.length, newText: restyle(ref.node, name, doc.text) }] });
  }
  if (ref.scope.statesNode) {
    const kinds = ref.kind === 'catch' ? [['Fail', { Type: 'Fail', Error: 'Failed', Cause: `Caught by ${ref.from?.name ?? 'a catcher'}` }], ['Pass', { Type: 'Pass', End: true }]] as const
      : [['Pass', { Type: 'Pass', End: true }], ['Succeed', { Type: 'Succeed' }], ['Fail', { Type: 'Fail', Error: 'Failed' }]] as const;
    for (const [type, value] of kinds) {
      out.push({ title: `Create ${type} state "${ref.target}"`, kind: 'quickfix', diagnostics: [d], isPreferred: out.length === 0,
        edits: [insertProperty(ctx, ref.scope.statesNode, ref.target, value)] });
    }
  }
  return out;
}

export function fixMissingTransition(doc: AslDocument, d: Diagnostic): CodeAction[] {
  const state = stateOf(doc, d);
  if (!state?.node) return [];
  const ctx = { text: doc.text, format: doc.format };
  const out: CodeAction[] = [{ title: `Add "End": true to "${state.name}"`, kind: 'quickfix', diagnostics: [d], isPreferred: true, edits: [insertProperty(ctx, state.node, 'End', true)] }];
  // "Next" to the state that follows it in the document, the usual intent when a state was just added above another.
  const list = state.scope.stateList;
  const following = list[list.indexOf(state) + 1];
  if (following && following.name !== state.name) {
    out.push({ title: `Add "Next": "${following.name}"`, kind: 'quickfix', diagnostics: [d], edits: [insertProperty(ctx, state.node, 'Next', following.name)] });
  }
  return out;
}

export function fixNextAndEnd(doc: AslDocument, d: Diagnostic): CodeAction[] {
  const state = stateOf(doc, d);
  if (!state?.node) return [];
  const ctx = { text: doc.text, format: doc.format };
  const out: CodeAction[] = [];
  const end = getProperty(state.node, 'End');
  const next = getProperty(state.node, 'Next');
  if (end) out.push({ title: 'Remove "End"', kind: 'quickfix', diagnostics: [d], isPreferred: true, edits: [removeProperty(ctx, end)] });
  if (next) out.push({ title: 'Remove "Next"', kind: 'quickfix', diagnostics: [d], edits: [removeProperty(ctx, next)] });
  return out;
}

export function fixUnreachableState(doc: AslDocument, d: Diagnostic): CodeAction[] {
  const state = stateOf(doc, d);
  if (!state) return [];
  return [{ title: `Remove unreachable state "${state.name}"`, kind: 'quickfix', diagnostics: [d], edits: [removeProperty({ text: doc.text, format: doc.format }, state.property)] }];
}
