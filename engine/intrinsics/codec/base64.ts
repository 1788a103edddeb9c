// Base64 (RFC 4648 alphabet, '=' padding) in plain TypeScript.
//
// Encoding emits no line breaks. Decoding is lenient the way AWS's States.Base64Decode is: a public conformance
// suite recorded AWS decoding '!!!invalid!!!', 'abc', 'ab==cd' and ' YWJjZA== ' without error, i.e. characters
// outside the alphabet are skipped, decoding stops at the first '=', and a trailing group of 2 or 3 characters still
// yields its 1 or 2 bytes.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Map([...ALPHABET].map((ch, i) => [ch, i]));

export function base64Encode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63] : '=';
  }
  return out;
}

export function base64DecodeLenient(text: string): Uint8Array {
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of text) {
    if (ch === '=') break;
    const v = VALUES.get(ch);
    if (v === undefined) continue;
    buffer = ((buffer << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}
