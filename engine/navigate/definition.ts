// Go to definition, find references and highlights for state names.
import type { AslDocument, HighlightRange, Location } from '../service/types';
import { referencesOf, stateTargetAt } from './target';

export function findDefinition(doc: AslDocument, offset: number): Location[] {
  const t = stateTargetAt(doc.model, offset);
  if (!t?.state) return [];
  return [{ offset: t.state.key.offset, length: t.state.key.length }];
}

export function findReferences(doc: AslDocument, offset: number, includeDeclaration: boolean): Location[] {
  const t = stateTargetAt(doc.model, offset);
  if (!t) return [];
  const out: Location[] = [];
  if (includeDeclaration && t.state) out.push({ offset: t.state.key.offset, length: t.state.key.length });
  for (const r of referencesOf(doc.model, t)) out.push({ offset: r.node.offset, length: r.node.length });
  return out.sort((a, b) => a.offset - b.offset);
}

export function documentHighlights(doc: AslDocument, offset: number): HighlightRange[] {
  const t = stateTargetAt(doc.model, offset);
  if (!t) return [];
  const out: HighlightRange[] = [];
  if (t.state) out.push({ offset: t.state.key.offset, length: t.state.key.length, kind: 'write' });
  for (const r of referencesOf(doc.model, t)) out.push({ offset: r.node.offset, length: r.node.length, kind: 'read' });
  return out.sort((a, b) => a.offset - b.offset);
}
