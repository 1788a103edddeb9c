// Pan and zoom as an interaction controller over one viewport transform (xyflow's pattern: the controller owns the
// gestures, the owner owns the state). Wheel pans, Ctrl/Cmd+wheel or a pinch zooms at the pointer, dragging the
// background pans. Every change goes through `set`, which applies it and reports whether the user caused it.
import type { Rect } from '../engine/graph/types';
import type { Viewport } from './state';

export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 3;

export interface PanZoomOptions {
  /** Called after every change; `user` is true for gestures (so a later graph does not re-fit). */
  onChange(v: Viewport, user: boolean): void;
  /** Pointer-downs on these targets do not start a pan (nodes, toggles). */
  isInteractive(target: EventTarget | null): boolean;
}

export class PanZoom {
  private v: Viewport = { x: 0, y: 0, k: 1 };
  private drag: { id: number; x: number; y: number; moved: boolean } | undefined;
  private readonly off: (() => void)[] = [];

  private measured: { width: number; height: number } | undefined;

  constructor(private readonly canvas: HTMLElement, private readonly target: SVGGElement, private readonly options: PanZoomOptions) {
    const observer = new ResizeObserver(() => { this.measured = undefined; });
    observer.observe(canvas);
    this.off.push(() => observer.disconnect());
    const on = <K extends keyof HTMLElementEventMap>(type: K, fn: (e: HTMLElementEventMap[K]) => void, opts?: AddEventListenerOptions) => {
      canvas.addEventListener(type, fn as EventListener, opts);
      this.off.push(() => canvas.removeEventListener(type, fn as EventListener));
    };
    on('wheel', (e) => {
      e.preventDefault();
      if (e.ctrlKey || e.metaKey) {
        const p = this.local(e);
        this.zoomAt(Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.002)), p.x, p.y, true);
      } else {
        const unit = e.deltaMode === 1 ? 16 : 1;
        this.set({ ...this.v, x: this.v.x - e.deltaX * unit * (e.shiftKey ? 0 : 1) - (e.shiftKey ? e.deltaY * unit : 0), y: this.v.y - (e.shiftKey ? 0 : e.deltaY * unit) }, true);
      }
    }, { passive: false });
    on('pointerdown', (e) => {
      if (e.button !== 0 || options.isInteractive(e.target)) return;
      this.drag = { id: e.pointerId, x: e.clientX, y: e.clientY, moved: false };
      canvas.setPointerCapture(e.pointerId);
    });
    on('pointermove', (e) => {
      const d = this.drag;
      if (!d || d.id !== e.pointerId) return;
      const dx = e.clientX - d.x, dy = e.clientY - d.y;
      if (!d.moved && Math.hypot(dx, dy) < 3) return;
      d.moved = true;
      canvas.classList.add('panning');
      d.x = e.clientX;
      d.y = e.clientY;
      this.set({ ...this.v, x: this.v.x + dx, y: this.v.y + dy }, true);
    });
    const end = (e: PointerEvent) => {
      if (this.drag?.id !== e.pointerId) return;
      this.drag = undefined;
      canvas.classList.remove('panning');
    };
    on('pointerup', end);
    on('pointercancel', end);
  }

  get viewport(): Viewport { return { ...this.v }; }

  /** The canvas size, kept by a ResizeObserver (reading clientWidth after a redraw would force a layout). */
  get size(): { width: number; height: number } {
    this.measured ??= { width: this.canvas.clientWidth, height: this.canvas.clientHeight };
    return this.measured;
  }

  set(v: Viewport, user: boolean): void {
    this.v = { x: v.x, y: v.y, k: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, v.k)) };
    this.target.setAttribute('transform', `translate(${Math.round(this.v.x * 100) / 100},${Math.round(this.v.y * 100) / 100}) scale(${Math.round(this.v.k * 1000) / 1000})`);
    this.options.onChange(this.viewport, user);
  }

  /** Zooms by `factor` keeping the canvas point (cx, cy) still; the centre of the canvas by default. */
  zoomAt(factor: number, cx = this.size.width / 2, cy = this.size.height / 2, user = true): void {
    const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, this.v.k * factor));
    const f = k / this.v.k;
    this.set({ k, x: cx - (cx - this.v.x) * f, y: cy - (cy - this.v.y) * f }, user);
  }

  /** Shows the whole drawing, never zooming in past 1. */
  fit(width: number, height: number, user: boolean, margin = 16): void {
    const { width: w, height: h } = this.size;
    if (w <= 0 || h <= 0 || width <= 0 || height <= 0) return;
    const k = Math.max(MIN_ZOOM, Math.min(1, (w - 2 * margin) / width, (h - 2 * margin) / height));
    this.set({ k, x: (w - width * k) / 2, y: Math.max(margin, (h - height * k) / 2) }, user);
  }

  /** Centres a box of the drawing in the canvas. */
  center(r: Rect, user: boolean): void {
    const { width: w, height: h } = this.size;
    this.set({ ...this.v, x: w / 2 - (r.x + r.width / 2) * this.v.k, y: h / 2 - (r.y + r.height / 2) * this.v.k }, user);
  }

  /** Scrolls the least needed to bring a box of the drawing into view (centres it when far away). */
  reveal(r: Rect, margin = 24): void {
    const { width: w, height: h } = this.size;
    const k = this.v.k;
    const left = r.x * k + this.v.x, top = r.y * k + this.v.y, right = left + r.width * k, bottom = top + r.height * k;
    if (left >= margin && top >= margin && right <= w - margin && bottom <= h - margin) return;
    const far = right < -w || left > 2 * w || bottom < -h || top > 2 * h;
    if (far || r.width * k > w - 2 * margin || r.height * k > h - 2 * margin) { this.center(r, false); return; }
    let dx = 0, dy = 0;
    if (left < margin) dx = margin - left; else if (right > w - margin) dx = w - margin - right;
    if (top < margin) dy = margin - top; else if (bottom > h - margin) dy = h - margin - bottom;
    this.set({ ...this.v, x: this.v.x + dx, y: this.v.y + dy }, false);
  }

  /** A client point → canvas coordinates. */
  private local(e: { clientX: number; clientY: number }): { x: number; y: number } {
    const b = this.canvas.getBoundingClientRect();
    return { x: e.clientX - b.left, y: e.clientY - b.top };
  }

  destroy(): void {
    for (const f of this.off.splice(0)) f();
  }
}
