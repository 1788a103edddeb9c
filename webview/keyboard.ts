// Keyboard access: arrows move between nodes by where they are drawn (the nearest node in that direction),
// Home/End go to the start and end markers, Enter selects in the text, Space collapses or expands a container.
// Shortcuts that work anywhere in the view: Ctrl/Cmd+F or / to find, + and - to zoom, 0 to fit.
import type { Rect } from '../engine/graph/types';

export type Direction = 'up' | 'down' | 'left' | 'right';

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

export function arrowDirection(key: string): Direction | undefined {
  return ARROWS[key];
}

/**
 * The node to move to from `from` in a direction: among boxes whose centre lies that way, the one with the least
 * distance along the direction plus twice the sideways offset (so that moving down follows a column).
 */
export function nearestInDirection(from: Rect, candidates: Iterable<[string, Rect]>, dir: Direction): string | undefined {
  const cx = from.x + from.width / 2, cy = from.y + from.height / 2;
  let best: string | undefined, bestScore = Infinity;
  for (const [id, r] of candidates) {
    const x = r.x + r.width / 2 - cx, y = r.y + r.height / 2 - cy;
    const along = dir === 'down' ? y : dir === 'up' ? -y : dir === 'right' ? x : -x;
    const side = dir === 'down' || dir === 'up' ? Math.abs(x) : Math.abs(y);
    if (along <= 1) continue;
    const score = along + 2 * side;
    if (score < bestScore) { bestScore = score; best = id; }
  }
  return best;
}

export type ViewKey = 'find' | 'zoomIn' | 'zoomOut' | 'fit' | 'escape';

/** Shortcuts handled at the view level (not while typing in the find box). */
export function viewShortcut(e: KeyboardEvent): ViewKey | undefined {
  if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') return 'find';
  if (e.ctrlKey || e.metaKey || e.altKey) return undefined;
  switch (e.key) {
    case '/': return 'find';
    case '+': case '=': return 'zoomIn';
    case '-': case '_': return 'zoomOut';
    case '0': return 'fit';
    case 'Escape': return 'escape';
    default: return undefined;
  }
}
