// Minimal text edits between two versions of a document: a line diff (Myers, O(ND)), then, inside each changed
// hunk, the common prefix and suffix of characters are trimmed, so an edit touches only what changed. Used
// wherever the engine computes a whole new text (formatting, graph edits) but must hand the editor small edits
// that keep cursors, folding and undo steps sensible.
import type { TextEdit } from '../service/types';

function splitLines(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\n') { out.push(s.slice(start, i + 1)); start = i + 1; }
  }
  if (start < s.length) out.push(s.slice(start));
  return out;
}

/** Indices of lines kept in common, as pairs [i in a, j in b], in order. */
function commonLines(a: string[], b: string[]): [number, number][] {
  const n = a.length, m = b.length, max = n + m;
  const v = new Int32Array(2 * max + 2);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[max + k - 1] < v[max + k + 1]) ? v[max + k + 1] : v[max + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) { x++; y++; }
      v[max + k] = x;
      if (x >= n && y >= m) { found = true; break; }
    }
  }
  // Walk the trace back to recover the snakes (the diagonal runs of equal lines).
  const pairs: [number, number][] = [];
  let x = n, y = m;
  for (let d = trace.length - 1; d >= 0 && (x > 0 || y > 0); d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[max + k - 1] < vd[max + k + 1]) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : vd[max + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) { x--; y--; pairs.push([x, y]); }
    if (d > 0) { x = prevX; y = prevY; }
  }
  return pairs.reverse();
}

export function diffText(oldText: string, newText: string): TextEdit[] {
  if (oldText === newText) return [];
  const a = splitLines(oldText), b = splitLines(newText);
  // Cheap common prefix/suffix first: most edits touch a few lines of a long document.
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const am = a.slice(pre, a.length - suf), bm = b.slice(pre, b.length - suf);
  const pairs = am.length * bm.length > 4e6 ? [] : commonLines(am, bm);
  const aOff: number[] = [0];
  for (const l of a) aOff.push(aOff[aOff.length - 1] + l.length);
  const edits: TextEdit[] = [];
  let i = 0, j = 0;
  const flush = (ai: number, bj: number) => {
    if (ai === i && bj === j) return;
    const start = aOff[pre + i], end = aOff[pre + ai];
    edits.push(trim(oldText.slice(start, end), bm.slice(j, bj).join(''), start));
  };
  for (const [pi, pj] of pairs) { flush(pi, pj); i = pi + 1; j = pj + 1; }
  flush(am.length, bm.length);
  return edits;
}

function trim(oldS: string, newS: string, at: number): TextEdit {
  let p = 0;
  while (p < oldS.length && p < newS.length && oldS[p] === newS[p]) p++;
  let s = 0;
  while (s < oldS.length - p && s < newS.length - p && oldS[oldS.length - 1 - s] === newS[newS.length - 1 - s]) s++;
  return { offset: at + p, length: oldS.length - p - s, newText: newS.slice(p, newS.length - s) };
}

/** Applies non-overlapping edits (any order) to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((x, y) => y.offset - x.offset)) out = out.slice(0, e.offset) + e.newText + out.slice(e.offset + e.length);
  return out;
}
