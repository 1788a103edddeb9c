// The drawing: four SVG layers filled with the engine's markup (engine/graph/svg.ts, the same the export writes),
// an index of node elements by id, in-place patches for edits that change no structure, and the animation from
// the previous positions to the new ones after a structural change.
import { edgeLabelMarkup, graphLayers, nodeMarkup } from '../engine/graph/svg';
import { CHAR_WIDTH, SMALL_CHAR_WIDTH } from '../engine/graph/style';
import type { GraphModel, GraphNode, LayoutResult, Rect } from '../engine/graph/types';
import { r1, svg } from './dom';

export const ANIMATION_MS = 220;

/** What a node draws from, beyond its box: when this changes, the node's markup is rebuilt. */
function contentKey(n: GraphNode): string {
  return JSON.stringify([n.label, n.sublabel, n.icon, n.type, n.shape, n.color, n.badges, n.severity, n.problems]);
}

export class Scene {
  readonly containers: SVGGElement;
  readonly edges: SVGGElement;
  readonly nodes: SVGGElement;
  readonly labels: SVGGElement;
  private readonly els = new Map<string, SVGGElement>();
  private readonly keys = new Map<string, string>();
  private labelKeys = new Map<string, string>();
  private frame = 0;
  /** Whether the drawing has its texts, icons and badges (see graphLayers); without them below LOD_ZOOM. */
  detailed = true;

  constructor(readonly root: SVGGElement) {
    this.containers = svg('g', { class: 'layer containers' }, root);
    this.edges = svg('g', { class: 'layer edges' }, root);
    this.labels = svg('g', { class: 'layer labels' }, root);
    this.nodes = svg('g', { class: 'layer nodes' }, root);
  }

  element(id: string): SVGGElement | undefined {
    return this.els.get(id);
  }

  get nodeIds(): string[] {
    return [...this.els.keys()];
  }

  /** Replaces the whole drawing; without `detail`, shapes and edges only. */
  draw(graph: GraphModel, layout: LayoutResult, collapsed: ReadonlySet<string>, detail = true): void {
    // A drawing replaced mid-animation must not keep the animation's hidden edges.
    cancelAnimationFrame(this.frame);
    this.root.classList.remove('animating');
    this.detailed = detail;
    const layers = graphLayers(graph, layout, collapsed, true, undefined, detail);
    this.containers.innerHTML = layers.containers;
    this.edges.innerHTML = layers.edges;
    this.nodes.innerHTML = layers.nodes;
    this.labels.innerHTML = layers.labels;
    this.els.clear();
    this.keys.clear();
    for (const layer of [this.containers, this.nodes]) {
      for (const el of layer.children) this.els.set((el as SVGGElement).dataset.id!, el as SVGGElement);
    }
    for (const n of graph.nodes) this.keys.set(n.id, contentKey(n));
    this.labelKeys = new Map(graph.edges.filter((e) => e.label !== undefined).map((e) => [e.id, `${e.label}\u0001${e.title}`]));
    if (detail) this.fitLabels(layout, this.els.keys());
  }

  /**
   * Same structure, new content (labels, integrations, badges, diagnostics): rebuilds only the nodes and edge
   * labels whose content changed, in place. Returns how many were rebuilt.
   */
  patch(graph: GraphModel, layout: LayoutResult, collapsed: ReadonlySet<string>): number {
    let changed = 0;
    const rebuilt: string[] = [];
    for (const n of graph.nodes) {
      const key = contentKey(n);
      if (this.keys.get(n.id) === key) continue;
      this.keys.set(n.id, key);
      const old = this.els.get(n.id), r = layout.nodes[n.id];
      if (!old || !r) continue;
      old.insertAdjacentHTML('afterend', nodeMarkup(n, r, collapsed.has(n.id), true, undefined, this.detailed));
      const fresh = old.nextElementSibling as SVGGElement;
      for (const cls of ['selected', 'match']) if (old.classList.contains(cls)) fresh.classList.add(cls);
      fresh.tabIndex = old.tabIndex;
      old.remove();
      this.els.set(n.id, fresh);
      rebuilt.push(n.id);
      changed++;
    }
    const labelEls = new Map<string, Element>();
    for (const el of this.labels.children) labelEls.set((el as SVGGElement).dataset.id!, el);
    for (const e of graph.edges) {
      if (!this.detailed || e.label === undefined || !layout.edges[e.id]?.label) continue;
      const key = `${e.label}\u0001${e.title}`;
      if (this.labelKeys.get(e.id) === key) continue;
      this.labelKeys.set(e.id, key);
      const old = labelEls.get(e.id);
      if (!old) continue;
      old.insertAdjacentHTML('afterend', edgeLabelMarkup(e, layout));
      old.remove();
      changed++;
    }
    if (rebuilt.length && this.detailed) this.fitLabels(layout, rebuilt);
    return changed;
  }

