// Chain compression: the part of layered layout that costs most in ELK (its per-node and per-layer work) is
// spent on what needs no thought, the long runs of states that follow each other one to one. Such a run, with the
// catch sinks that hang off its states, goes to ELK as one block with a fixed entry port at the top and a fixed
// exit port at the bottom; the block's insides are stacked here exactly as ELK would stack a chain (centred on
// one axis, one layer gap apart), and the sinks sit to the right of their state at the end of a short stub.
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { EDGE_LABEL_HEIGHT, EDGE_LABEL_WIDTH } from './style';
import type { EdgeLayout, GraphEdge, Rect } from './types';

export interface ChainInput { id: string; width: number; height: number; sink?: boolean }

/** Vertical gap between stacked states: ELK's node-to-node spacing between layers. */
export const LAYER_GAP = 36;
const STUB = EDGE_LABEL_WIDTH + 24;
const SAT_GAP = 4;

interface Satellite { node: ChainInput; edge: GraphEdge }
interface Member { node: ChainInput; sats: Satellite[]; slot: number; y: number }
export interface Block { id: string; members: Member[]; links: GraphEdge[]; axis: number; width: number; height: number }

const LINKABLE = new Set(['next', 'start', 'end']);

export interface Compressed {
  /** What ELK lays out: free nodes and blocks (with ports). */
  children: ElkNode[];
  edges: ElkExtendedEdge[];
  blocks: Block[];
}

export function compress(nodes: ChainInput[], edges: GraphEdge[], edgeToElk: (e: GraphEdge, source: string, target: string) => ElkExtendedEdge): Compressed {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const outs = new Map<string, GraphEdge[]>(), ins = new Map<string, GraphEdge[]>();
  for (const e of edges) {
    if (!byId.has(e.source) || !byId.has(e.target)) continue;
    (outs.get(e.source) ?? outs.set(e.source, []).get(e.source)!).push(e);
    (ins.get(e.target) ?? ins.set(e.target, []).get(e.target)!).push(e);
  }
  // Sinks with one edge in and none out hang off their source.
  const satEdge = new Map<string, GraphEdge>();
  for (const n of nodes) {
    const i = ins.get(n.id) ?? [];
    if (n.sink && i.length === 1 && !(outs.get(n.id)?.length) && i[0].source !== n.id) satEdge.set(n.id, i[0]);
  }
  const effOut = (id: string) => (outs.get(id) ?? []).filter((e) => !satEdge.has(e.target));
  const nextOf = new Map<string, GraphEdge>();
  const hasPrev = new Set<string>();
  for (const n of nodes) {
    if (satEdge.has(n.id)) continue;
    const o = effOut(n.id);
    if (o.length !== 1) continue;
    const e = o[0], v = e.target;
    if (e.label !== undefined || !LINKABLE.has(e.kind) || v === n.id || satEdge.has(v)) continue;
    if ((ins.get(v) ?? []).length !== 1 || effOut(v).length > 1) continue;
    nextOf.set(n.id, e);
    hasPrev.add(v);
  }
  const blockOf = new Map<string, Block>();
  const blocks: Block[] = [];
  for (const n of nodes) {
    if (satEdge.has(n.id) || hasPrev.has(n.id)) continue;
    const members: Member[] = [];
    const links: GraphEdge[] = [];
    for (let cur: string | undefined = n.id; cur !== undefined;) {
      const node = byId.get(cur)!;
      const sats = (outs.get(cur) ?? []).filter((e) => satEdge.has(e.target)).map((e) => ({ node: byId.get(e.target)!, edge: e }));
      members.push({ node, sats, slot: 0, y: 0 });
      const link = nextOf.get(cur);
      if (link && link.target !== n.id && !members.some((m) => m.node.id === link.target)) { links.push(link); cur = link.target; } else cur = undefined;
    }
    if (members.length < 2 && members[0].sats.length === 0) continue;
    const block = shape(`#block:${n.id}`, members, links);
    blocks.push(block);
    for (const m of members) {
      blockOf.set(m.node.id, block);
      for (const s of m.sats) blockOf.set(s.node.id, block);
    }
  }

  const children: ElkNode[] = [];
  for (const n of nodes) {
    const b = blockOf.get(n.id);
    if (!b) children.push({ id: n.id, width: n.width, height: n.height });
    else if (b.members[0].node.id === n.id) {
      children.push({
        id: b.id, width: b.width, height: b.height, layoutOptions: { 'elk.portConstraints': 'FIXED_POS' },
        ports: [
          { id: `${b.id}/in`, x: b.axis, y: 0, width: 0, height: 0, layoutOptions: { 'elk.port.side': 'NORTH' } },
          { id: `${b.id}/out`, x: b.axis, y: b.height, width: 0, height: 0, layoutOptions: { 'elk.port.side': 'SOUTH' } },
        ],
      });
    }
  }
  const internal = new Set<GraphEdge>();
  for (const b of blocks) {
    b.links.forEach((l) => internal.add(l));
    b.members.forEach((m) => m.sats.forEach((s) => internal.add(s.edge)));
  }
  const out: ElkExtendedEdge[] = [];
  for (const e of edges) {
    if (internal.has(e) || !byId.has(e.source) || !byId.has(e.target)) continue;
    const sb = blockOf.get(e.source), tb = blockOf.get(e.target);
    out.push(edgeToElk(e, sb ? `${sb.id}/out` : e.source, tb ? `${tb.id}/in` : e.target));
  }
  return { children, edges: out, blocks };
}

