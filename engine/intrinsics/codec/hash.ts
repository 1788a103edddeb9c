// MD5 (RFC 1321), SHA-1, SHA-256, SHA-384 and SHA-512 (FIPS 180-4) in plain TypeScript, for States.Hash.
// The engine cannot use Node's crypto (no Node built-ins) and WebCrypto is asynchronous, hence these.

import { MD5_K, SHA256_H, SHA256_K, SHA384_H, SHA512_H, SHA512_K } from './hash-constants';

export type HashAlgorithm = 'MD5' | 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

export function hashHex(algorithm: HashAlgorithm, data: Uint8Array): string {
  switch (algorithm) {
    case 'MD5': return md5(data);
    case 'SHA-1': return sha1(data);
    case 'SHA-256': return sha256(data);
    case 'SHA-384': return sha512(data, SHA384_H).slice(0, 96);
    case 'SHA-512': return sha512(data, SHA512_H);
  }
}

/** Message padding: 0x80, zeros, then the bit length in `lengthBytes` bytes (big or little endian). */
function pad(data: Uint8Array, blockSize: number, lengthBytes: number, littleEndian: boolean): Uint8Array {
  const total = Math.ceil((data.length + 1 + lengthBytes) / blockSize) * blockSize;
  const out = new Uint8Array(total);
  out.set(data);
  out[data.length] = 0x80;
  let bits = data.length * 8;
  for (let i = 0; i < 8 && bits > 0; i++) {
    const byte = bits % 256;
    bits = Math.floor(bits / 256);
    out[littleEndian ? total - lengthBytes + i : total - 1 - i] = byte;
  }
  return out;
}

function word(bytes: Uint8Array, i: number): number {
  return ((bytes[i] << 24) | (bytes[i + 1] << 16) | (bytes[i + 2] << 8) | bytes[i + 3]) >>> 0;
}

function hex(words: ArrayLike<number>, littleEndian = false): string {
  let out = '';
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const v = littleEndian ? ((w & 0xff) << 24) | ((w & 0xff00) << 8) | ((w >>> 8) & 0xff00) | (w >>> 24) : w;
    out += (v >>> 0).toString(16).padStart(8, '0');
  }
  return out;
}

const rotl = (x: number, n: number): number => (x << n) | (x >>> (32 - n));
const rotr = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

const MD5_S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

function md5(data: Uint8Array): string {
  const m = pad(data, 64, 8, true);
  const h = Int32Array.of(0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476);
  const x = new Int32Array(16);
  for (let off = 0; off < m.length; off += 64) {
    for (let i = 0; i < 16; i++) x[i] = m[off + 4 * i] | (m[off + 4 * i + 1] << 8) | (m[off + 4 * i + 2] << 16) | (m[off + 4 * i + 3] << 24);
    let a = h[0], b = h[1], c = h[2], d = h[3];
    for (let i = 0; i < 64; i++) {
      const round = i >> 4;
      let f: number;
      let g: number;
      if (round === 0) { f = (b & c) | (~b & d); g = i; }
      else if (round === 1) { f = (d & b) | (~d & c); g = (5 * i + 1) & 15; }
      else if (round === 2) { f = b ^ c ^ d; g = (3 * i + 5) & 15; }
      else { f = c ^ (b | ~d); g = (7 * i) & 15; }
      const t = d;
      d = c;
      c = b;
      b = (b + rotl((a + f + MD5_K[i] + x[g]) | 0, MD5_S[round * 4 + (i & 3)])) | 0;
      a = t;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
  }
  return hex(h, true);
}

function sha1(data: Uint8Array): string {
  const m = pad(data, 64, 8, false);
  const h = Int32Array.of(0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476, 0xc3d2e1f0 | 0);
  const w = new Int32Array(80);
  for (let off = 0; off < m.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = word(m, off + 4 * i);
    for (let i = 16; i < 80; i++) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    let a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (let i = 0; i < 80; i++) {
      let f: number;
      let k: number;
      if (i < 20) { f = (b & c) | (~b & d); k = 0x5a827999; }
      else if (i < 40) { f = b ^ c ^ d; k = 0x6ed9eba1; }
      else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdc; }
      else { f = b ^ c ^ d; k = 0xca62c1d6; }
      const t = (rotl(a, 5) + f + e + k + w[i]) | 0;
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = t;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
  }
  return hex(h);
}

function sha256(data: Uint8Array): string {
  const m = pad(data, 64, 8, false);
  const h = Int32Array.from(SHA256_H);
  const k = Int32Array.from(SHA256_K);
  const w = new Int32Array(64);
  for (let off = 0; off < m.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = word(m, off + 4 * i);
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
      const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    let a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + k[i] + w[i]) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
  }
  return hex(h);
}