  /** Moves nodes from where they were to where they are, and fades the new edges in. */
  animateFrom(previous: Record<string, Rect>, current: Record<string, Rect>): void {
    // Another document (nothing in common): no motion to show.
    if (!Object.keys(current).some((id) => previous[id])) return;
    const moving: { el: SVGGElement; from: Rect; to: Rect }[] = [];
    for (const [id, el] of this.els) {
      const from = previous[id], to = current[id];
      if (from && to && (Math.abs(from.x - to.x) > 0.5 || Math.abs(from.y - to.y) > 0.5)) moving.push({ el, from, to });
      else if (!from) el.classList.add('entering');
    }
    this.root.classList.add('animating');
    const start = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / ANIMATION_MS);
      const e = 1 - Math.pow(1 - t, 3);
      for (const m of moving) {
        m.el.setAttribute('transform', `translate(${m.from.x + (m.to.x - m.from.x) * e},${m.from.y + (m.to.y - m.from.y) * e})`);
      }
      if (t < 1) this.frame = requestAnimationFrame(step);
      else {
        for (const m of moving) m.el.setAttribute('transform', `translate(${r1(m.to.x)},${r1(m.to.y)})`);
        this.root.classList.remove('animating');
        for (const el of this.els.values()) el.classList.remove('entering');
      }
    };
    // Apply the first frame now, so nothing is ever drawn at its new place before it moves there.
    for (const m of moving) m.el.setAttribute('transform', `translate(${m.from.x},${m.from.y})`);
    this.frame = requestAnimationFrame(step);
  }

  /**
   * Squeezes the texts the layout's character estimate under-measured (real fonts vary). Measured on a canvas with
   * the page's font: SVG text measurement would force a layout of the whole drawing for each text.
   */
  private fitLabels(layout: LayoutResult, ids: Iterable<string>): void {
    const ctx = measureContext();
    if (!ctx) return;
    for (const id of ids) {
      const el = this.els.get(id);
      if (!el) continue;
      const width = layout.nodes[id]?.width ?? 0;
      const right = el.classList.contains('container') || el.classList.contains('collapsed') ? 30 : 8;
      for (const t of el.querySelectorAll<SVGTextElement>(':scope > text.label, :scope > text.sub')) {
        const text = t.textContent ?? '';
        if (t.hasAttribute('textLength') || text.endsWith('…')) continue;
        const max = width - Number(t.getAttribute('x')) - right;
        const sub = t.classList.contains('sub');
        // Only texts the estimate puts near the edge: a real font is at most ~25% wider than the estimate.
        if (text.length * (sub ? SMALL_CHAR_WIDTH : CHAR_WIDTH) * 1.25 <= max || max <= 10) continue;
        ctx.font = sub ? ctx.small : ctx.normal;
        if (ctx.measureText(text).width > max) {
          t.setAttribute('textLength', String(Math.round(max)));
          t.setAttribute('lengthAdjust', 'spacingAndGlyphs');
        }
      }
    }
  }
}

let measuring: (CanvasRenderingContext2D & { normal: string; small: string }) | null | undefined;

/** A 2D context set up with the graph's fonts (the page's --vscode-font-family at 13 px and 11 px). */
function measureContext(): (CanvasRenderingContext2D & { normal: string; small: string }) | null {
  if (measuring !== undefined) return measuring;
  const ctx = document.createElement('canvas').getContext('2d') as (CanvasRenderingContext2D & { normal: string; small: string }) | null;
  if (ctx) {
    const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
    ctx.normal = `13px ${family}`;
    ctx.small = `11px ${family}`;
  }
  measuring = ctx;
  return ctx;
}
