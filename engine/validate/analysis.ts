// Facts several rules need about a document, computed once per AslDocument (cached; documents are immutable).
import type { Scope, StateInfo, StateMachineModel } from '../model';
import type { AslDocument } from '../service/types';
import { asString, getProperty, repeatedKeysOf, type AstNode, type ObjectNode, type PropertyNode } from '../syntax';

export interface Analysis {
  /** Every state by name, in document order (duplicates included), across all scopes. */
  byName: Map<string, StateInfo[]>;
  /** Properties whose key appears again later in the same object (JSON.parse would drop them), in document order. */
  duplicateKeys(): PropertyNode[];
}

const cache = new WeakMap<AslDocument, Analysis>();

export function analysisOf(doc: AslDocument): Analysis {
  let a = cache.get(doc);
  if (!a) { a = analyze(doc.model); cache.set(doc, a); }
  return a;
}

function analyze(model: StateMachineModel): Analysis {
  const byName = new Map<string, StateInfo[]>();
  for (const s of model.states) {
    const list = byName.get(s.name);
    if (list) list.push(s); else byName.set(s.name, [s]);
  }
  let duplicates: PropertyNode[] | undefined;
  return {
    byName,
    duplicateKeys() { return (duplicates ??= findDuplicateKeys(model.doc.root)); },
  };
}

function findDuplicateKeys(root: AstNode | undefined): PropertyNode[] {
  // The fast parsers note repeated keys as they close each object: no second walk over the tree.
  const noted = root && repeatedKeysOf<PropertyNode>(root);
  if (noted) return noted.slice().sort((a, b) => a.offset - b.offset);
  const out: PropertyNode[] = [];
  const stack: AstNode[] = root ? [root] : [];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.kind === 'array') { for (const i of n.items) stack.push(i); continue; }
    if (n.kind !== 'object') continue;
    const props = n.properties;
    if (props.length > 1) {
      if (props.length <= 12) {
        // Small objects (nearly all of them): compare pairwise rather than allocate a Set.
        for (let i = 0; i < props.length - 1; i++) {
          const k = props[i].key.value;
          for (let j = i + 1; j < props.length; j++) if (props[j].key.value === k) { out.push(props[i]); break; }
        }
      } else {
        const last = new Map<string, number>();
        props.forEach((p, i) => last.set(p.key.value, i));
        props.forEach((p, i) => { if (last.get(p.key.value) !== i) out.push(p); });
      }
    }
    for (const p of props) if (p.value) stack.push(p.value);
  }
  return out.sort((a, b) => a.offset - b.offset);
}

// ---- small helpers shared by rules -------------------------------------------------------------------------------

/** `${Name}` as the whole value (SAM DefinitionSubstitutions, Terraform templatefile). */
export function isPlaceholder(s: string): boolean {
  return /^\$\{[^{}]+\}$/.test(s);
}

/** A `${Name}` substitution anywhere in the string. */
export function hasPlaceholder(s: string): boolean {
  return /\$\{[^{}]+\}/.test(s);
}

/** `{% … %}`: a JSONata expression (surrounding white space allowed). */
export function isJsonataExpression(s: string): boolean {
  const t = s.trim();
  return t.length >= 4 && t.startsWith('{%') && t.endsWith('%}');
}

/** Words for a scope in messages: `the state machine`, `branch 2 of "P"`, `the processor of "M"`. */
export function describeScope(scope: Scope): string {
  if (!scope.owner) return 'the state machine';
  return scope.kind === 'branch' ? `branch ${scope.index + 1} of "${scope.owner.name}"` : `the processor of "${scope.owner.name}"`;
}

/** The range of a state's key, the usual place for a diagnostic about the whole state. */
export function keyRange(s: StateInfo): { offset: number; length: number } {
  return { offset: s.key.offset, length: s.key.length };
}

/** The value of a property as an object node, if it is one. */
export function objectAt(n: AstNode | undefined, key: string): ObjectNode | undefined {
  const v = getProperty(n, key)?.value;
  return v?.kind === 'object' ? v : undefined;
}

/** Whether a Map state runs its processor as a Distributed Map (child workflow executions). */
export function isDistributedMap(s: StateInfo): boolean {
  const proc = objectAt(s.node, 'ItemProcessor');
  const cfg = objectAt(proc, 'ProcessorConfig');
  return asString(getProperty(cfg, 'Mode')?.value)?.value === 'DISTRIBUTED';
}
