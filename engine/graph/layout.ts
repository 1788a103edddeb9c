// GraphModel → absolute positions. Containers are laid out innermost first: a scope (the top level, a branch, a
// processor) is one flat ELK layered run over its states with its nested containers as boxes of known size; a
// Parallel/Map state places its scopes side by side under its header. Each container's result is cached by its
// own signature, so an edit inside one branch re-runs ELK for that branch and its ancestors only, and an edit
// that changes no structure (same structureHash and collapsed set) returns the previous result without any work.
import { hashString, edgeSignature } from './hash';
import { layoutFlat, type FlatLayout, type FlatNode, type Padding } from './elk';
import { CONTAINER_HEADER, CONTAINER_PADDING, SCOPE_GAP, SCOPE_HEADER, STATE_HEIGHT } from './style';
import { createLayoutCache, type GraphEdge, type GraphModel, type GraphNode, type LayoutOptions, type LayoutResult, type Rect } from './types';

const ROOT = '';
const ROOT_PADDING: Padding = { top: 16, left: 16, bottom: 16, right: 16 };
const SCOPE_PADDING: Padding = { top: SCOPE_HEADER + 8, left: CONTAINER_PADDING, bottom: CONTAINER_PADDING, right: CONTAINER_PADDING };
export const COLLAPSED_HEIGHT = STATE_HEIGHT;

interface Local { width: number; height: number; nodes: Record<string, Rect>; edges: FlatLayout['edges'] }

export function layoutKey(graph: GraphModel, collapsed: ReadonlySet<string>): string {
  const ids = graph.nodes.filter((n) => n.container && collapsed.has(n.id)).map((n) => n.id);
  return ids.length ? `${graph.structureHash}|${hashString(ids.join('\u0001'))}` : graph.structureHash;
}

export async function layoutGraph(graph: GraphModel, options: LayoutOptions = {}): Promise<LayoutResult> {
  const collapsed = new Set(options.collapsed ?? []);
  const cache = options.cache ?? createLayoutCache();
  const key = layoutKey(graph, collapsed);
  if (cache.last?.key === key) return cache.last;

  const children = new Map<string, GraphNode[]>();
  for (const n of graph.nodes) {
    const p = n.parent ?? ROOT;
    const list = children.get(p);
    if (list) list.push(n); else children.set(p, [n]);
  }
  const edgesOf = new Map<string, GraphEdge[]>();
  for (const e of graph.edges) {
    const p = e.parent ?? ROOT;
    const list = edgesOf.get(p);
    if (list) list.push(e); else edgesOf.set(p, [e]);
  }
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const locals = new Map<string, Local>();
  const used = new Map<string, unknown>();

  // Innermost first: returns the container's size after laying out its contents.
  const lay = async (id: string): Promise<{ width: number; height: number }> => {
    const node = byId.get(id);
    if (node && collapsed.has(id)) return { width: node.width || 160, height: COLLAPSED_HEIGHT };
    const kids = children.get(id) ?? [];
    const sizes: FlatNode[] = [];
    for (const k of kids) {
      const size = k.container ? await lay(k.id) : { width: k.width, height: k.height };
      sizes.push({ id: k.id, width: size.width, height: size.height, ...(k.kind === 'sink' ? { sink: true } : {}) });
    }
    const own = node?.kind === 'state' ? stackScopes(node, sizes) : await flat(id, node, sizes, edgesOf.get(id) ?? []);
    locals.set(id, own);
    return { width: own.width, height: own.height };
  };

  const flat = async (id: string, node: GraphNode | undefined, sizes: FlatNode[], edges: GraphEdge[]): Promise<Local> => {
    const padding = node ? SCOPE_PADDING : ROOT_PADDING;
    const sig = hashString(`${id}\u0002${sizes.map((s) => `${s.id}:${s.width}x${s.height}`).join('\u0001')}\u0002${edges.map(edgeSignature).join('\u0001')}`);
    const hit = cache.entries.get(sig) as Local | undefined;
    if (hit) {
      cache.stats.hits++;
      used.set(sig, hit);
      return hit;
    }
    let result: Local;
    if (sizes.length === 0) result = { width: padding.left + padding.right + 120, height: padding.top + padding.bottom, nodes: {}, edges: {} };
    else {
      try {
        result = await layoutFlat(sizes, edges, padding);
      } catch {
        result = fallback(sizes, padding);
      }
      // A scope is at least as wide as its title needs.
      if (node) result.width = Math.max(result.width, 120);
    }
    cache.stats.elkRuns++;
    used.set(sig, result);
    return result;
  };

  const root = await lay(ROOT);
  const result: LayoutResult = { nodes: {}, edges: {}, width: root.width, height: root.height, key };
  // Local → absolute, outermost first.
  const place = (id: string, ox: number, oy: number) => {
    const local = locals.get(id);
    if (!local) return;
    for (const [cid, r] of Object.entries(local.nodes)) {
      const abs = { x: ox + r.x, y: oy + r.y, width: r.width, height: r.height };
      result.nodes[cid] = abs;
      place(cid, abs.x, abs.y);
    }
    for (const [eid, e] of Object.entries(local.edges)) {
      result.edges[eid] = {
        points: e.points.map((p) => ({ x: ox + p.x, y: oy + p.y })),
        ...(e.label ? { label: { ...e.label, x: ox + e.label.x, y: oy + e.label.y } } : {}),
      };
    }
  };
  place(ROOT, 0, 0);
  cache.entries = used;
  cache.last = result;
  return result;
}

/** A Parallel or Map state: its scopes side by side under the header, centred when the header is wider. */
function stackScopes(node: GraphNode, scopes: FlatNode[]): Local {
  const inner = scopes.reduce((w, s) => w + s.width, 0) + SCOPE_GAP * Math.max(0, scopes.length - 1);
  const width = Math.max(node.width, inner + 2 * CONTAINER_PADDING);
  const height = CONTAINER_HEADER + scopes.reduce((h, s) => Math.max(h, s.height), 0) + CONTAINER_PADDING;
  const nodes: Record<string, Rect> = {};
  let x = (width - inner) / 2;
  for (const s of scopes) {
    nodes[s.id] = { x, y: CONTAINER_HEADER, width: s.width, height: s.height };
    x += s.width + SCOPE_GAP;
  }
  return { width, height, nodes, edges: {} };
}

/** If ELK ever fails on a container, stack its nodes so that the view still shows every state. */
function fallback(sizes: FlatNode[], padding: Padding): Local {
  const nodes: Record<string, Rect> = {};
  let y = padding.top;
  let width = 0;
  for (const s of sizes) {
    nodes[s.id] = { x: padding.left, y, width: s.width, height: s.height };
    y += s.height + 28;
    width = Math.max(width, s.width);
  }
  return { width: width + padding.left + padding.right, height: y - 28 + padding.bottom, nodes, edges: {} };
}
