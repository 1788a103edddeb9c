// The JSONata 2.0 built-in functions, plus the functions AWS Step Functions adds ($partition, $range, $hash,
// $random with a seed, $uuid, $parse). AWS does not allow $eval. Docs are short summaries in our own words.
import { guide } from './guide';

export interface JsonataParam { readonly name: string; readonly optional?: boolean }

export interface JsonataFunctionSpec {
  /** With the `$`: `$substring`. */
  readonly name: string;
  readonly params: readonly JsonataParam[];
  readonly returns: string;
  readonly category: 'string' | 'numeric' | 'aggregation' | 'boolean' | 'array' | 'object' | 'date' | 'higher-order' | 'aws';
  readonly doc: string;
  readonly url: string;
  /** Added by AWS Step Functions (not part of JSONata). */
  readonly aws?: boolean;
  /** Rejected by AWS Step Functions. */
  readonly disallowed?: string;
}

const JSONATA_DOCS = 'https://docs.jsonata.org/';
const AWS_URL = guide('transforming-data.html#jsonata-functions-provided-by-sfn');

type Row = [name: string, params: string, returns: string, doc: string];

function parse(params: string): JsonataParam[] {
  return params ? params.split(',').map((p) => p.trim()).map((p) => (p.endsWith('?') ? { name: p.slice(0, -1), optional: true } : { name: p })) : [];
}

function rows(category: JsonataFunctionSpec['category'], page: string, list: Row[]): JsonataFunctionSpec[] {
  return list.map(([name, params, returns, doc]) => ({ name, params: parse(params), returns, category, doc, url: `${JSONATA_DOCS}${page}#${name.slice(1).toLowerCase()}` }));
}

