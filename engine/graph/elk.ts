// One container's contents → a flat ELK layered graph → local positions. Containers are laid out one at a time,
// innermost first (see layout.ts), so every ELK run is flat, small and cacheable on its own.
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { compress, expand, LAYER_GAP } from './chains';
import { EDGE_LABEL_HEIGHT, EDGE_LABEL_WIDTH } from './style';
import type { EdgeLayout, GraphEdge, Point, Rect } from './types';

export interface FlatNode { id: string; width: number; height: number; /** A catch sink: may hang off its source. */ sink?: boolean }
export interface FlatLayout {
  width: number;
  height: number;
  /** Positions relative to the container's top-left corner. */
  nodes: Record<string, Rect>;
  edges: Record<string, EdgeLayout>;
}

export interface Padding { top: number; left: number; bottom: number; right: number }

let elk: InstanceType<typeof ELK> | undefined;

/** The options every container uses. Chosen for stable, readable top-down flows (see docs in ARCHITECTURE). */
export function elkOptions(padding: Padding, size: number): Record<string, string> {
  return {
    'elk.algorithm': 'layered',
    'elk.direction': 'DOWN',
    'elk.edgeRouting': 'ORTHOGONAL',
    'elk.randomSeed': '1',
    // Follow document order where the graph allows it: an edit keeps the order of everything else.
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
    // Large graphs: fewer crossing-minimization sweeps. The model order already gives a good start.
    'elk.layered.thoroughness': size > 60 ? '1' : size > 25 ? '3' : '7',
    // One layered run for all of it: splitting into components and packing them costs more than it gives here
    // (unreachable states simply start at the top).
    'elk.separateConnectedComponents': 'false',
    'elk.spacing.nodeNode': '28',
    'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYER_GAP),
    'elk.spacing.edgeNode': '14',
    'elk.spacing.edgeEdge': '10',
    'elk.layered.spacing.edgeNodeBetweenLayers': '14',
    'elk.layered.spacing.edgeEdgeBetweenLayers': '8',
    'elk.spacing.edgeLabel': '2',
    'elk.edgeLabels.inline': 'false',
    'elk.nodeSize.constraints': '',
    'elk.padding': `[top=${padding.top},left=${padding.left},bottom=${padding.bottom},right=${padding.right}]`,
  };
}

export async function layoutFlat(nodes: FlatNode[], edges: GraphEdge[], padding: Padding): Promise<FlatLayout> {
  elk ??= new ELK();
  const toElk = (e: GraphEdge, source: string, target: string): ElkExtendedEdge => ({
    id: e.id, sources: [source], targets: [target],
    ...(e.label !== undefined ? { labels: [{ id: `${e.id}#label`, text: ' ', width: EDGE_LABEL_WIDTH, height: EDGE_LABEL_HEIGHT, layoutOptions: { 'elk.edgeLabels.placement': 'HEAD' } }] } : {}),
  });
  const { children, edges: elkEdges, blocks } = compress(nodes, edges, toElk);
  const root: ElkNode = { id: '#root', layoutOptions: elkOptions(padding, children.length), children, edges: elkEdges };
  // One block or node and nothing else (a branch that is one run of states, the commonest case): nothing to decide.
  const out = children.length === 1 && elkEdges.length === 0 ? alone(root, padding) : await elk.layout(root);
  const result: FlatLayout = { width: out.width ?? 0, height: out.height ?? 0, nodes: {}, edges: {} };
  const blockAt = new Map<string, { x: number; y: number }>();
  for (const c of out.children ?? []) {
    if (c.id.startsWith('#block:')) blockAt.set(c.id, { x: c.x ?? 0, y: c.y ?? 0 });
    else result.nodes[c.id] = { x: c.x ?? 0, y: c.y ?? 0, width: c.width ?? 0, height: c.height ?? 0 };
  }
  for (const b of blocks) expand(b, blockAt.get(b.id) ?? { x: 0, y: 0 }, result.nodes, result.edges);
  for (const e of (out.edges ?? []) as ElkExtendedEdge[]) {
    const points: Point[] = [];
    for (const s of e.sections ?? []) {
      if (points.length === 0) points.push(s.startPoint);
      points.push(...(s.bendPoints ?? []), s.endPoint);
    }
    const layout: EdgeLayout = { points: points.map((p) => ({ x: p.x, y: p.y })) };
    const l = e.labels?.[0];
    if (l) layout.label = { x: l.x ?? 0, y: l.y ?? 0, width: l.width ?? EDGE_LABEL_WIDTH, height: l.height ?? EDGE_LABEL_HEIGHT };
    result.edges[e.id] = layout;
  }
  return result;
}

/** What ELK returns for a lone child: placed at the padding corner. */
function alone(root: ElkNode, padding: Padding): ElkNode {
  const c = root.children![0];
  return { ...root, width: padding.left + (c.width ?? 0) + padding.right, height: padding.top + (c.height ?? 0) + padding.bottom,
    children: [{ ...c, x: padding.left, y: padding.top }], edges: [] };
}