const TWO_32 = 0x100000000;

/**
 * SHA-512 with each 64-bit word as a (high, low) pair of 32-bit halves; rotations of n > 32 swap the halves.
 * SHA-384 is the same with other initial values, truncated.
 */
function sha512(data: Uint8Array, initial: readonly number[]): string {
  const m = pad(data, 128, 16, false);
  const h = Int32Array.from(initial);
  const k = Int32Array.from(SHA512_K);
  const w = new Int32Array(160);
  for (let off = 0; off < m.length; off += 128) {
    for (let i = 0; i < 32; i++) w[i] = word(m, off + 4 * i);
    for (let i = 32; i < 160; i += 2) {
      let xh = w[i - 30], xl = w[i - 29]; // w[t-15]
      const s0h = ((xh >>> 1) | (xl << 31)) ^ ((xh >>> 8) | (xl << 24)) ^ (xh >>> 7);
      const s0l = ((xl >>> 1) | (xh << 31)) ^ ((xl >>> 8) | (xh << 24)) ^ ((xl >>> 7) | (xh << 25));
      xh = w[i - 4];
      xl = w[i - 3]; // w[t-2]
      const s1h = ((xh >>> 19) | (xl << 13)) ^ ((xl >>> 29) | (xh << 3)) ^ (xh >>> 6);
      const s1l = ((xl >>> 19) | (xh << 13)) ^ ((xh >>> 29) | (xl << 3)) ^ ((xl >>> 6) | (xh << 26));
      const lo = (w[i - 31] >>> 0) + (s0l >>> 0) + (w[i - 13] >>> 0) + (s1l >>> 0);
      w[i] = w[i - 32] + s0h + w[i - 14] + s1h + Math.floor(lo / TWO_32);
      w[i + 1] = lo;
    }
    let ah = h[0], al = h[1], bh = h[2], bl = h[3], ch = h[4], cl = h[5], dh = h[6], dl = h[7];
    let eh = h[8], el = h[9], fh = h[10], fl = h[11], gh = h[12], gl = h[13], hh = h[14], hl = h[15];
    for (let i = 0; i < 160; i += 2) {
      const S1h = ((eh >>> 14) | (el << 18)) ^ ((eh >>> 18) | (el << 14)) ^ ((el >>> 9) | (eh << 23));
      const S1l = ((el >>> 14) | (eh << 18)) ^ ((el >>> 18) | (eh << 14)) ^ ((eh >>> 9) | (el << 23));
      const chh = (eh & fh) ^ (~eh & gh);
      const chl = (el & fl) ^ (~el & gl);
      const t1lo = (hl >>> 0) + (S1l >>> 0) + (chl >>> 0) + (k[i + 1] >>> 0) + (w[i + 1] >>> 0);
      const t1h = (hh + S1h + chh + k[i] + w[i] + Math.floor(t1lo / TWO_32)) | 0;
      const t1l = t1lo | 0;
      const S0h = ((ah >>> 28) | (al << 4)) ^ ((al >>> 2) | (ah << 30)) ^ ((al >>> 7) | (ah << 25));
      const S0l = ((al >>> 28) | (ah << 4)) ^ ((ah >>> 2) | (al << 30)) ^ ((ah >>> 7) | (al << 25));
      const mjh = (ah & bh) ^ (ah & ch) ^ (bh & ch);
      const mjl = (al & bl) ^ (al & cl) ^ (bl & cl);
      const t2lo = (S0l >>> 0) + (mjl >>> 0);
      const t2h = (S0h + mjh + Math.floor(t2lo / TWO_32)) | 0;
      const t2l = t2lo | 0;
      hh = gh; hl = gl;
      gh = fh; gl = fl;
      fh = eh; fl = el;
      const elo = (dl >>> 0) + (t1l >>> 0);
      eh = (dh + t1h + Math.floor(elo / TWO_32)) | 0;
      el = elo | 0;
      dh = ch; dl = cl;
      ch = bh; cl = bl;
      bh = ah; bl = al;
      const alo = (t1l >>> 0) + (t2l >>> 0);
      ah = (t1h + t2h + Math.floor(alo / TWO_32)) | 0;
      al = alo | 0;
    }
    const v = [ah, al, bh, bl, ch, cl, dh, dl, eh, el, fh, fl, gh, gl, hh, hl];
    for (let i = 0; i < 16; i += 2) {
      const lo = (h[i + 1] >>> 0) + (v[i + 1] >>> 0);
      h[i] = h[i] + v[i] + Math.floor(lo / TWO_32);
      h[i + 1] = lo;
    }
  }
  return hex(h);
}
