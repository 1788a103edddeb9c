// Shapes as SVG path data, shared by the live view (webview/render) and the exported SVG (svg.ts), so both draw
// exactly the same thing from the same layout.
import type { NodeShape, Point, Rect } from './types';

const f = (n: number) => (Math.round(n * 10) / 10).toString();

/** An orthogonal polyline with rounded bends (radius clipped to half of the shorter adjacent segment). */
export function edgePath(points: readonly Point[], radius = 6): string {
  if (points.length === 0) return '';
  let d = `M${f(points[0].x)},${f(points[0].y)}`;
  for (let i = 1; i < points.length - 1; i++) {
    const p = points[i - 1], q = points[i], r = points[i + 1];
    const d1 = Math.hypot(q.x - p.x, q.y - p.y), d2 = Math.hypot(r.x - q.x, r.y - q.y);
    const rad = Math.min(radius, d1 / 2, d2 / 2);
    if (rad < 0.5) { d += `L${f(q.x)},${f(q.y)}`; continue; }
    const a = { x: q.x - ((q.x - p.x) / d1) * rad, y: q.y - ((q.y - p.y) / d1) * rad };
    const b = { x: q.x + ((r.x - q.x) / d2) * rad, y: q.y + ((r.y - q.y) / d2) * rad };
    d += `L${f(a.x)},${f(a.y)}Q${f(q.x)},${f(q.y)} ${f(b.x)},${f(b.y)}`;
  }
  const last = points[points.length - 1];
  return d + `L${f(last.x)},${f(last.y)}`;
}

/** The arrow head at the end of an edge, pointing along its last segment. */
export function arrowPath(points: readonly Point[], size = 7): string {
  if (points.length < 2) return '';
  const q = points[points.length - 1], p = points[points.length - 2];
  const len = Math.hypot(q.x - p.x, q.y - p.y) || 1;
  const ux = (q.x - p.x) / len, uy = (q.y - p.y) / len;
  const bx = q.x - ux * size, by = q.y - uy * size;
  return `M${f(q.x)},${f(q.y)}L${f(bx - uy * size * 0.5)},${f(by + ux * size * 0.5)}L${f(bx + uy * size * 0.5)},${f(by - ux * size * 0.5)}Z`;
}

/** The outline of a node at (0,0) with the given size. */
export function shapePath(shape: NodeShape, width: number, height: number): string {
  const w = width, h = height;
  switch (shape) {
    case 'circle': {
      const r = Math.min(w, h) / 2;
      return `M${f(w / 2 - r)},${f(h / 2)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
    }
    case 'hexagon': {
      const c = Math.min(14, h / 2);
      return `M${f(c)},0H${f(w - c)}L${f(w)},${f(h / 2)}L${f(w - c)},${f(h)}H${f(c)}L0,${f(h / 2)}Z`;
    }
    case 'pill': return roundedRect(w, h, h / 2);
    case 'rounded': return roundedRect(w, h, 10);
    case 'container': return roundedRect(w, h, 6);
    default: return roundedRect(w, h, 3);
  }
}

function roundedRect(w: number, h: number, r: number): string {
  r = Math.min(r, w / 2, h / 2);
  return `M${f(r)},0H${f(w - r)}A${f(r)},${f(r)} 0 0 1 ${f(w)},${f(r)}V${f(h - r)}A${f(r)},${f(r)} 0 0 1 ${f(w - r)},${f(h)}H${f(r)}A${f(r)},${f(r)} 0 0 1 0,${f(h - r)}V${f(r)}A${f(r)},${f(r)} 0 0 1 ${f(r)},0Z`;
}

export function overlaps(a: Rect, b: Rect, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

export function contains(outer: Rect, inner: Rect, tolerance = 0.5): boolean {
  return inner.x >= outer.x - tolerance && inner.y >= outer.y - tolerance
    && inner.x + inner.width <= outer.x + outer.width + tolerance && inner.y + inner.height <= outer.y + outer.height + tolerance;
}
