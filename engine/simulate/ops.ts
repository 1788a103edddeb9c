// The stepper's protocol. Every execution (and every Parallel branch or Map iteration inside it) is a synchronous
// generator that yields operations to whoever drives it:
//   event   — a history event was recorded (in `history`, which a distributed Map's child execution has of its own):
//             the driver may pause here;
//   await   — a promise must settle first (JSONata evaluation, an asynchronous task handler); the driver resumes the
//             generator with its value or throws its error into it;
//   sleep   — nothing can happen before this virtual time (Wait, retry back-off); no real time passes;
//   blocked — waiting for a task token's callback; the driver stops until sendTaskSuccess/Failure, or (when asked
//             to run to completion) moves the virtual clock to `until`, the task's timeout or heartbeat deadline.
// Synchronous generators keep an execution without JSONata free of promise overhead and make it pausable at any event.
import type { History } from './history';

export type Op =
  | { kind: 'event'; history: History; id: number }
  | { kind: 'await'; promise: Promise<unknown> }
  | { kind: 'sleep'; until: number }
  | { kind: 'blocked'; token: string; until: number };

export type Gen<T> = Generator<Op, T, unknown>;

export function* awaitPromise<T>(promise: Promise<T>): Gen<T> {
  return (yield { kind: 'await', promise }) as T;
}

/** Await a value only when it is a promise. */
export function* maybeAwait<T>(value: T | Promise<T>): Gen<T> {
  if (value && typeof (value as { then?: unknown }).then === 'function') return (yield { kind: 'await', promise: value as Promise<T> }) as T;
  return value as T;
}
