// Fixes for Retry and Catch: move the States.ALL entry last.
import { moveArrayItem } from '../edit';
import { getValue } from '../syntax';
import type { AslDocument, CodeAction, Diagnostic } from '../service/types';
import { retryOrCatchAt } from './context';

export function fixStatesAllNotLast(doc: AslDocument, d: Diagnostic): CodeAction[] {
  const at = retryOrCatchAt(doc, d.offset);
  if (!at) return [];
  const items = at.array.items;
  const idx = items.findIndex((it) => {
    const eq = getValue(it, 'ErrorEquals');
    return eq?.kind === 'array' && eq.items.some((e) => e.kind === 'string' && e.value === 'States.ALL');
  });
  if (idx < 0 || idx === items.length - 1) return [];
  const what = at.field === 'Retry' ? 'retrier' : 'catcher';
  return [{ title: `Move the States.ALL ${what} last`, kind: 'quickfix', diagnostics: [d], isPreferred: true,
    edits: moveArrayItem({ text: doc.text, format: doc.format }, at.array, idx, items.length - 1) }];
}
