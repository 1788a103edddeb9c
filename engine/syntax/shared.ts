// Two things the fast parsers (jsonStrict.ts, yamlFast.ts) do while they build a tree, so that later passes need not
// walk it again or allocate as much:
//   - short strings are shared: a document repeats the same keys and many values ("Type", "Next", "States.ALL",
//     "$.Payload"), and one string per distinct text is less for the collector than one per occurrence;
//   - repeated keys are noted per object as each object is closed (validation's duplicate-key scan reads them).

const SIZE = 4096; // a power of two
const table: (string | undefined)[] = new Array<string | undefined>(SIZE).fill(undefined);
const LONGEST = 32;

/** `text.slice(start, end)`, as a string already made for the same characters when there is one (short strings). */
export function sliceShared(text: string, start: number, end: number): string {
  const n = end - start;
  if (n > LONGEST || n <= 0) return text.slice(start, end);
  let h = n;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  const slot = (h ^ (h >>> 13)) & (SIZE - 1);
  const hit = table[slot];
  if (hit !== undefined && hit.length === n) {
    let i = 0;
    while (i < n && hit.charCodeAt(i) === text.charCodeAt(start + i)) i++;
    if (i === n) return hit;
  }
  const s = n < SLICE_MIN ? text.slice(start, end) : copyOf(text, start, end);
  table[slot] = s;
  return s;
}

/**
 * V8 makes a slice of 13 characters or more a view into the whole text: kept in the table, it would keep every
 * version of every document it came from alive. What the table keeps is a copy of its own.
 */
const SLICE_MIN = 13;
const codes: number[] = [];

function copyOf(text: string, start: number, end: number): string {
  codes.length = end - start;
  for (let i = start; i < end; i++) codes[i - start] = text.charCodeAt(i);
  return String.fromCharCode.apply(null, codes);
}

/** Keeps a decoded string (one with escapes) shared the same way. */
export function shared(s: string): string {
  return s.length > LONGEST || s.length === 0 ? s : sliceShared(s, 0, s.length);
}

interface Keyed { key: { value: string } }

/**
 * Pushes onto `out` every property of `props` whose key appears again later among them (what validation's
 * duplicate-key scan computes for one object).
 */
export function noteRepeatedKeys<P extends Keyed>(props: readonly P[], out: P[]): void {
  const n = props.length;
  if (n < 2) return;
  if (n <= 12) {
    for (let i = 0; i < n - 1; i++) {
      const k = props[i].key.value;
      for (let j = i + 1; j < n; j++) if (props[j].key.value === k) { out.push(props[i]); break; }
    }
    return;
  }
  const last = new Map<string, number>();
  for (let i = 0; i < n; i++) last.set(props[i].key.value, i);
  for (let i = 0; i < n; i++) if (last.get(props[i].key.value) !== i) out.push(props[i]);
}

const repeated = new WeakMap<object, readonly Keyed[]>();

/** Records the repeated keys a fast parser found in the tree under `root`. */
export function setRepeatedKeys(root: object, props: readonly Keyed[]): void {
  repeated.set(root, props);
}

/**
 * The properties whose key appears again later in the same object, anywhere in the tree, as the fast parser that
 * built it found them (in no particular order); undefined when the tree came from the tolerant parsers.
 */
export function repeatedKeysOf<P>(root: object): readonly P[] | undefined {
  return repeated.get(root) as readonly P[] | undefined;
}
