// How each kind of node looks: shape, codicon, colour role and size. Sizes depend only on what is part of the
// structure (kind, type, label), never on sublabels or badges, so that editing a Task's Resource moves nothing.
import type { ColorRole, GraphNodeKind, NodeShape } from './types';

export interface NodeStyle { shape: NodeShape; icon: string; color: ColorRole }

const STATE_STYLES: Record<string, NodeStyle> = {
  Task: { shape: 'rect', icon: 'gear', color: 'task' },
  Pass: { shape: 'rounded', icon: 'arrow-right', color: 'pass' },
  Choice: { shape: 'hexagon', icon: 'git-compare', color: 'choice' },
  Wait: { shape: 'rounded', icon: 'watch', color: 'wait' },
  Succeed: { shape: 'pill', icon: 'pass', color: 'succeed' },
  Fail: { shape: 'pill', icon: 'error', color: 'fail' },
  Parallel: { shape: 'container', icon: 'split-horizontal', color: 'parallel' },
  Map: { shape: 'container', icon: 'symbol-array', color: 'map' },
};

const UNKNOWN: NodeStyle = { shape: 'dashed', icon: 'question', color: 'unknown' };

export function stateStyle(type: string | undefined): NodeStyle {
  return (type && STATE_STYLES[type]) || UNKNOWN;
}

export function markerStyle(kind: GraphNodeKind): NodeStyle {
  switch (kind) {
    case 'start': return { shape: 'circle', icon: 'debug-start', color: 'marker' };
    case 'end': return { shape: 'circle', icon: 'debug-stop', color: 'marker' };
    case 'sink': return { shape: 'pill', icon: 'arrow-right', color: 'fail' };
    case 'missing': return { shape: 'dashed', icon: 'warning', color: 'unknown' };
    default: return { shape: 'container', icon: 'list-flat', color: 'marker' };
  }
}

/** Average advance of one character at the label font (13px UI font, generous for Linux's DejaVu Sans); the layout
 * never measures real text, so the CLI and the view agree. */
export const CHAR_WIDTH = 7.5;
export const SMALL_CHAR_WIDTH = 6.5;

export const STATE_HEIGHT = 48;
export const MARKER_SIZE = 24;
export const SINK_HEIGHT = 24;
/** Space above a container's children for its header (icon, name, sublabel). */
export const CONTAINER_HEADER = 50;
/** Space above a scope's children for its title (`Branch 1`). */
export const SCOPE_HEADER = 24;
export const CONTAINER_PADDING = 12;
export const SCOPE_GAP = 16;
export const EDGE_LABEL_WIDTH = 120;
export const EDGE_LABEL_HEIGHT = 16;

export function stateWidth(label: string): number {
  return clamp(60 + CHAR_WIDTH * label.length, 160, 320);
}

export function sinkWidth(label: string): number {
  return clamp(40 + SMALL_CHAR_WIDTH * label.length, 80, 200);
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, Math.round(v)));
}

/** Cuts text to fit a width at a per-character advance, with an ellipsis. */
export function fitText(text: string, width: number, charWidth = CHAR_WIDTH): string {
  const max = Math.max(1, Math.floor(width / charWidth));
  return text.length <= max ? text : text.slice(0, Math.max(0, max - 1)) + '…';
}
