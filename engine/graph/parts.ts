// Where things go inside a node box (icon, name, second line, badges, collapse toggle), relative to the box's
// top-left corner. Shared by the live view and the exported SVG.
import { CHAR_WIDTH, SMALL_CHAR_WIDTH, fitText } from './style';
import type { GraphNode, Point, Rect } from './types';

export interface TextPart { x: number; y: number; text: string; /** Set when the text must be squeezed to fit. */ squeeze?: number; anchor?: 'start' | 'middle' }
export interface NodeParts {
  icon?: { x: number; y: number; size: number };
  label?: TextPart;
  sublabel?: TextPart;
  /** Top-right badges (retry), right to left. */
  badges: { x: number; y: number; width: number; text: string; title: string; kind: string }[];
  /** Top-left mark for diagnostics. */
  problem?: { x: number; y: number; severity: 'error' | 'warning' };
  toggle?: { x: number; y: number; expanded: boolean };
}

export const BADGE_HEIGHT = 16;

export function nodeParts(node: GraphNode, width: number, height: number, collapsed: boolean): NodeParts {
  const parts: NodeParts = { badges: [] };
  if (node.kind === 'start' || node.kind === 'end') {
    parts.icon = { x: width / 2 - 7, y: height / 2 - 7, size: 14 };
    return parts;
  }
  if (node.kind === 'sink') {
    parts.icon = { x: 8, y: height / 2 - 6, size: 12 };
    parts.label = text(24, height / 2 + 4, node.label, width - 30, SMALL_CHAR_WIDTH);
    return parts;
  }
  if (node.kind === 'scope') {
    parts.label = { x: 10, y: 16, text: fitText(node.label, width - 20, SMALL_CHAR_WIDTH) };
    if (node.container) parts.toggle = { x: width - 22, y: 4, expanded: !collapsed };
    return parts;
  }
  const open = node.container && !collapsed;
  // Expanded containers keep their header at the top; everything else centres its two lines.
  const top = open ? 0 : height / 2 - 24;
  const hasSub = node.sublabel !== undefined && node.sublabel !== '';
  parts.icon = { x: 12, y: top + (hasSub ? 10 : 16), size: 16 };
  const textWidth = width - 40 - (node.container ? 22 : 0);
  parts.label = text(36, top + (hasSub ? 21 : 29), node.label, textWidth, CHAR_WIDTH);
  if (hasSub) {
    // A little too long: squeeze it; much too long: cut it (the hover has it whole).
    const sub = node.sublabel!;
    parts.sublabel = sub.length * SMALL_CHAR_WIDTH <= textWidth * 1.25 ? text(36, top + 37, sub, textWidth, SMALL_CHAR_WIDTH) : { x: 36, y: top + 37, text: fitText(sub, textWidth, SMALL_CHAR_WIDTH) };
  }
  if (node.container) parts.toggle = { x: width - 24, y: top + (open ? 10 : 16), expanded: !!open };
  let right = width + 6;
  for (const b of node.badges) {
    const w = 18 + SMALL_CHAR_WIDTH * b.text.length;
    right -= w;
    parts.badges.push({ x: right, y: -BADGE_HEIGHT / 2, width: w, text: b.text, title: b.title, kind: b.kind });
    right -= 4;
  }
  if (node.severity) parts.problem = { x: -6, y: -6, severity: node.severity };
  return parts;
}

/** Full text, squeezed (SVG textLength) when it would not fit: names are never cut, so search and export find them. */
function text(x: number, y: number, s: string, width: number, charWidth: number): TextPart {
  const need = s.length * charWidth;
  return need > width ? { x, y, text: s, squeeze: Math.max(10, width) } : { x, y, text: s };
}

/**
 * An edge label's box and text: ELK reserves a fixed-size slot beside the edge; the drawn box hugs the (cut)
 * text on the side of the slot that touches the edge, so the label reads as part of its edge.
 */
export function edgeLabelParts(label: string, points: readonly Point[], slot: Rect): { box: Rect; x: number; y: number; text: string } {
  const text = fitText(label, slot.width - 8, SMALL_CHAR_WIDTH);
  const w = Math.min(slot.width, text.length * SMALL_CHAR_WIDTH + 8);
  const cy = slot.y + slot.height / 2;
  let ex: number | undefined;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1], b = points[i];
    if (Math.abs(a.x - b.x) < 0.5 && cy >= Math.min(a.y, b.y) && cy <= Math.max(a.y, b.y)) { ex = a.x; break; }
  }
  let x = slot.x + (slot.width - w) / 2;
  if (ex !== undefined && ex >= slot.x + slot.width - 1) x = slot.x + slot.width - w;
  else if (ex !== undefined && ex <= slot.x + 1) x = slot.x;
  const box = { x, y: slot.y, width: w, height: slot.height };
  return { box, x: x + w / 2, y: slot.y + slot.height - 4, text };
}
