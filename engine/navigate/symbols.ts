// Document symbols: the states as a tree, with Parallel branches and Map processors as their children.
import type { Scope, StateInfo } from '../model';
import type { AslDocument, DocumentSymbol } from '../service/types';

export function documentSymbols(doc: AslDocument): DocumentSymbol[] {
  const root = doc.model.rootScope;
  return root ? scopeSymbols(root) : [];
}

function scopeSymbols(scope: Scope): DocumentSymbol[] {
  return scope.stateList.map(stateSymbol);
}

function stateSymbol(s: StateInfo): DocumentSymbol {
  const children: DocumentSymbol[] = [];
  for (const child of s.childScopes) {
    const name = child.kind === 'branch' ? `Branch ${child.index + 1}` : child.kind === 'iterator' ? 'Iterator' : 'ItemProcessor';
    const key = child.node.parent?.kind === 'property' ? child.node.parent.key : undefined;
    children.push({
      name, kind: child.kind === 'branch' ? 'branch' : 'processor', detail: child.startAt ? `starts at ${child.startAt.value}` : undefined,
      range: { offset: child.node.offset, length: child.node.length },
      selectionRange: key ? { offset: key.offset, length: key.length } : { offset: child.node.offset, length: 1 },
      children: scopeSymbols(child),
    });
  }
  return {
    name: s.name, kind: 'state', stateType: s.type, detail: s.type ?? 'no Type',
    range: { offset: s.property.offset, length: s.property.length },
    selectionRange: { offset: s.key.offset, length: s.key.length },
    children,
  };
}
