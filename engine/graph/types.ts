// The graph of a state machine as plain data: what the server sends, the webview draws, the CLI renders and the
// tests check. Ids are stable across edits that do not rename or move a state (see build.ts for the scheme).
import type { TextRange } from '../service/types';

/**
 * - `state`: one ASL state (Parallel and Map states are also containers: their children are their scopes);
 * - `scope`: a Parallel branch or a Map's processor (a container of states), id = the model's scope id;
 * - `start` / `end`: the markers of a scope (one each per scope that has states);
 * - `missing`: stands for a state that a transition names but that does not exist (the reference is an error);
 * - `sink`: a per-source stand-in for a state that many Catch edges lead to (see `ref`), so that the layout does
 *   not route dozens of long edges into one node. Selecting a sink selects the state it stands for.
 */
export type GraphNodeKind = 'state' | 'scope' | 'start' | 'end' | 'missing' | 'sink';

/** The drawn outline of a node; sizes come from size.ts. */
export type NodeShape = 'rect' | 'rounded' | 'hexagon' | 'pill' | 'circle' | 'container' | 'dashed';

/** A key into the theme for the node's accent colour (stripe, icon). */
export type ColorRole = 'task' | 'pass' | 'choice' | 'wait' | 'succeed' | 'fail' | 'parallel' | 'map' | 'marker' | 'unknown';

export interface Badge {
  kind: 'retry' | 'timeout' | 'catch';
  /** Short text drawn in the badge (may be empty: the icon says it). */
  text: string;
  /** Full description for hovers and screen readers. */
  title: string;
}

export interface GraphNode {
  id: string;
  kind: GraphNodeKind;
  /** The container this node is drawn in: a `scope` node or a Parallel/Map state; undefined at the top level. */
  parent?: string;
  /** The ASL state type (`Task`, `Choice`…), or `Unknown` when the state has none. States only. */
  type?: string;
  /** The state name (states, missing), the branch title (scopes), the target's name (sinks). */
  label: string;
  /** Task integration (`SQS SendMessage (wait for callback)`), Wait duration, branch count… */
  sublabel?: string;
  /** A codicon name from icons.ts. */
  icon: string;
  shape: NodeShape;
  color: ColorRole;
  badges: Badge[];
  /** The worst diagnostic inside the state (its own fields; not those of nested states). */
  severity?: 'error' | 'warning';
  /** Messages of the state's diagnostics, for the hover. */
  problems?: string[];
  /** The state's name in its key (without quotes): what the editor selects when the node is selected. */
  range?: TextRange;
  /** The state's whole property (key and value): a cursor inside it highlights the node. */
  extent?: TextRange;
  /** Sinks and missing nodes: the id of the node they stand for (missing: undefined, nothing to point at). */
  ref?: string;
  /** Rows for the hover card: field → value. */
  details?: [string, string][];
  /** Whether the node holds other nodes (Parallel, Map, scopes). */
  container?: boolean;
  /** Size used by the layout (fixed per node; depends only on kind, type and label, so on the structure). */
  width: number;
  height: number;
}

export type GraphEdgeKind = 'start' | 'next' | 'default' | 'choice' | 'catch' | 'end';

export interface GraphEdge {
  /** `<source id>|<kind>|<index>`: stable while the transition stays in place. */
  id: string;
  kind: GraphEdgeKind;
  source: string;
  target: string;
  /** The container both ends are in (undefined at the top level). Transitions never cross containers. */
  parent?: string;
  /** For choice rules and catchers, their index in Choices/Catch; 0 otherwise. */
  index: number;
  /** Short label drawn on the edge: a Choice rule's short form, `Default`, a Catch's error names. */
  label?: string;
  /** The full text behind the label (the whole rule, every error name). */
  title?: string;
  /** Catch edges that lead to a sink: the state they really lead to. */
  ref?: string;
}

export interface GraphModel {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Changes only when the layout-relevant structure changes (ids, kinds, sizes, containment, edges). */
  structureHash: string;
  /** The StartAt state of the top level, for keyboard "home". */
  start?: string;
}

export interface Rect { x: number; y: number; width: number; height: number }
export interface Point { x: number; y: number }

export interface EdgeLayout {
  /** Absolute polyline from source to target (orthogonal, as routed by ELK). */
  points: Point[];
  /** Where the label box goes, when the edge has a label. */
  label?: Rect;
}

export interface LayoutResult {
  /** Absolute boxes of every laid-out node (children of collapsed containers are absent). */
  nodes: Record<string, Rect>;
  edges: Record<string, EdgeLayout>;
  width: number;
  height: number;
  /** The graph's structureHash plus the collapsed set: equal keys mean an identical layout. */
  key: string;
}

export interface LayoutOptions {
  /** Container ids drawn collapsed (their contents hidden, drawn as one node). */
  collapsed?: Iterable<string>;
  /** Reuse layouts of unchanged containers across calls: pass the same object each time. */
  cache?: LayoutCache;
}

/** Opaque per-container layout cache, keyed by each container's own structure signature. */
export interface LayoutCache {
  entries: Map<string, unknown>;
  /** The last whole result, returned as is when the key matches. */
  last?: LayoutResult;
  /** Counters for tests and benchmarks: how many containers were laid out by ELK and how many came from cache. */
  stats: { elkRuns: number; hits: number };
}

export function createLayoutCache(): LayoutCache {
  return { entries: new Map(), stats: { elkRuns: 0, hits: 0 } };
}
