// Deterministic randomness for States.UUID, States.MathRandom, $uuid, $random and task tokens.

/** mulberry32: a small seeded generator, good enough for simulated UUIDs and jitter. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A well-formed version 4 UUID drawn from `random`. */
export function uuidFrom(random: () => number): () => string {
  const hex = '0123456789abcdef';
  return () => {
    let s = '';
    for (let i = 0; i < 36; i++) {
      if (i === 8 || i === 13 || i === 18 || i === 23) { s += '-'; continue; }
      if (i === 14) { s += '4'; continue; }
      const r = Math.floor(random() * 16);
      s += hex[i === 19 ? (r & 0x3) | 0x8 : r];
    }
    return s;
  };
}
