// The minimap: every node as a small box, the visible part as a frame; click or drag in it to move the view.
// Shown only when the drawing does not fit the view at a readable zoom (or when the user turns it on).
import type { GraphModel, LayoutResult } from '../engine/graph/types';
import { svg } from './dom';
import type { Viewport } from './state';

const WIDTH = 180, HEIGHT = 130;

export class Minimap {
  private readonly root: SVGSVGElement;
  private readonly boxes: SVGPathElement;
  private readonly containers: SVGPathElement;
  private readonly frame: SVGRectElement;
  private scale = 1;
  private offset = { x: 0, y: 0 };
  private size = { width: 0, height: 0 };

  constructor(private readonly host: HTMLElement, private readonly navigate: (x: number, y: number) => void) {
    this.root = svg('svg', { width: WIDTH, height: HEIGHT, 'aria-hidden': 'true' }, host);
    this.containers = svg('path', { class: 'mm-containers' }, this.root);
    this.boxes = svg('path', { class: 'mm-nodes' }, this.root);
    this.frame = svg('rect', { class: 'mm-frame' }, this.root);
    let dragging = false;
    const go = (e: PointerEvent) => {
      const b = this.root.getBoundingClientRect();
      this.navigate((e.clientX - b.left - this.offset.x) / this.scale, (e.clientY - b.top - this.offset.y) / this.scale);
    };
    this.root.addEventListener('pointerdown', (e) => { dragging = true; this.root.setPointerCapture(e.pointerId); go(e); });
    this.root.addEventListener('pointermove', (e) => { if (dragging) go(e); });
    this.root.addEventListener('pointerup', () => { dragging = false; });
  }

  draw(graph: GraphModel, layout: LayoutResult): void {
    this.size = { width: layout.width, height: layout.height };
    this.scale = Math.min((WIDTH - 8) / Math.max(1, layout.width), (HEIGHT - 8) / Math.max(1, layout.height));
    this.offset = { x: (WIDTH - layout.width * this.scale) / 2, y: (HEIGHT - layout.height * this.scale) / 2 };
    const s = this.scale, o = this.offset;
    const boxes: string[] = [], containers: string[] = [];
    for (const n of graph.nodes) {
      const r = layout.nodes[n.id];
      if (!r) continue;
      const d = `M${(o.x + r.x * s).toFixed(1)},${(o.y + r.y * s).toFixed(1)}h${Math.max(1, r.width * s).toFixed(1)}v${Math.max(1, r.height * s).toFixed(1)}h${-Math.max(1, r.width * s).toFixed(1)}Z`;
      (n.container && layout.nodes[n.id] && graph.nodes.some((c) => c.parent === n.id && layout.nodes[c.id]) ? containers : boxes).push(d);
    }
    this.boxes.setAttribute('d', boxes.join(''));
    this.containers.setAttribute('d', containers.join(''));
  }

  /** Whether the drawing is big enough to need the minimap at this view size. */
  needed(view: { width: number; height: number }): boolean {
    return this.size.width * 0.6 > view.width || this.size.height * 0.6 > view.height;
  }

  setVisible(visible: boolean): void {
    this.host.hidden = !visible;
  }

  setViewport(v: Viewport, view: { width: number; height: number }): void {
    const s = this.scale;
    this.frame.setAttribute('x', (this.offset.x + (-v.x / v.k) * s).toFixed(1));
    this.frame.setAttribute('y', (this.offset.y + (-v.y / v.k) * s).toFixed(1));
    this.frame.setAttribute('width', ((view.width / v.k) * s).toFixed(1));
    this.frame.setAttribute('height', ((view.height / v.k) * s).toFixed(1));
  }
}
