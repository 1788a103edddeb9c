// Runs data-driven intrinsic cases: an expression, the state input, and either the exact result or the error.
import { expect, it } from 'vitest';
import { IntrinsicError, evaluateIntrinsic, type IntrinsicEnv } from '../../engine/intrinsics';

/** [expression, input, expected result] */
export type Ok = [string, unknown, unknown];
/** [expression, input, fragment of the error message] */
export type Fails = [string, unknown, string];

export function okCases(cases: Ok[], env: Partial<IntrinsicEnv> = {}): void {
  it.each(cases)('%s', (expression, input, expected) => {
    const result = evaluateIntrinsic(expression, { input, ...env });
    expect(result).toStrictEqual(expected);
  });
}

export function failingCases(cases: Fails[], env: Partial<IntrinsicEnv> = {}): void {
  it.each(cases)('%s fails', (expression, input, fragment) => {
    let error: unknown;
    try {
      evaluateIntrinsic(expression, { input, ...env });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IntrinsicError);
    expect((error as IntrinsicError).errorName).toBe('States.Runtime');
    expect((error as Error).message).toContain(fragment);
  });
}
