// StateMachineModel (+ diagnostics) → GraphModel.
//
// Ids: a top-level state's id is its name; a nested state's id is `<scope id>/<name>` (`P/branch:0/Inner`,
// `M/processor/Step`); scopes keep the model's ids; markers are `<scope id>#start` / `#end`; a missing target is
// `<scope id>/?<name>`; a sink is `<edge id>#sink`. A duplicate name in one scope (an error) gets `#2`, `#3`…
// Node order is document order (containers before their contents), so layouts are deterministic.
import { getValue, type ObjectNode, type StringNode } from '../syntax';
import type { Scope, StateInfo, StateMachineModel } from '../model/types';
import type { Diagnostic } from '../service/types';
import { structureHashOf } from './hash';
import { badgesOf, catchLabel, choiceRuleLabel, detailsOf, sublabelOf, taskIntegration } from './labels';
import { MARKER_SIZE, SINK_HEIGHT, STATE_HEIGHT, markerStyle, sinkWidth, stateStyle, stateWidth } from './style';
import type { GraphEdge, GraphModel, GraphNode } from './types';

export interface BuildOptions {
  /**
   * Catch edges into one state beyond this many are drawn to per-source sinks (all but the last, which anchors
   * the target). Long fan-in edges are what makes layered layout slow and the drawing unreadable.
   */
  maxCatchFanIn?: number;
}

export const DEFAULT_MAX_CATCH_FAN_IN = 3;

export function buildGraph(model: StateMachineModel, diagnostics: readonly Diagnostic[] = [], options: BuildOptions = {}): GraphModel {
  const b = new Builder(options.maxCatchFanIn ?? DEFAULT_MAX_CATCH_FAN_IN);
  if (model.rootScope) b.scope(model.rootScope, undefined);
  b.attach(model, diagnostics);
  const start = model.rootScope?.startAt ? b.stateIds.get(model.rootScope)?.get(model.rootScope.startAt.value) : undefined;
  const graph: GraphModel = { nodes: b.nodes, edges: b.edges, structureHash: '', ...(start ? { start } : {}) };
  graph.structureHash = structureHashOf(graph);
  return graph;
}

/** The state's name inside its key, without quotes: what the editor selects for the node. */
function nameRange(key: StringNode): { offset: number; length: number } {
  const quoted = key.style === '"' || key.style === "'";
  return quoted ? { offset: key.offset + 1, length: Math.max(0, key.length - 2) } : { offset: key.offset, length: key.length };
}

export function stateNodeId(scope: Scope, name: string): string {
  return scope.id === 'root' ? name : `${scope.id}/${name}`;
}

class Builder {
  readonly nodes: GraphNode[] = [];
  readonly edges: GraphEdge[] = [];
  readonly stateIds = new Map<Scope, Map<string, string>>();
  private readonly byState = new Map<StateInfo, GraphNode>();
  private readonly startNodes = new Map<Scope, GraphNode>();

  constructor(private readonly maxFanIn: number) {}

