// Retry and Catch: which retrier or catcher matches an error, and the virtual back-off before the next attempt.
// https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html#error-handling-retrying-after-an-error
import { errorMatches } from './errors';

export interface Retrier {
  ErrorEquals: string[];
  IntervalSeconds?: number;
  MaxAttempts?: number;
  BackoffRate?: number;
  MaxDelaySeconds?: number;
  JitterStrategy?: 'FULL' | 'NONE';
}

export interface Catcher { ErrorEquals: string[]; Next: string; ResultPath?: string | null; Output?: unknown; Assign?: unknown }

/** Index of the first retrier whose ErrorEquals matches, or -1. Only the first match counts: when it is exhausted,
 * later retriers are not tried. */
export function matchRetrier(retriers: Retrier[] | undefined, error: string | undefined, heartbeat = false): number {
  if (!retriers) return -1;
  for (let i = 0; i < retriers.length; i++) if (errorMatches(retriers[i].ErrorEquals ?? [], error, heartbeat)) return i;
  return -1;
}

export function matchCatcher(catchers: Catcher[] | undefined, error: string | undefined, heartbeat = false): Catcher | undefined {
  if (!catchers) return undefined;
  for (const c of catchers) if (errorMatches(c.ErrorEquals ?? [], error, heartbeat)) return c;
  return undefined;
}

export function maxAttempts(r: Retrier): number { return r.MaxAttempts ?? 3; }

/** Seconds to wait before retry number `attempt` (0-based) of this retrier: IntervalSeconds × BackoffRate^attempt,
 * capped by MaxDelaySeconds, and with JitterStrategy FULL a random fraction of that. */
export function retryDelaySeconds(r: Retrier, attempt: number, random: () => number): number {
  const interval = r.IntervalSeconds ?? 1;
  const rate = r.BackoffRate ?? 2;
  let delay = interval * Math.pow(rate, attempt);
  if (r.MaxDelaySeconds !== undefined) delay = Math.min(delay, r.MaxDelaySeconds);
  if (r.JitterStrategy === 'FULL') delay = random() * delay;
  return delay;
}
