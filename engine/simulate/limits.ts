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

/** Size of a value as AWS counts it: bytes of its UTF-8 JSON text. Cheap when the limit is lifted. */
export function payloadBytes(value: unknown): number {
  const text = JSON.stringify(value);
  if (text === undefined) return 0;
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) bytes += c >= 0x800 ? (c >= 0xd800 && c <= 0xdbff ? 1 : 2) : 1;
  }
  return bytes;
}

/** Throws States.DataLimitExceeded when a state's data passes the payload quota. */
export function checkPayload(limits: Limits, what: string, value: unknown): void {
  if (limits.maxPayloadBytes === Infinity) return;
  const size = payloadBytes(value);
  if (size > limits.maxPayloadBytes) throw new StatesError(ErrorNames.DataLimitExceeded, Causes.dataLimit(what, size, limits.maxPayloadBytes));
}