  scope(scope: Scope, container: string | undefined): void {
    if (scope.stateList.length === 0) return;
    const ids = new Map<string, string>();
    const used = new Set<string>();
    const idOf = new Map<StateInfo, string>();
    for (const s of scope.stateList) {
      let id = stateNodeId(scope, s.name);
      for (let k = 2; used.has(id); k++) id = `${stateNodeId(scope, s.name)}#${k}`;
      used.add(id);
      idOf.set(s, id);
      if (!ids.has(s.name)) ids.set(s.name, id);
    }
    this.stateIds.set(scope, ids);
    const scopeEdges: GraphEdge[] = [];
    const missing = new Map<string, string>();
    const target = (name: string): string => {
      const found = ids.get(name);
      if (found) return found;
      let id = missing.get(name);
      if (!id) {
        id = `${scope.id}/?${name}`;
        missing.set(name, id);
        const st = markerStyle('missing');
        this.nodes.push({ id, kind: 'missing', parent: container, label: name, sublabel: 'missing state', ...st, badges: [],
          severity: 'error', problems: [`No state named "${name}" in this scope.`], width: stateWidth(name), height: STATE_HEIGHT });
      }
      return id;
    };

    const startId = `${scope.id}#start`;
    const start: GraphNode = { id: startId, kind: 'start', parent: container, label: 'Start', ...markerStyle('start'), badges: [], width: MARKER_SIZE, height: MARKER_SIZE };
    if (scope.startAt) start.range = start.extent = { offset: scope.startAt.offset, length: scope.startAt.length };
    this.nodes.push(start);
    this.startNodes.set(scope, start);
    if (scope.startAt) scopeEdges.push({ id: `${startId}|start|0`, kind: 'start', source: startId, target: target(scope.startAt.value), parent: container, index: 0 });

    let hasEnd = false;
    for (const s of scope.stateList) {
      const id = idOf.get(s)!;
      const node = this.stateNode(s, id, container);
      this.nodes.push(node);
      this.byState.set(s, node);
      s.childScopes.forEach((child, i) => {
        const processor = child.kind !== 'branch';
        const label = processor ? (child.kind === 'iterator' ? 'Iterator' : 'Item processor') : `Branch ${i + 1}`;
        this.nodes.push({ id: child.id, kind: 'scope', parent: id, label, ...markerStyle('scope'), badges: [], container: true,
          range: { offset: child.node.offset, length: 1 }, extent: { offset: child.node.offset, length: child.node.length }, width: 0, height: 0 });
        this.scope(child, child.id);
      });
      for (const t of s.transitions) {
        const e: GraphEdge = { id: `${id}|${t.kind}|${t.index}`, kind: t.kind, source: id, target: target(t.target), parent: container, index: t.index };
        if (t.kind === 'choice') {
          const rule = (getValue(s.node, 'Choices') as { items?: ObjectNode[] } | undefined)?.items?.[t.index];
          const { label, title } = choiceRuleLabel(rule);
          e.label = label;
          e.title = `Rule ${t.index + 1}: ${title}`;
        } else if (t.kind === 'default') {
          e.label = 'Default';
          e.title = 'Default: when no rule matches';
        } else if (t.kind === 'catch') {
          const catcher = (getValue(s.node, 'Catch') as { items?: ObjectNode[] } | undefined)?.items?.[t.index];
          Object.assign(e, catchLabel(catcher));
        }
        scopeEdges.push(e);
      }
      if (s.terminal) {
        hasEnd = true;
        scopeEdges.push({ id: `${id}|end|0`, kind: 'end', source: id, target: `${scope.id}#end`, parent: container, index: 0 });
      }
    }
    if (hasEnd) this.nodes.push({ id: `${scope.id}#end`, kind: 'end', parent: container, label: 'End', ...markerStyle('end'), badges: [], width: MARKER_SIZE, height: MARKER_SIZE });
    this.sinks(scopeEdges, container);
    this.edges.push(...scopeEdges);
  }

  private stateNode(s: StateInfo, id: string, container: string | undefined): GraphNode {
    const type = s.type ?? 'Unknown';
    const st = stateStyle(s.type);
    const icon = s.type === 'Task' ? taskIntegration(s.node).icon : st.icon;
    const node: GraphNode = {
      id, kind: 'state', parent: container, type, label: s.name, ...st, icon, badges: badgesOf(s.node),
      range: nameRange(s.key), extent: { offset: s.property.offset, length: s.property.length },
      details: detailsOf(s.type, s.node), width: stateWidth(s.name), height: STATE_HEIGHT,
    };
    const sub = sublabelOf(s.type, s.node);
    if (sub !== undefined) node.sublabel = sub;
    if (s.childScopes.length) node.container = true;
    return node;
  }

  /** Replaces all but the last of too many catch edges into one target by edges to per-source sinks. */
  private sinks(edges: GraphEdge[], container: string | undefined): void {
    const byTarget = new Map<string, GraphEdge[]>();
    for (const e of edges) if (e.kind === 'catch') byTarget.set(e.target, [...(byTarget.get(e.target) ?? []), e]);
    for (const [targetId, list] of byTarget) {
      if (list.length <= this.maxFanIn) continue;
      const label = this.nodes.find((n) => n.id === targetId)?.label ?? targetId;
      for (const e of list.slice(0, -1)) {
        const id = `${e.id}#sink`;
        this.nodes.push({ id, kind: 'sink', parent: container, label, ...markerStyle('sink'), badges: [], ref: targetId, width: sinkWidth(label), height: SINK_HEIGHT });
        e.ref = targetId;
        e.target = id;
      }
    }
  }

  /** Marks each state with its worst diagnostic; StartAt problems go to the scope's start marker. */
  attach(model: StateMachineModel, diagnostics: readonly Diagnostic[]): void {
    for (const d of diagnostics) {
      if (d.severity !== 'error' && d.severity !== 'warning') continue;
      let best: StateInfo | undefined;
      for (const s of model.states) {
        const p = s.property;
        if (d.offset >= p.offset && d.offset < p.offset + p.length && (!best || p.length < best.property.length)) best = s;
      }
      let node = best ? this.byState.get(best) : undefined;
      if (!node) {
        const scope = model.scopes.find((sc) => sc.startAt && d.offset >= sc.startAt.offset && d.offset <= sc.startAt.offset + sc.startAt.length);
        node = scope ? this.startNodes.get(scope) : undefined;
      }
      if (!node) continue;
      if (d.severity === 'error' || !node.severity) node.severity = d.severity;
      (node.problems ??= []).push(d.message);
    }
  }
}
