// Small, format-independent helpers over the AST.
import type { AnyNode, AstNode, ObjectNode, PropertyNode, StringNode } from './ast';

export function getProperty(obj: AstNode | undefined, key: string): PropertyNode | undefined {
  if (!obj || obj.kind !== 'object') return undefined;
  for (const p of obj.properties) if (p.key.value === key) return p;
  return undefined;
}

export function getValue(obj: AstNode | undefined, key: string): AstNode | undefined {
  return getProperty(obj, key)?.value;
}

export function getString(obj: AstNode | undefined, key: string): string | undefined {
  const v = getValue(obj, key);
  return v?.kind === 'string' ? v.value : undefined;
}

export function asObject(n: AstNode | undefined): ObjectNode | undefined {
  return n?.kind === 'object' ? n : undefined;
}

export function asString(n: AstNode | undefined): StringNode | undefined {
  return n?.kind === 'string' ? n : undefined;
}

/**
 * The plain JSON value a node stands for (objects keep the last of duplicate keys, as JSON.parse does; a YAML key
 * with nothing after its colon is null, as in YAML).
 */
export function toValue(n: AstNode | undefined): unknown {
  if (!n) return undefined;
  switch (n.kind) {
    case 'object': {
      const o: Record<string, unknown> = {};
      for (const p of n.properties) if (p.value || p.colonOffset >= 0) o[p.key.value] = p.value ? toValue(p.value) : null;
      return o;
    }
    case 'array': return n.items.map(toValue);
    default: return n.value;
  }
}

/** The innermost node (property, key, or value) whose range contains the offset. */
export function findNodeAt(root: AstNode | undefined, offset: number, includeEnd = true): AnyNode | undefined {
  const inside = (n: { offset: number; length: number }) =>
    offset >= n.offset && (offset < n.offset + n.length || (includeEnd && offset === n.offset + n.length));
  let found: AnyNode | undefined;
  let cur: AnyNode | undefined = root;
  while (cur && inside(cur)) {
    found = cur;
    let next: AnyNode | undefined;
    if (cur.kind === 'object') next = cur.properties.find(inside);
    else if (cur.kind === 'array') next = cur.items.find(inside);
    else if (cur.kind === 'property') {
      if (inside(cur.key)) { found = cur.key; break; }
      next = cur.value && inside(cur.value) ? cur.value : undefined;
    }
    cur = next;
  }
  return found;
}

/** Keys and indices from the root down to the node: `['States', 'A', 'Next']`. */
export function pathOf(node: AnyNode | undefined): (string | number)[] {
  const path: (string | number)[] = [];
  let cur: AnyNode | undefined = node;
  while (cur) {
    if (cur.kind === 'property') { path.unshift(cur.key.value); cur = cur.parent; continue; }
    const parent: AnyNode | undefined = cur.parent;
    if (parent?.kind === 'array') path.unshift(parent.items.indexOf(cur));
    else if (parent?.kind === 'property' && parent.key === cur) { cur = parent.parent; continue; }
    cur = parent;
  }
  return path;
}

/** The property a value or key node belongs to, if any. */
export function owningProperty(n: AnyNode | undefined): PropertyNode | undefined {
  if (!n) return undefined;
  if (n.kind === 'property') return n;
  return n.parent?.kind === 'property' ? n.parent : undefined;
}

/**
 * Maps an index into a string node's decoded value to an offset in the document text, so that an error found
 * in the value (a JSONPath or JSONata error) is reported at its character. Exact for JSON strings with escapes
 * and for plain and quoted YAML scalars on one line; block scalars map line by line.
 */
export function valueIndexToOffset(node: StringNode, text: string, index: number): number {
  const end = node.offset + node.length;
  if (node.style === 'plain') return Math.min(node.contentOffset + index, end);
  if (node.style === '|' || node.style === '>') {
    let i = node.contentOffset;
    let seen = 0;
    const indent = i - (text.lastIndexOf('\n', i - 1) + 1);
    while (i < end && seen < index) {
      if (text[i] === '\n') {
        i++;
        let skip = 0;
        while (skip < indent && text[i] === ' ') { i++; skip++; }
      } else i++;
      seen++;
    }
    return Math.min(i, end);
  }
  let i = node.contentOffset;
  let seen = 0;
  while (i < end - 1 && seen < index) {
    if (node.style === '"' && text[i] === '\\') i += text[i + 1] === 'u' ? 6 : text[i + 1] === 'x' ? 4 : 2;
    else if (node.style === "'" && text[i] === "'" && text[i + 1] === "'") i += 2;
    else i++;
    seen++;
  }
  return Math.min(i, end);
}
