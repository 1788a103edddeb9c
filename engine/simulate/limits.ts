// AWS's quotas that an execution meets, and the guards that keep a runaway execution from hanging.
// https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html (256 KiB payloads, 25,000 history events)
import type { Limits } from './types';
import { Causes, ErrorNames, StatesError } from './errors';

export const AWS_LIMITS: Limits = {
  maxPayloadBytes: 256 * 1024,
  maxHistoryEvents: 25_000,
  hardEventCap: 1_000_000,
  jsonataMaxDepth: 1_000,
  jsonataTimeoutMs: 10_000,
};

export function resolveLimits(given: Partial<Limits> | undefined, noLimits: boolean | undefined): Limits {
  const base: Limits = { ...AWS_LIMITS, ...given };
  if (noLimits) { base.maxPayloadBytes = Infinity; base.maxHistoryEvents = Infinity; }
  return base;
}

/** Size of a value as AWS counts it: bytes of its UTF-8 JSON text. */
export function payloadBytes(value: unknown): number {
  const text = JSON.stringify(value);
  return text === undefined ? 0 : utf8Bytes(text);
}

const NON_ASCII = /[\u0080-\uffff]/;

/** Bytes of a text in UTF-8. */
export function utf8Bytes(text: string): number {
  let bytes = text.length;
  if (!NON_ASCII.test(text)) return bytes;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair (4 bytes) is two units of 2 bytes each; JSON.stringify escapes lone surrogates.
    if (c >= 0x80) bytes += c >= 0x800 ? (c >= 0xd800 && c <= 0xdfff ? 1 : 2) : 1;
  }
  return bytes;
}

/** Checks state data against the payload quota. A value flows through several stages unchanged (a Pass result is
 * its output, an output the next input), and the stepper never mutates data, so the last values measured are
 * remembered by identity: each is serialized once. */
export class PayloadMeter {
  private v0: unknown = undefined;
  private v1: unknown = undefined;
  private turn = 0;
  constructor(readonly max: number) {}

  /** Throws States.DataLimitExceeded when `value` (the data of state `what`) passes the quota. */
  check(what: string, value: unknown): void {
    if (this.max === Infinity || value === null || typeof value !== 'object' && typeof value !== 'string') return;
    if (value === this.v0 || value === this.v1) return;
    // A UTF-16 unit is at most 6 bytes of JSON (a control character's \u escape).
    if (typeof value === 'string' && value.length * 6 + 2 <= this.max) return;
    const text = JSON.stringify(value);
    // At most 3 bytes of UTF-8 per UTF-16 unit: most texts are far enough under the quota not to be counted.
    const size = text.length * 3 <= this.max ? 0 : utf8Bytes(text);
    if (size > this.max) throw new StatesError(ErrorNames.DataLimitExceeded, Causes.dataLimit(what, size, this.max));
    if (this.turn === 0) this.v0 = value; else this.v1 = value;
    this.turn ^= 1;
  }
}
