// Argument checks shared by the function implementations. Every failure is "Invalid arguments in States.X: …",
// the cause AWS gives, with error name States.Runtime (see ../errors.ts).

import { typeName, type JsonObject } from '../../jsonpath';
import type { IntrinsicCall } from '../ast';
import { invalidArguments } from '../errors';

export interface IntrinsicEnv {
  input: unknown;
  context?: unknown;
  variables?: Record<string, unknown>;
  /** Source of States.UUID() values; a random v4 UUID when absent. */
  uuid?: () => string;
  /** Source of doubles in [0, 1) for unseeded States.MathRandom and UUIDs; Math.random when absent. */
  random?: () => number;
}

export interface CallContext {
  call: IntrinsicCall;
  env: IntrinsicEnv;
}

export type IntrinsicImpl = (args: unknown[], ctx: CallContext) => unknown;

const ORDINAL = ['first', 'second', 'third', 'fourth'];

function which(i: number): string {
  return `the ${ORDINAL[i] ?? `#${i + 1}`} argument`;
}

export function fail(name: string, detail: string): never {
  throw invalidArguments(name, detail);
}

export function arrayArg(name: string, args: unknown[], i: number): unknown[] {
  const v = args[i];
  if (!Array.isArray(v)) fail(name, `${which(i)} must be an array, not ${typeName(v)}`);
  return v;
}

export function stringArg(name: string, args: unknown[], i: number): string {
  const v = args[i];
  if (typeof v !== 'string') fail(name, `${which(i)} must be a string, not ${typeName(v)}`);
  return v;
}

export function numberArg(name: string, args: unknown[], i: number): number {
  const v = args[i];
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(name, `${which(i)} must be a number, not ${typeName(v)}`);
  return v;
}

export function objectArg(name: string, args: unknown[], i: number): JsonObject {
  const v = args[i];
  if (v === null || typeof v !== 'object' || Array.isArray(v)) fail(name, `${which(i)} must be an object, not ${typeName(v)}`);
  return v as JsonObject;
}

/**
 * A number as an integer the way AWS treats it for ArrayRange, ArrayPartition, ArrayGetItem and MathRandom:
 * truncated toward zero. A conformance suite's AWS runs show ArrayPartition(…, 2.6) chunking by 2,
 * ArrayRange(1.6, 1.4, 1) giving [1], ArrayGetItem(…, 1.2) reading index 1 and MathRandom(1.6, 5.4) returning 1.
 */
export function truncatedInt(name: string, args: unknown[], i: number): number {
  return Math.trunc(numberArg(name, args, i)) + 0;
}

export function checkLength(name: string, text: string, max: number, what: string): void {
  if (text.length > max) fail(name, `${what} has ${text.length} characters; the limit is ${max.toLocaleString('en-US')}`);
}
