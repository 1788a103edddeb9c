// States.Array, ArrayPartition, ArrayContains, ArrayRange, ArrayGetItem, ArrayLength, ArrayUnique.
// https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html#asl-intrsc-func-arrays

import { isObject, jsonEqual } from '../../jsonpath';
import { LIMITS } from '../specs';
import { arrayArg, fail, truncatedInt, type IntrinsicImpl } from './args';

export const arrayFunctions: Record<string, IntrinsicImpl> = {
  'States.Array': (args) => args,

  'States.ArrayPartition': (args) => {
    const name = 'States.ArrayPartition';
    const array = arrayArg(name, args, 0);
    const size = truncatedInt(name, args, 1);
    if (size < 1) fail(name, `the chunk size must be a positive integer, not ${args[1]}`);
    const out: unknown[][] = [];
    for (let i = 0; i < array.length; i += size) out.push(array.slice(i, i + size));
    return out;
  },

  // Equality is structural JSON equality. AWS was observed to differ on corner cases (it matched true against
  // "true", and did not match objects whose keys are in another order); we keep type-exact structural equality.
  'States.ArrayContains': (args) => arrayArg('States.ArrayContains', args, 0).some((item) => jsonEqual(item, args[1])),

  'States.ArrayRange': (args) => {
    const name = 'States.ArrayRange';
    const first = truncatedInt(name, args, 0);
    const last = truncatedInt(name, args, 1);
    const step = truncatedInt(name, args, 2);
    if (step === 0) fail(name, 'the step (third argument) must not be 0');
    const count = (last - first) / step < 0 ? 0 : Math.floor((last - first) / step) + 1;
    if (count > LIMITS.arrayRangeItems) {
      fail(name, `the range would have ${count} items; the limit is ${LIMITS.arrayRangeItems}`);
    }
    return Array.from({ length: count }, (_, i) => first + i * step);
  },

  'States.ArrayGetItem': (args) => {
    const name = 'States.ArrayGetItem';
    const array = arrayArg(name, args, 0);
    const index = truncatedInt(name, args, 1);
    // AWS was observed returning null (not failing) for any index into an empty array; out-of-range indices into
    // a non-empty array fail.
    if (array.length === 0) return null;
    if (index < 0 || index >= array.length) fail(name, `the index ${index} is outside the array (length ${array.length})`);
    return array[index];
  },

  'States.ArrayLength': (args) => arrayArg('States.ArrayLength', args, 0).length,

  'States.ArrayUnique': (args) => {
    const seen = new Set<string>();
    const out: unknown[] = [];
    for (const item of arrayArg('States.ArrayUnique', args, 0)) {
      const key = canonical(item);
      if (!seen.has(key)) {
        seen.add(key);
        out.push(item);
      }
    }
    return out;
  },
};

/** A text that is equal for structurally equal JSON values (object keys sorted). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