const BUILT_IN: JsonataFunctionSpec[] = [
  ...rows('string', 'string-functions', [
    ['$string', 'arg?, prettify?', 'string', 'Converts a value to a string: strings stay as they are, other values are serialised as JSON (indented when `prettify` is true).'],
    ['$length', 'str', 'number', 'The number of characters in a string.'],
    ['$substring', 'str, start, length?', 'string', 'The part of `str` from position `start` (zero-based; negative counts from the end), of at most `length` characters.'],
    ['$substringBefore', 'str, chars', 'string', 'The part of `str` before the first occurrence of `chars` (all of `str` when absent).'],
    ['$substringAfter', 'str, chars', 'string', 'The part of `str` after the first occurrence of `chars` (all of `str` when absent).'],
    ['$uppercase', 'str', 'string', 'The string in upper case.'],
    ['$lowercase', 'str', 'string', 'The string in lower case.'],
    ['$trim', 'str', 'string', 'Collapses runs of whitespace to single spaces and removes leading and trailing whitespace.'],
    ['$pad', 'str, width, char?', 'string', 'Pads `str` with `char` (a space by default) to `width` characters: on the right for a positive width, on the left for a negative one.'],
    ['$contains', 'str, pattern', 'boolean', 'Whether `str` contains `pattern` (a string or a regular expression).'],
    ['$split', 'str, separator, limit?', 'array', 'Splits `str` at each `separator` (a string or a regular expression) into an array of at most `limit` parts.'],
    ['$join', 'array, separator?', 'string', 'Joins an array of strings into one, with an optional separator.'],
    ['$match', 'str, pattern, limit?', 'array', 'Matches a regular expression against `str`; returns objects with `match`, `index` and `groups`.'],
    ['$replace', 'str, pattern, replacement, limit?', 'string', 'Replaces occurrences of `pattern` (string or regular expression) in `str` by `replacement` (a string with `$1`… groups, or a function).'],
    ['$eval', 'expr, context?', 'any', 'Parses and evaluates a JSONata expression given as a string.'],
    ['$base64encode', 'str', 'string', 'Encodes a string as Base64 (of its UTF-8 bytes).'],
    ['$base64decode', 'str', 'string', 'Decodes a Base64 string (UTF-8).'],
    ['$encodeUrlComponent', 'str', 'string', 'Percent-encodes a string for use as one URL component (like JavaScript\'s encodeURIComponent).'],
    ['$encodeUrl', 'str', 'string', 'Percent-encodes a whole URL (like JavaScript\'s encodeURI).'],
    ['$decodeUrlComponent', 'str', 'string', 'Decodes a percent-encoded URL component.'],
    ['$decodeUrl', 'str', 'string', 'Decodes a percent-encoded URL.'],
  ]),
  ...rows('numeric', 'numeric-functions', [
    ['$number', 'arg', 'number', 'Converts a string (decimal, or hex/octal/binary with 0x/0o/0b) or boolean to a number.'],
    ['$abs', 'number', 'number', 'The absolute value.'],
    ['$floor', 'number', 'number', 'Rounds down to the nearest integer.'],
    ['$ceil', 'number', 'number', 'Rounds up to the nearest integer.'],
    ['$round', 'number, precision?', 'number', 'Rounds to `precision` decimal places (0 by default), halves to even.'],
    ['$power', 'base, exponent', 'number', '`base` raised to `exponent`.'],
    ['$sqrt', 'number', 'number', 'The square root.'],
    ['$random', '', 'number', 'A pseudo-random number between 0 (inclusive) and 1 (exclusive).'],
    ['$formatNumber', 'number, picture, options?', 'string', 'Formats a number with a decimal picture string such as `#,##0.00`.'],
    ['$formatBase', 'number, radix?', 'string', 'Writes an integer in another base (2 to 36).'],
    ['$formatInteger', 'number, picture', 'string', 'Formats an integer with a picture string (e.g. `w` for words, `I` for Roman numerals).'],
    ['$parseInteger', 'string, picture', 'number', 'Parses an integer written in the format of a picture string.'],
  ]),
  ...rows('aggregation', 'aggregation-functions', [
    ['$sum', 'array', 'number', 'The sum of an array of numbers.'],
    ['$max', 'array', 'number', 'The largest number of an array.'],
    ['$min', 'array', 'number', 'The smallest number of an array.'],
    ['$average', 'array', 'number', 'The mean of an array of numbers.'],
  ]),
  ...rows('boolean', 'boolean-functions', [
    ['$boolean', 'arg', 'boolean', 'Converts a value to a boolean (empty strings, 0, null, empty arrays and objects are false).'],
    ['$not', 'arg', 'boolean', 'The boolean negation of a value.'],
    ['$exists', 'arg', 'boolean', 'Whether the expression evaluates to a value (true even for null; false when nothing matches).'],
  ]),
  ...rows('array', 'array-functions', [
    ['$count', 'array', 'number', 'The number of items in an array (1 for a single value, 0 for nothing).'],
    ['$append', 'array1, array2', 'array', 'The two arrays (or values) concatenated.'],
    ['$sort', 'array, function?', 'array', 'The array sorted, in natural order or by a comparator `function($l, $r)` that returns true when `$l` goes after `$r`.'],
    ['$reverse', 'array', 'array', 'The array in reverse order.'],
    ['$shuffle', 'array', 'array', 'The array in random order.'],
    ['$distinct', 'array', 'array', 'The array without duplicate values.'],
    ['$zip', 'array1, array2', 'array', 'Pairs up items at the same positions: `$zip([1,2],[3,4])` is `[[1,3],[2,4]]`.'],
  ]),
  ...rows('object', 'object-functions', [
    ['$keys', 'object', 'array', 'The keys of an object (or the union of the keys of an array of objects).'],
    ['$lookup', 'object, key', 'any', 'The value of `key` in an object (or in each object of an array).'],
    ['$spread', 'object', 'array', 'Splits an object into an array of one-key objects.'],
    ['$merge', 'array', 'object', 'Merges an array of objects into one; later keys win.'],
    ['$sift', 'object, function', 'object', 'The entries of an object for which `function($v, $k)` returns true.'],
    ['$each', 'object, function', 'array', 'Calls `function($v, $k)` for each entry of an object and returns the results.'],
    ['$error', 'message', 'never', 'Throws an error with this message (in Step Functions, the state fails with `States.QueryEvaluationError`).'],
    ['$assert', 'condition, message', 'undefined', 'Throws an error with `message` when `condition` is false.'],
    ['$type', 'value', 'string', 'The type of a value: `null`, `number`, `string`, `boolean`, `array`, `object` or `function`.'],
  ]),
  ...rows('date', 'date-time-functions', [
    ['$now', 'picture?, timezone?', 'string', 'The current time as an ISO 8601 string (the same value throughout one evaluation), optionally formatted by a picture string.'],
    ['$millis', '', 'number', 'The current time in milliseconds since the Unix epoch.'],
    ['$fromMillis', 'number, picture?, timezone?', 'string', 'Converts milliseconds since the epoch to an ISO 8601 (or formatted) timestamp string.'],
    ['$toMillis', 'timestamp, picture?', 'number', 'Parses a timestamp string (ISO 8601, or in the format of a picture string) to milliseconds since the epoch.'],
  ]),
  ...rows('higher-order', 'higher-order-functions', [
    ['$map', 'array, function', 'array', 'Calls `function($v, $i, $a)` on each item and returns the results.'],
    ['$filter', 'array, function', 'array', 'The items for which `function($v, $i, $a)` returns true.'],
    ['$single', 'array, function?', 'any', 'The one item that satisfies `function`; an error when none or several do.'],
    ['$reduce', 'array, function, init?', 'any', 'Folds the array into one value with `function($acc, $v)`, starting from `init` or the first item.'],
  ]),
];

