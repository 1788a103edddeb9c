// Randomness for States.MathRandom and States.UUID.
//
// A seeded States.MathRandom must give the same number for the same seed (guide: "If you use this function with the
// same seed value, it returns an identical number"). We use the linear congruential generator documented for
// java.util.Random (48-bit state, multiplier 0x5DEECE66D, addend 0xB) and its nextInt(bound), so a seed is
// deterministic here; whether AWS's exact value for a given seed matches is not something we could verify.

const MASK = (1n << 48n) - 1n;
const MULTIPLIER = 0x5deece66dn;

export class JavaRandom {
  private seed: bigint;

  constructor(seed: number) {
    this.seed = (BigInt.asIntN(64, BigInt(Math.trunc(seed))) ^ MULTIPLIER) & MASK;
  }

  private next(bits: number): number {
    this.seed = (this.seed * MULTIPLIER + 0xbn) & MASK;
    return Number(BigInt.asIntN(32, this.seed >> BigInt(48 - bits)));
  }

  /** A uniform integer in [0, bound), for 0 < bound < 2^31. */
  nextInt(bound: number): number {
    if ((bound & -bound) === bound) return Number((BigInt(bound) * BigInt(this.next(31))) >> 31n);
    for (;;) {
      const bits = this.next(31);
      const value = bits % bound;
      if (((bits - value + (bound - 1)) | 0) >= 0) return value;
    }
  }

  /** A uniform double in [0, 1). */
  nextDouble(): number {
    return (this.next(26) * 2 ** 27 + this.next(27)) / 2 ** 53;
  }
}

/** A uniform integer in [start, end) from a seed or from a source of doubles in [0, 1). */
export function randomInt(start: number, end: number, seed: number | undefined, random: () => number): number {
  const bound = end - start;
  if (seed !== undefined) {
    const r = new JavaRandom(seed);
    return start + (bound <= 0x7fffffff ? r.nextInt(bound) : Math.floor(r.nextDouble() * bound));
  }
  return start + Math.floor(random() * bound);
}

/** A version 4 UUID (RFC 4122) built from a source of doubles in [0, 1). */
export function uuidV4(random: () => number): string {
  const bytes = Array.from({ length: 16 }, () => Math.floor(random() * 256) & 0xff);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
