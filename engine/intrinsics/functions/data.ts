// JSON, encoding and hashing: States.StringToJson, JsonToString, JsonMerge, Base64Encode, Base64Decode, Hash.

import { define } from '../../jsonpath';
import { base64DecodeLenient, base64Encode } from '../codec/base64';
import { hashHex, type HashAlgorithm } from '../codec/hash';
import { utf8Decode, utf8Encode } from '../codec/utf8';
import { HASH_ALGORITHMS, LIMITS } from '../specs';
import { checkLength, fail, objectArg, stringArg, type IntrinsicImpl } from './args';

export const dataFunctions: Record<string, IntrinsicImpl> = {
  // AWS returns null for an empty or blank string rather than failing (LocalStack's AWS-recorded snapshot of
  // test_string_to_json: "" and " " give null; "-0" gives 0).
  'States.StringToJson': (args) => {
    const name = 'States.StringToJson';
    const text = stringArg(name, args, 0);
    if (text.trim() === '') return null;
    try {
      return JSON.parse(text, (_key, value) => (Object.is(value, -0) ? 0 : value));
    } catch (e) {
      return fail(name, `the string is not valid JSON (${(e as Error).message})`);
    }
  },

  // Compact JSON text, as AWS returns it ({"Arg1":1,"Arg2":[]} in LocalStack's AWS-recorded snapshot).
  'States.JsonToString': (args) => JSON.stringify(args[0] === undefined ? null : args[0]),

  // Shallow merge only; the guide: "you must specify the boolean value as false". A conformance suite observed AWS
  // accepting a non-boolean third argument as shallow, so only true is refused.
  'States.JsonMerge': (args) => {
    const name = 'States.JsonMerge';
    const first = objectArg(name, args, 0);
    const second = objectArg(name, args, 1);
    if (args[2] === true) fail(name, 'deep merging is not supported; the third argument must be false');
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(first)) define(out, k, first[k]);
    for (const k of Object.keys(second)) define(out, k, second[k]);
    return out;
  },

  'States.Base64Encode': (args) => {
    const name = 'States.Base64Encode';
    const text = stringArg(name, args, 0);
    checkLength(name, text, LIMITS.stringChars, 'the input');
    return base64Encode(utf8Encode(text));
  },

  'States.Base64Decode': (args) => {
    const name = 'States.Base64Decode';
    const text = stringArg(name, args, 0);
    checkLength(name, text, LIMITS.stringChars, 'the input');
    return utf8Decode(base64DecodeLenient(text));
  },

  // A conformance suite observed AWS hashing numbers and objects by their JSON text rather than refusing them.
  'States.Hash': (args) => {
    const name = 'States.Hash';
    const data = args[0];
    if (data === null || data === undefined) fail(name, 'the data (first argument) must not be null');
    const text = typeof data === 'string' ? data : JSON.stringify(data);
    checkLength(name, text, LIMITS.stringChars, 'the data');
    const algorithm = stringArg(name, args, 1);
    if (!(HASH_ALGORITHMS as readonly string[]).includes(algorithm)) {
      fail(name, `unknown algorithm '${algorithm}'; use one of ${HASH_ALGORITHMS.join(', ')}`);
    }
    return hashHex(algorithm as HashAlgorithm, utf8Encode(text));
  },
};
