// Applies path segments to JSON values. Results are the input's own nodes (not copies): callers must not mutate them.

import { PathError } from './errors';
import { testFilter } from './filter-eval';
import { getOwn, hasOwn, isObject } from './json';
import type { PathSegment } from './types';

/** Every node an (indefinite) path selects, in document order. */
export function selectAll(segments: PathSegment[], start: unknown[], root: unknown): unknown[] {
  let nodes = start;
  for (const seg of segments) {
    const next: unknown[] = [];
    for (const node of nodes) {
      if (seg.descendant) for (const d of descendants(node)) applySegment(seg, d, root, next);
      else applySegment(seg, node, root, next);
    }
    nodes = next;
  }
  return nodes;
}

export type WalkResult = { ok: true; value: unknown } | { ok: false; failedAt: number; parent: unknown };

/** Follow a definite path (names and indices only); reports the index of the first segment that found nothing. */
export function walkDefinite(segments: PathSegment[], start: unknown): WalkResult {
  let node = start;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    if (seg.kind === 'name' && isObject(node) && hasOwn(node, seg.name)) {
      node = node[seg.name];
    } else if (seg.kind === 'index' && Array.isArray(node)) {
      const at = seg.index < 0 ? node.length + seg.index : seg.index;
      if (at < 0 || at >= node.length) return { ok: false, failedAt: i, parent: node };
      node = node[at];
    } else {
      return { ok: false, failedAt: i, parent: node };
    }
  }
  return { ok: true, value: node };
}

function applySegment(seg: PathSegment, node: unknown, root: unknown, out: unknown[]): void {
  switch (seg.kind) {
    case 'name':
      if (isObject(node) && hasOwn(node, seg.name)) out.push(node[seg.name]);
      return;
    case 'index':
      if (Array.isArray(node)) {
        const at = seg.index < 0 ? node.length + seg.index : seg.index;
        if (at >= 0 && at < node.length) out.push(node[at]);
      }
      return;
    case 'wildcard':
      if (Array.isArray(node)) out.push(...node);
      else if (isObject(node)) for (const k of Object.keys(node)) out.push(node[k]);
      return;
    case 'union':
      for (const m of seg.members) {
        if (typeof m === 'string') {
          if (isObject(node) && hasOwn(node, m)) out.push(getOwn(node, m));
        } else if (Array.isArray(node)) {
          const at = m < 0 ? node.length + m : m;
          if (at >= 0 && at < node.length) out.push(node[at]);
        }
      }
      return;
    case 'slice':
      if (Array.isArray(node)) out.push(...node.slice(seg.start ?? 0, seg.end ?? node.length));
      return;
    case 'filter':
      // "The @ operator, matching the current node being processed in a filter, does not match scalar values.
      // It only matches objects." (Step Functions paths page.) So only object items are tested.
      if (Array.isArray(node)) {
        for (const item of node) if (isObject(item) && testFilter(seg.expression, item, root)) out.push(item);
      } else if (isObject(node) && testFilter(seg.expression, node, root)) {
        out.push(node);
      }
      return;
    case 'function':
      // AWS fails such paths as not found (see parse.ts).
      throw new PathError('notFound', '', `Step Functions does not support JSONPath functions such as ${seg.name}()`, seg.offset);
  }
}

/** The node itself and every value below it, depth first, in document order. */
function descendants(node: unknown): unknown[] {
  const out: unknown[] = [];
  const visit = (n: unknown): void => {
    out.push(n);
    if (Array.isArray(n)) n.forEach(visit);
    else if (isObject(n)) for (const k of Object.keys(n)) visit(n[k]);
  };
  visit(node);
  return out;
}
