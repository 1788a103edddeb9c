// The peers of the graph benchmark (bench/graph.bench.ts), in the browser: the same GraphModel laid out by plain
// elkjs (one hierarchical layered run with its defaults, every Catch edge real) and by @dagrejs/dagre (flat,
// top-to-bottom), then drawn with the same markup as the view, so that "layout + first draw" compares like with
// like. Bundled by the benchmark into an IIFE that sets window.__peers.
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import dagre from '@dagrejs/dagre';
import { ICONS } from '../../engine/graph/icons';
import { graphCss, graphLayers, iconDefs, markerDefs } from '../../engine/graph/svg';
import { EDGE_LABEL_HEIGHT, EDGE_LABEL_WIDTH } from '../../engine/graph/style';
import { LIGHT_THEME } from '../../engine/graph/theme';
import type { GraphModel, LayoutResult, Point } from '../../engine/graph/types';

const elk = new ELK();

function children(graph: GraphModel): Map<string, GraphModel['nodes']> {
  const m = new Map<string, GraphModel['nodes']>();
  for (const n of graph.nodes) {
    const p = n.parent ?? '';
    const list = m.get(p);
    if (list) list.push(n); else m.set(p, [n]);
  }
  return m;
}

async function plainElk(graph: GraphModel): Promise<LayoutResult> {
  const kids = children(graph);
  const edgesOf = new Map<string, ElkExtendedEdge[]>();
  for (const e of graph.edges) {
    const list = edgesOf.get(e.parent ?? '') ?? [];
    list.push({ id: e.id, sources: [e.source], targets: [e.target], ...(e.label !== undefined ? { labels: [{ id: `${e.id}#l`, text: ' ', width: EDGE_LABEL_WIDTH, height: EDGE_LABEL_HEIGHT }] } : {}) });
    edgesOf.set(e.parent ?? '', list);
  }
  const build = (id: string): ElkNode[] => (kids.get(id) ?? []).map((n) => (n.container
    ? { id: n.id, children: build(n.id), edges: edgesOf.get(n.id) ?? [] }
    : { id: n.id, width: n.width, height: n.height }));
  const root: ElkNode = { id: '#root', layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'DOWN' }, children: build(''), edges: edgesOf.get('') ?? [] };
  const out = await elk.layout(root);
  const result: LayoutResult = { nodes: {}, edges: {}, width: out.width ?? 0, height: out.height ?? 0, key: 'elk' };
  const place = (n: ElkNode, ox: number, oy: number) => {
    for (const c of n.children ?? []) {
      const x = ox + (c.x ?? 0), y = oy + (c.y ?? 0);
      result.nodes[c.id] = { x, y, width: c.width ?? 0, height: c.height ?? 0 };
      place(c, x, y);
    }
    for (const e of (n.edges ?? []) as ElkExtendedEdge[]) {
      const points: Point[] = [];
      for (const s of e.sections ?? []) {
        if (!points.length) points.push(s.startPoint);
        points.push(...(s.bendPoints ?? []), s.endPoint);
      }
      const l = e.labels?.[0];
      result.edges[e.id] = { points: points.map((p) => ({ x: ox + p.x, y: oy + p.y })), ...(l ? { label: { x: ox + (l.x ?? 0), y: oy + (l.y ?? 0), width: l.width ?? 0, height: l.height ?? 0 } } : {}) };
    }
  };
  place(out, 0, 0);
  return result;
}

/**
 * dagre on the same nodes and edges, flat: its compound mode throws on edges that start or end at a cluster, and a
 * Parallel or Map state has Next and Catch edges. Containers are plain nodes of their header's size, which makes
 * dagre's problem a little easier than the others'.
 */
function dagreLayout(graph: GraphModel): LayoutResult {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 36 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of graph.nodes) g.setNode(n.id, n.container ? { width: Math.max(n.width, 160), height: 50 } : { width: n.width, height: n.height });
  for (const e of graph.edges) g.setEdge(e.source, e.target, e.label !== undefined ? { width: EDGE_LABEL_WIDTH, height: EDGE_LABEL_HEIGHT } : {}, e.id);
  dagre.layout(g);
  const result: LayoutResult = { nodes: {}, edges: {}, width: g.graph().width ?? 0, height: g.graph().height ?? 0, key: 'dagre' };
  for (const id of g.nodes()) {
    const n = g.node(id);
    result.nodes[id] = { x: n.x - n.width / 2, y: n.y - n.height / 2, width: n.width, height: n.height };
  }
  for (const ref of g.edges()) {
    const e = g.edge(ref) as { points: Point[]; x?: number; y?: number; width?: number; height?: number };
    result.edges[ref.name!] = { points: e.points, ...(e.width ? { label: { x: (e.x ?? 0) - e.width / 2, y: (e.y ?? 0) - (e.height ?? 0) / 2, width: e.width, height: e.height ?? 0 } } : {}) };
  }
  return result;
}

let scene: SVGGElement | undefined;

/** Draws like the view does (same markup and stylesheet), then waits for the frame. */
async function draw(graph: GraphModel, layout: LayoutResult): Promise<void> {
  if (!scene) {
    const style = document.createElement('style');
    style.textContent = graphCss(LIGHT_THEME);
    document.head.appendChild(style);
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('width', '1000');
    svg.setAttribute('height', '760');
    svg.innerHTML = `<defs>${iconDefs(Object.keys(ICONS))}${markerDefs()}</defs><g></g>`;
    document.body.appendChild(svg);
    scene = svg.querySelector('g')!;
  }
  const l = graphLayers(graph, layout, new Set(), true);
  scene.innerHTML = l.containers + l.edges + l.labels + l.nodes;
  scene.getBoundingClientRect();
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
}

async function run(kind: 'elk' | 'dagre', graph: GraphModel): Promise<number> {
  const t0 = performance.now();
  const layout = kind === 'elk' ? await plainElk(graph) : dagreLayout(graph);
  await draw(graph, layout);
  return performance.now() - t0;
}

(window as unknown as { __peers: unknown }).__peers = { run };
