// The view's controller: takes graph updates from the host, lays them out (elkjs, cached by structure), draws,
// and turns gestures and keys into view-local actions (pan, zoom, collapse, find) or messages to the host
// (select). It never changes the document.
import { layoutGraph, layoutKey } from '../engine/graph/layout';
import { CONTAINER_HEADER } from '../engine/graph/style';
import { createLayoutCache, type GraphModel, type GraphNode, type LayoutResult, type Rect } from '../engine/graph/types';
import type { GraphUpdate } from '../protocol/graph';
import type { HostMessage, ViewAction } from '../protocol/webview';
import { exportGraph } from './export';
import { Hover } from './hover';
import { arrowDirection, nearestInDirection, viewShortcut } from './keyboard';
import { Minimap } from './minimap';
import { PanZoom } from './panzoom';
import { Scene } from './render';
import { Search } from './search';
import type { StateStore } from './state';
import { post } from './host';

export interface Ui {
  canvas: HTMLElement;
  svg: SVGSVGElement;
  viewport: SVGGElement;
  banner: HTMLElement;
  empty: HTMLElement;
  minimap: HTMLElement;
  hover: HTMLElement;
  findBox: HTMLElement;
  findInput: HTMLInputElement;
  findCount: HTMLElement;
}

const ZOOM_STEP = 1.2;
/** Below this zoom, names, icons and edge labels are not drawn (13 px text would be under 5 px). */
export const LOD_ZOOM = 0.4;

export class GraphView {
  private graph: GraphModel | undefined;
  private layout: LayoutResult | undefined;
  private version = -1;
  private readonly cache = createLayoutCache();
  private readonly collapsed: Set<string>;
  private byId = new Map<string, GraphNode>();
  private selected: string | undefined;
  private focusId: string | undefined;
  private busy = false;
  private pending: (() => Promise<void>) | undefined;
  private readonly scene: Scene;
  private readonly panzoom: PanZoom;
  private readonly minimap: Minimap;
  private readonly hover: Hover;
  private readonly search: Search;
  private fitted = false;
  private detailFrame = 0;

  constructor(private readonly ui: Ui, private readonly store: StateStore) {
    this.collapsed = new Set(store.state.collapsed);
    this.selected = store.state.selected;
    this.scene = new Scene(ui.viewport);
    this.panzoom = new PanZoom(ui.canvas, ui.viewport, {
      onChange: (v, user) => {
        // Level of detail: below this zoom text is unreadable; leaving it out keeps large graphs fast to draw and pan.
        this.ui.svg.classList.toggle('lod', v.k < LOD_ZOOM);
        // A drawing made zoomed out has no texts yet: zoomed in to reading size, it gets them (once, on the next frame).
        if (v.k >= LOD_ZOOM && !this.scene.detailed && !this.detailFrame) this.detailFrame = requestAnimationFrame(() => this.addDetail());
        this.store.update({ viewport: v, ...(user ? { userMoved: true } : {}) });
        this.minimap.setViewport(v, this.panzoom.size);
        if (user) this.hover.hide();
      },
      isInteractive: (t) => t instanceof Element && !!t.closest('.node:not(.container):not(.scope), .toggle'),
    });
    this.minimap = new Minimap(ui.minimap, (x, y) => this.panzoom.center({ x, y, width: 0, height: 0 }, true));
    this.hover = new Hover(ui.hover);
    this.search = new Search(ui.findBox, ui.findInput, ui.findCount, {
      // The find box keeps the keyboard focus while stepping through matches.
      go: (id) => this.goTo(id, true, false),
      mark: (ids) => this.mark(ids),
      closed: () => { if (this.selected) this.scene.element(this.selected)?.focus({ preventScroll: true }); },
    });
    if (store.restored) this.panzoom.set(store.state.viewport, false);
    this.listen();
  }

  // ---- host messages -----------------------------------------------------------------------------------------

  receive(message: HostMessage): void {
    switch (message.kind) {
      case 'graph': this.enqueue(() => this.apply(message.update)); break;
      case 'highlight': if (message.id) this.select(message.id, { reveal: false, scroll: true }); else this.select(undefined, { reveal: false }); break;
      case 'action': void this.act(message.action); break;
    }
  }

