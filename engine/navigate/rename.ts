// Rename a state: its key and every reference to it in its scope, and nothing else.
import { restyle } from '../syntax/literal';
import type { AslDocument, RenameResult, TextEdit, TextRange } from '../service/types';
import { referencesOf, stateTargetAt } from './target';

export const MAX_STATE_NAME = 80;

export function prepareRename(doc: AslDocument, offset: number): { range: TextRange; placeholder: string } | { error: string } | undefined {
  const t = stateTargetAt(doc.model, offset);
  if (!t) return undefined;
  if (!t.state) return { error: `There is no state "${t.name}" to rename.` };
  const n = t.node;
  const quoted = n.style === '"' || n.style === "'";
  return { range: quoted ? { offset: n.offset + 1, length: Math.max(0, n.length - 2) } : { offset: n.offset, length: n.length }, placeholder: t.name };
}

export function doRename(doc: AslDocument, offset: number, newName: string): RenameResult | { error: string } | undefined {
  const t = stateTargetAt(doc.model, offset);
  if (!t) return undefined;
  if (!t.state) return { error: `There is no state "${t.name}" to rename.` };
  if (newName === t.name) return { edits: [] };
  if (newName.trim() === '') return { error: 'A state name cannot be empty.' };
  if (newName.length > MAX_STATE_NAME) return { error: `A state name has at most ${MAX_STATE_NAME} characters; this one has ${newName.length}.` };
  if (t.scope.states.has(newName)) return { error: `A state named "${newName}" already exists here.` };
  const text = doc.text;
  const nodes = [t.state.key, ...referencesOf(doc.model, t).map((r) => r.node)];
  const edits: TextEdit[] = nodes.map((n) => ({ offset: n.offset, length: n.length, newText: restyle(n, newName, text) }));
  return { edits: edits.sort((a, b) => a.offset - b.offset) };
}
