// Invariants every graph and layout must keep, as reusable checks returning the list of violations (empty = ok).
import type { StateMachineModel } from '../../engine/model';
import { contains, overlaps, stateNodeId, type GraphModel, type LayoutResult } from '../../engine/graph';

/** Every state is a node in its scope's container; every transition is an edge of its kind from its state. */
export function checkGraph(model: StateMachineModel, graph: GraphModel): string[] {
  const errors: string[] = [];
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  if (nodes.size !== graph.nodes.length) errors.push('duplicate node ids');
  const edges = new Map(graph.edges.map((e) => [e.id, e]));
  if (edges.size !== graph.edges.length) errors.push('duplicate edge ids');
  const seen = new Set<string>();
  for (const s of model.states) {
    let id = stateNodeId(s.scope, s.name);
    for (let k = 2; seen.has(id); k++) id = `${stateNodeId(s.scope, s.name)}#${k}`;
    seen.add(id);
    const n = nodes.get(id);
    if (!n) { errors.push(`no node for state ${s.path.join('/')}`); continue; }
    if (n.kind !== 'state' || n.label !== s.name) errors.push(`node ${id} is not the state ${s.name}`);
    const container = s.scope.id === 'root' ? undefined : s.scope.id;
    if (n.parent !== container) errors.push(`state ${id} is in ${n.parent} instead of ${container}`);
    if (container && nodes.get(container)?.parent !== (s.scope.owner && idOfState(s.scope.owner))) errors.push(`scope ${container} is not inside its owner`);
    const text = model.doc.text;
    if (!n.range || text.slice(n.range.offset, n.range.offset + n.range.length) !== s.key.value && !/\\/.test(text.slice(s.key.offset, s.key.offset + s.key.length))) errors.push(`state ${id} range is not its name`);
    for (const t of s.transitions) {
      const e = edges.get(`${id}|${t.kind}|${t.index}`);
      if (!e) { errors.push(`no ${t.kind} edge ${t.index} from ${id}`); continue; }
      if (e.kind !== t.kind || e.source !== id) errors.push(`edge ${e.id} has the wrong kind or source`);
      const target = nodes.get(e.target);
      const expected = s.scope.states.get(t.target);
      if (!target) errors.push(`edge ${e.id} leads nowhere`);
      else if (expected) {
        const real = target.kind === 'sink' ? target.ref : target.id;
        if (real !== idOfState(expected)) errors.push(`edge ${e.id} leads to ${real} instead of ${idOfState(expected)}`);
      } else if (target.kind !== 'missing' || target.label !== t.target) errors.push(`edge ${e.id} to a missing state is not marked missing`);
      if (e.parent !== container) errors.push(`edge ${e.id} is in ${e.parent} instead of ${container}`);
    }
  }
  for (const e of graph.edges) if (!nodes.has(e.source) || !nodes.has(e.target)) errors.push(`edge ${e.id} has a dangling end`);
  for (const n of graph.nodes) if (n.parent !== undefined && !nodes.get(n.parent)?.container) errors.push(`node ${n.id} is in ${n.parent}, which is not a container`);
  return errors;
}

function idOfState(s: { scope: { id: string }; name: string }): string {
  return stateNodeId(s.scope as never, s.name);
}

/**
 * Every visible node has a box inside its container's box; no two boxes overlap unless one holds the other; every
 * edge starts on its source's border and ends on its target's; sizes are positive and finite.
 */
export function checkLayout(graph: GraphModel, layout: LayoutResult, collapsed: ReadonlySet<string> = new Set()): string[] {
  const errors: string[] = [];
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const hidden = (id: string | undefined): boolean => {
    for (let p = id && byId.get(id)?.parent; p; p = byId.get(p)?.parent) if (collapsed.has(p)) return true;
    return false;
  };
  const visible = graph.nodes.filter((n) => !hidden(n.id));
  for (const n of visible) {
    const r = layout.nodes[n.id];
    if (!r) { errors.push(`no box for ${n.id}`); continue; }
    if (![r.x, r.y, r.width, r.height].every(Number.isFinite) || r.width <= 0 || r.height <= 0) errors.push(`bad box for ${n.id}`);
    if (n.parent && layout.nodes[n.parent] && !contains(layout.nodes[n.parent], r)) errors.push(`${n.id} sticks out of ${n.parent}`);
  }
  const ancestors = (id: string) => {
    const out = new Set<string>();
    for (let p = byId.get(id)?.parent; p; p = byId.get(p)?.parent) out.add(p);
    return out;
  };
  // Siblings only: boxes in different containers are separated by their containers.
  const groups = new Map<string, string[]>();
  for (const n of visible) groups.set(n.parent ?? '', [...(groups.get(n.parent ?? '') ?? []), n.id]);
  for (const ids of groups.values()) {
    const sorted = ids.filter((id) => layout.nodes[id]).sort((a, b) => layout.nodes[a].x - layout.nodes[b].x);
    for (let i = 0; i < sorted.length; i++) {
      const a = layout.nodes[sorted[i]];
      for (let j = i + 1; j < sorted.length; j++) {
        const b = layout.nodes[sorted[j]];
        if (b.x >= a.x + a.width) break;
        if (overlaps(a, b, -0.5) && !ancestors(sorted[j]).has(sorted[i])) errors.push(`${sorted[i]} overlaps ${sorted[j]}`);
      }
    }
  }
  for (const e of graph.edges) {
    if (hidden(e.source) || hidden(e.target)) continue;
    const l = layout.edges[e.id];
    if (!l || l.points.length < 2) { errors.push(`no route for ${e.id}`); continue; }
    if (!onBorder(l.points[0], layout.nodes[e.source])) errors.push(`${e.id} does not start on ${e.source}`);
    if (!onBorder(l.points[l.points.length - 1], layout.nodes[e.target])) errors.push(`${e.id} does not end on ${e.target}`);
    if (e.label !== undefined && !l.label) errors.push(`no label box for ${e.id}`);
  }
  return errors;
}

function onBorder(p: { x: number; y: number }, r: { x: number; y: number; width: number; height: number } | undefined, tol = 1.5): boolean {
  if (!r) return false;
  const inX = p.x >= r.x - tol && p.x <= r.x + r.width + tol, inY = p.y >= r.y - tol && p.y <= r.y + r.height + tol;
  const nearX = Math.abs(p.x - r.x) <= tol || Math.abs(p.x - r.x - r.width) <= tol;
  const nearY = Math.abs(p.y - r.y) <= tol || Math.abs(p.y - r.y - r.height) <= tol;
  return (inX && nearY) || (inY && nearX);
}