  /** Layouts are asynchronous: run one at a time, and of several waiting only the last. */
  private enqueue(job: () => Promise<void>): void {
    if (this.busy) { this.pending = job; return; }
    this.busy = true;
    job().catch((e: unknown) => post({ kind: 'error', message: `graph view: ${e instanceof Error ? e.stack ?? e.message : String(e)}` })).finally(() => {
      this.busy = false;
      const next = this.pending;
      this.pending = undefined;
      if (next) this.enqueue(next);
    });
  }

  private async apply(update: GraphUpdate): Promise<void> {
    if (update.version < this.version) return;
    this.version = update.version;
    this.showBanner(update);
    const graph = update.graph;
    if (!graph) { this.showEmpty(update.problems.length ? 'This document does not parse yet.' : 'Nothing to draw.'); return; }
    // A stale graph we already show needs nothing more than the banner.
    if (update.stale && this.graph && graph.structureHash === this.graph.structureHash) return;
    await this.show(graph);
  }

  private async show(graph: GraphModel): Promise<void> {
    for (const id of [...this.collapsed]) if (!graph.nodes.some((n) => n.id === id && n.container)) this.collapsed.delete(id);
    const previous = this.layout;
    const sameLayout = !!previous && !!this.graph && previous.key === layoutKey(graph, this.collapsed);
    const t0 = performance.now();
    const layout = sameLayout ? previous! : await layoutGraph(graph, { collapsed: this.collapsed, cache: this.cache });
    const t1 = performance.now();
    this.graph = graph;
    this.byId = new Map(graph.nodes.map((n) => [n.id, n]));
    this.layout = layout;
    this.showEmpty(graph.nodes.some((n) => n.kind === 'state') ? undefined : 'No states to draw yet: add StartAt and States.');
    // Only a node that has the keyboard focus now gets it back after the redraw: never steal it from the text editor.
    const hadFocus = document.hasFocus() && this.ui.svg.contains(document.activeElement);
    if (sameLayout) this.scene.patch(graph, layout, this.collapsed);
    else {
      // Fit before drawing, so that the drawing is made once, at the level of detail of its zoom.
      if (!this.fitted && !this.store.restored) this.panzoom.fit(layout.width, layout.height, false);
      cancelAnimationFrame(this.detailFrame);
      this.detailFrame = 0;
      this.scene.draw(graph, layout, this.collapsed, this.panzoom.viewport.k >= LOD_ZOOM);
      this.ui.svg.setAttribute('data-width', String(Math.round(layout.width)));
      this.ui.svg.setAttribute('data-height', String(Math.round(layout.height)));
      if (this.fitted && previous) this.anchor(previous.nodes, layout.nodes);
      this.fitted = true;
      if (previous && !matchMedia('(prefers-reduced-motion: reduce)').matches) this.scene.animateFrom(previous.nodes, layout.nodes);
      this.minimap.draw(graph, layout);
    }
    this.minimap.setVisible(this.store.state.minimap && this.minimap.needed(this.panzoom.size));
    this.minimap.setViewport(this.panzoom.viewport, this.panzoom.size);
    this.search.setGraph(graph, layout);
    const focusBefore = this.focusId;
    this.restoreMarks(focusBefore);
    // A redraw replaces the elements: give the keyboard focus back to the same node.
    if (hadFocus && this.focusId && focusBefore) this.scene.element(this.focusId)?.focus({ preventScroll: true });
    this.ui.svg.getBoundingClientRect(); // the draw includes the browser's style and layout work
    const t2 = performance.now();
    this.ui.svg.setAttribute('data-version', String(this.version));
    post({ kind: 'rendered', version: this.version, nodes: this.scene.nodeIds.length, edges: Object.keys(layout.edges).length, structural: !sameLayout, layoutMs: Math.round((t1 - t0) * 10) / 10, drawMs: Math.round((t2 - t1) * 10) / 10 });
  }

