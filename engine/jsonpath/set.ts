// ResultPath semantics: place a value inside a copy of the raw input. From the specification ("Input and Output
// Processing"): the field at the ResultPath location is overwritten, otherwise "a new field is created in the state
// output, with intervening fields constructed as necessary"; "$" replaces the whole input; and when a segment meets
// something that is not an object (the input "foo" with ResultPath "$.x") the ResultPath cannot be applied and the
// execution fails. Never mutates: the nodes on the path are copied, the rest is shared with the input.
//
// Indices: an existing element is replaced; index == length appends, and a missing container under an index segment
// is created as an array. That last part is what "AWS Step Function Tricks" (morioh.com) shows with
// "ResultPath": "$.paramList[0]" lifting a value into a new array; the guide itself does not say.

import { PathError, jsonForMessage } from './errors';
import { parsePathOrThrow } from './evaluate';
import { getOwn, isObject, typeName, withKey } from './json';
import type { ParsedPath, PathSegment } from './types';

export function setReferencePath(target: unknown, path: ParsedPath | string, value: unknown): unknown {
  const parsed = typeof path === 'string'
    ? parsePathOrThrow(path, { reference: true, allowContext: false, allowVariables: false })
    : path;
  if (parsed.root !== 'input') {
    throw new PathError('invalid', parsed.text, `A ResultPath must start with '$', not '${parsed.root === 'context' ? '$$' : '$' + parsed.variable}'`, 0);
  }
  for (const seg of parsed.segments) {
    if (seg.descendant || (seg.kind !== 'name' && seg.kind !== 'index')) {
      throw new PathError('invalid', parsed.text, `'${parsed.text}' is not a Reference Path: it can only use field names and array indices`, seg.offset);
    }
  }
  return setIn(target, parsed, 0, value);
}

function setIn(node: unknown, path: ParsedPath, i: number, value: unknown): unknown {
  if (i === path.segments.length) return value;
  const seg = path.segments[i] as Extract<PathSegment, { kind: 'name' | 'index' }>;
  if (seg.kind === 'name') {
    const obj = node === undefined ? {} : node;
    if (!isObject(obj)) throw mismatch(path, i, node, 'an object');
    return withKey(obj, seg.name, setIn(getOwn(obj, seg.name), path, i + 1, value));
  }
  const arr = node === undefined ? [] : node;
  if (!Array.isArray(arr)) throw mismatch(path, i, node, 'an array');
  const at = seg.index < 0 ? arr.length + seg.index : seg.index;
  if (at < 0 || at > arr.length) {
    throw new PathError('notFound', path.text,
      `Unable to apply ResultPath '${path.text}': index ${seg.index} is outside the array at '${prefix(path, i)}' (length ${arr.length})`,
      seg.offset);
  }
  const copy = arr.slice();
  copy[at] = setIn(arr[at], path, i + 1, value);
  return copy;
}

function mismatch(path: ParsedPath, i: number, node: unknown, expected: string): PathError {
  return new PathError('typeMismatch', path.text,
    `Unable to apply ResultPath '${path.text}': '${prefix(path, i)}' is ${typeName(node)} (${jsonForMessage(node)}), not ${expected}`,
    path.segments[i].offset);
}

/** The path text up to (not including) segment i. */
function prefix(path: ParsedPath, i: number): string {
  const seg = path.segments[i];
  return seg ? path.text.slice(0, seg.offset) : path.text;
}