const AWS_FUNCTIONS: JsonataFunctionSpec[] = [
  { name: '$partition', params: parse('array, size'), returns: 'array', category: 'aws', aws: true, url: AWS_URL,
    doc: 'Step Functions: splits an array into chunks of `size` items (the last may be shorter). `$partition([1,2,3,4,5], 2)` is `[[1,2],[3,4],[5]]`.' },
  { name: '$range', params: parse('start, end, step'), returns: 'array', category: 'aws', aws: true, url: AWS_URL,
    doc: 'Step Functions: the numbers from `start` to `end` (both included) in increments of `step`. `$range(0, 10, 5)` is `[0, 5, 10]`.' },
  { name: '$hash', params: parse('data, algorithm'), returns: 'string', category: 'aws', aws: true, url: AWS_URL,
    doc: 'Step Functions: the hash of a string as hexadecimal, with `algorithm` one of `MD5`, `SHA-1`, `SHA-256`, `SHA-384`, `SHA-512`.' },
  { name: '$random', params: parse('seed?'), returns: 'number', category: 'aws', aws: true, url: AWS_URL,
    doc: 'Step Functions: a random number from 0 (inclusive) to 1 (exclusive). With an integer `seed`, the same seed always gives the same number.' },
  { name: '$uuid', params: [], returns: 'string', category: 'aws', aws: true, url: AWS_URL,
    doc: 'Step Functions: a new version 4 UUID.' },
  { name: '$parse', params: parse('jsonString'), returns: 'any', category: 'aws', aws: true, url: AWS_URL,
    doc: 'Step Functions: parses a string of JSON into a value (the counterpart of `$string`).' },
];

/** Every function a JSONata expression in Step Functions can call (AWS's `$random` replaces JSONata's). */
export const JSONATA_FUNCTIONS: readonly JsonataFunctionSpec[] = [
  ...BUILT_IN.filter((f) => !AWS_FUNCTIONS.some((a) => a.name === f.name)).map((f) =>
    f.name === '$eval' ? { ...f, disallowed: 'Step Functions does not allow `$eval` in JSONata expressions.' } : f),
  ...AWS_FUNCTIONS,
];

const BY_NAME = new Map(JSONATA_FUNCTIONS.map((f) => [f.name, f]));

export function jsonataFunction(name: string): JsonataFunctionSpec | undefined {
  return BY_NAME.get(name.startsWith('$') ? name : `$${name}`);
}

/** `$substring(str, start[, length])`. */
export function jsonataSignature(f: JsonataFunctionSpec): string {
  let s = '';
  f.params.forEach((p, i) => { s += p.optional ? `[${i ? ', ' : ''}${p.name}]` : `${i ? ', ' : ''}${p.name}`; });
  return `${f.name}(${s}) → ${f.returns}`;
}

/** Reserved variable names in Step Functions JSONata (cannot be assigned). */
export const RESERVED_JSONATA_VARIABLES: readonly string[] = ['states'];