  /** Redraws a drawing made zoomed out with its texts, icons and badges, keeping selection, focus and find marks. */
  private addDetail(): void {
    this.detailFrame = 0;
    if (!this.graph || !this.layout || this.scene.detailed) return;
    const hadFocus = document.hasFocus() && this.ui.svg.contains(document.activeElement);
    const focusBefore = this.focusId;
    this.scene.draw(this.graph, this.layout, this.collapsed, true);
    this.restoreMarks(focusBefore);
    if (hadFocus && this.focusId) this.scene.element(this.focusId)?.focus({ preventScroll: true });
    this.search.setGraph(this.graph, this.layout);
  }

  /** After a structural change, keeps the nodes that did not move relative to each other where they were on screen. */
  private anchor(before: Record<string, Rect>, after: Record<string, Rect>): void {
    const dx: number[] = [], dy: number[] = [];
    for (const [id, r] of Object.entries(after)) {
      const b = before[id];
      if (b && !this.byId.get(id)?.container) { dx.push(r.x - b.x); dy.push(r.y - b.y); }
    }
    if (!dx.length) return;
    const median = (a: number[]) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];
    const mx = median(dx), my = median(dy);
    if (mx === 0 && my === 0) return;
    const v = this.panzoom.viewport;
    this.panzoom.set({ ...v, x: v.x - mx * v.k, y: v.y - my * v.k }, false);
  }

  private showBanner(update: GraphUpdate): void {
    const b = this.ui.banner;
    if (!update.problems.length) { b.hidden = true; b.textContent = ''; return; }
    const p = update.problems[0];
    const more = update.problems.length > 1 ? ` (and ${update.problems.length - 1} more)` : '';
    b.textContent = `Line ${p.line + 1}: ${p.message}${more} ${update.graph ? '— showing the last graph that parsed.' : ''}`.trim();
    b.hidden = false;
  }

  private showEmpty(message: string | undefined): void {
    this.ui.empty.hidden = !message;
    this.ui.empty.textContent = message ?? '';
  }

  // ---- view-local actions ------------------------------------------------------------------------------------

  async act(a: ViewAction): Promise<void> {
    switch (a.kind) {
      case 'fit': if (this.layout) this.panzoom.fit(this.layout.width, this.layout.height, true); break;
      case 'zoom': if (a.level) this.panzoom.zoomAt(a.level / this.panzoom.viewport.k); else this.panzoom.zoomAt(a.factor ?? ZOOM_STEP); break;
      case 'find': this.search.open(a.query); break;
      case 'toggleCollapse': this.toggle(a.id); break;
      case 'collapseAll': this.setCollapsed(this.graph?.nodes.filter((n) => n.container && n.kind === 'state').map((n) => n.id) ?? []); break;
      case 'expandAll': this.setCollapsed([]); break;
      case 'focusNode': this.goTo(a.id, false, true); break;
      case 'export': {
        if (!this.graph || !this.layout) return;
        try {
          post({ kind: 'exported', format: a.format, data: await exportGraph(a.format, this.graph, this.layout, this.collapsed) });
        } catch (e) {
          post({ kind: 'error', message: `export failed: ${e instanceof Error ? e.message : String(e)}` });
        }
        break;
      }
    }
  }

  toggleMinimap(): void {
    this.store.update({ minimap: !this.store.state.minimap });
    this.minimap.setVisible(this.store.state.minimap && !!this.layout);
  }

  private toggle(id: string): void {
    const next = new Set(this.collapsed);
    if (next.has(id)) next.delete(id); else next.add(id);
    this.setCollapsed([...next]);
  }

  private setCollapsed(ids: string[]): void {
    this.collapsed.clear();
    ids.forEach((id) => this.collapsed.add(id));
    this.store.update({ collapsed: ids });
    const graph = this.graph;
    if (graph) this.enqueue(() => this.show(graph));
  }

  /** Selects a node and shows it, expanding any collapsed container that hides it. */
  private goTo(id: string, reveal: boolean, focus = true): void {
    const hidden: string[] = [];
    for (let p = this.byId.get(id)?.parent; p; p = this.byId.get(p)?.parent) if (this.collapsed.has(p)) hidden.push(p);
    if (hidden.length) {
      hidden.forEach((h) => this.collapsed.delete(h));
      this.store.update({ collapsed: [...this.collapsed] });
      const graph = this.graph!;
      this.enqueue(async () => { await this.show(graph); this.select(id, { reveal, center: true, focus }); });
      return;
    }
    if (id === this.selected) {
      const r = this.layout?.nodes[id];
      if (r) this.panzoom.center(r, false);
      return;
    }
    this.select(id, { reveal, center: true, focus });
  }

  // ---- selection ---------------------------------------------------------------------------------------------

  private select(id: string | undefined, how: { reveal: boolean; focusEditor?: boolean; scroll?: boolean; center?: boolean; focus?: boolean; follow?: boolean }): void {
    const node = id ? this.byId.get(id) : undefined;
    // A sink stands for its target: clicking it (or Enter) goes there; arrowing onto it stays.
    const follow = how.follow && node?.kind === 'sink' && node.ref;
    const target = follow ? node!.ref : id;
    if (follow) how = { ...how, center: true };
    if (this.selected) this.scene.element(this.selected)?.classList.remove('selected');
    this.scene.element(this.selected ?? '')?.removeAttribute('aria-selected');
    this.selected = target && this.scene.element(target) ? target : undefined;
    this.store.update({ selected: this.selected });
    if (!this.selected) return;
    const el = this.scene.element(this.selected)!;
    el.classList.add('selected');
    el.setAttribute('aria-selected', 'true');
    this.setFocusable(this.selected);
    const r = this.layout?.nodes[this.selected];
    if (r && how.center) this.panzoom.center(r, false);
    else if (r && (how.scroll || how.focus)) this.panzoom.reveal(r);
    if (how.focus) el.focus({ preventScroll: true });
    const n = this.byId.get(this.selected);
    const textual = n?.kind === 'sink' && n.ref ? n.ref : this.selected;
    if (how.reveal && this.byId.get(textual)?.range) post({ kind: 'select', id: textual, version: this.version, focusEditor: !!how.focusEditor });
  }

  /** Roving tabindex: exactly one node is in the Tab order. */
  private setFocusable(id: string | undefined): void {
    if (this.focusId) { const old = this.scene.element(this.focusId); if (old) old.tabIndex = -1; }
    this.focusId = id;
    const el = id ? this.scene.element(id) : undefined;
    if (el) el.tabIndex = 0;
  }

  private restoreMarks(focusBefore: string | undefined): void {
    const keep = this.selected && this.scene.element(this.selected) ? this.selected : undefined;
    this.focusId = undefined;
    if (keep) {
      const el = this.scene.element(keep)!;
      el.classList.add('selected');
      el.setAttribute('aria-selected', 'true');
    }
    const focusable = focusBefore && this.scene.element(focusBefore) ? focusBefore : undefined;
    this.setFocusable(focusable ?? keep ?? this.graph?.start ?? this.scene.nodeIds[0]);
  }

  private mark(ids: string[]): void {
    this.ui.svg.classList.toggle('searching', ids.length > 0);
    for (const el of this.ui.viewport.querySelectorAll('.node.match')) el.classList.remove('match');
    for (const id of ids) {
      // A match hidden in a collapsed container marks the container.
      let shown: string | undefined = id;
      for (let p = this.byId.get(id)?.parent; p; p = this.byId.get(p)?.parent) if (this.collapsed.has(p)) shown = p;
      this.scene.element(shown!)?.classList.add('match');
    }
  }

  // ---- gestures and keys -------------------------------------------------------------------------------------

  private nodeOf(target: EventTarget | null): GraphNode | undefined {
    const el = target instanceof Element ? target.closest<SVGGElement>('.node') : null;
    return el?.dataset.id ? this.byId.get(el.dataset.id) : undefined;
  }

  private listen(): void {
    const svgEl = this.ui.svg;
    svgEl.addEventListener('click', (e) => {
      const toggle = e.target instanceof Element && e.target.closest('.toggle');
      const n = this.nodeOf(e.target);
      if (toggle && n) { this.toggle(n.id); return; }
      if (n && (n.kind !== 'scope')) this.select(n.id, { reveal: true, focus: true, follow: true });
    });
    svgEl.addEventListener('dblclick', (e) => {
      const n = this.nodeOf(e.target);
      if (n && n.kind !== 'scope' && !(e.target instanceof Element && e.target.closest('.toggle'))) this.select(n.id, { reveal: true, focusEditor: true });
    });
    svgEl.addEventListener('pointerover', (e) => {
      const n = this.nodeOf(e.target);
      const el = n && this.scene.element(n.id);
      if (n && el && n.kind !== 'scope' && n.kind !== 'start' && n.kind !== 'end') this.hover.show(n, (el.querySelector('.shape') ?? el).getBoundingClientRect());
    });
    svgEl.addEventListener('pointerout', (e) => {
      const from = this.nodeOf(e.target), to = this.nodeOf(e.relatedTarget);
      if (from && from !== to) this.hover.hide();
    });
    svgEl.addEventListener('focusin', (e) => {
      const n = this.nodeOf(e.target);
      const el = n && this.scene.element(n.id);
      if (n && el && n.kind !== 'scope') this.hover.show(n, (el.querySelector('.shape') ?? el).getBoundingClientRect(), 600);
    });
    svgEl.addEventListener('focusout', () => this.hover.hide());
    svgEl.addEventListener('keydown', (e) => this.onNodeKey(e));
    document.addEventListener('keydown', (e) => {
      if (e.defaultPrevented || (e.target instanceof HTMLInputElement)) return;
      const k = viewShortcut(e);
      if (!k) return;
      e.preventDefault();
      if (k === 'find') this.search.open();
      else if (k === 'zoomIn') this.panzoom.zoomAt(ZOOM_STEP);
      else if (k === 'zoomOut') this.panzoom.zoomAt(1 / ZOOM_STEP);
      else if (k === 'fit') void this.act({ kind: 'fit' });
      else if (k === 'escape') { this.hover.hide(); if (this.search.isOpen) this.search.close(); }
    });
    window.addEventListener('resize', () => {
      if (this.layout) this.minimap.setVisible(this.store.state.minimap && this.minimap.needed(this.panzoom.size));
      this.minimap.setViewport(this.panzoom.viewport, this.panzoom.size);
    });
  }

  /** Where a node is for arrow keys: an open container is its header, so that arrows can go in and out of it. */
  private navRect(id: string): Rect {
    const r = this.layout!.nodes[id];
    const n = this.byId.get(id);
    return n?.container && !this.collapsed.has(id) ? { ...r, height: Math.min(r.height, CONTAINER_HEADER) } : r;
  }

  private onNodeKey(e: KeyboardEvent): void {
    const n = this.nodeOf(e.target);
    if (!n || !this.layout) return;
    const dir = arrowDirection(e.key);
    let to: string | undefined;
    if (dir) {
      const candidates = this.scene.nodeIds.filter((id) => id !== n.id && this.byId.get(id)?.kind !== 'scope' && this.layout!.nodes[id])
        .map((id) => [id, this.navRect(id)] as [string, Rect]);
      to = nearestInDirection(this.navRect(n.id), candidates, dir);
    } else if (e.key === 'Home') to = this.graph?.nodes.find((x) => x.kind === 'start' && !x.parent)?.id;
    else if (e.key === 'End') to = this.graph?.nodes.find((x) => x.kind === 'end' && !x.parent)?.id;
    else if (e.key === 'Enter') {
      e.preventDefault();
      this.select(n.id, { reveal: true, focusEditor: e.shiftKey || e.ctrlKey || e.metaKey, focus: true, follow: true });
      return;
    } else if (e.key === ' ' && n.container) {
      e.preventDefault();
      this.toggle(n.id);
      return;
    } else return;
    e.preventDefault();
    e.stopPropagation();
    if (to) this.select(to, { reveal: true, focus: true });
  }
}