function shape(id: string, members: Member[], links: GraphEdge[]): Block {
  const left = Math.max(...members.map((m) => m.node.width / 2));
  let right = left;
  let y = 0;
  for (const m of members) {
    const satHeight = m.sats.reduce((h, s) => h + s.node.height, 0) + SAT_GAP * Math.max(0, m.sats.length - 1) + (m.sats.length ? EDGE_LABEL_HEIGHT : 0);
    m.slot = Math.max(m.node.height, satHeight);
    m.y = y;
    y += m.slot + LAYER_GAP;
    for (const s of m.sats) right = Math.max(right, m.node.width / 2 + STUB + s.node.width);
    right = Math.max(right, m.node.width / 2);
  }
  return { id, members, links, axis: left, width: left + right, height: y - LAYER_GAP };
}

/** Places a block's members, sinks and internal edges, given where ELK put the block. */
export function expand(b: Block, at: { x: number; y: number }, nodes: Record<string, Rect>, edges: Record<string, EdgeLayout>): void {
  const ax = at.x + b.axis;
  for (const m of b.members) {
    const w = m.node.width, h = m.node.height;
    const top = at.y + m.y + (m.slot - h) / 2;
    nodes[m.node.id] = { x: ax - w / 2, y: top, width: w, height: h };
    if (m.sats.length === 0) continue;
    const total = m.sats.reduce((s, x) => s + x.node.height, 0) + SAT_GAP * (m.sats.length - 1);
    let sy = at.y + m.y + (m.slot - total) / 2 + (m.sats.length > 1 ? EDGE_LABEL_HEIGHT / 2 : 0);
    for (const s of m.sats) {
      const sx = ax + w / 2 + STUB;
      const cy = sy + s.node.height / 2;
      nodes[s.node.id] = { x: sx, y: sy, width: s.node.width, height: s.node.height };
      const layout: EdgeLayout = { points: [{ x: ax + w / 2, y: cy }, { x: sx, y: cy }] };
      if (s.edge.label !== undefined) layout.label = { x: ax + w / 2 + 12, y: cy - EDGE_LABEL_HEIGHT - 2, width: EDGE_LABEL_WIDTH, height: EDGE_LABEL_HEIGHT };
      edges[s.edge.id] = layout;
      sy += s.node.height + SAT_GAP;
    }
  }
  for (const l of b.links) {
    const a = nodes[l.source], c = nodes[l.target];
    edges[l.id] = { points: [{ x: ax, y: a.y + a.height }, { x: ax, y: c.y }] };
  }
}
