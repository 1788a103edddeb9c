import { describe, expect, it } from 'vitest';
import { PathError, setReferencePath } from '../../engine/jsonpath';

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object') {
    Object.values(v).forEach(deepFreeze);
    Object.freeze(v);
  }
  return v;
}

// target, path, value, expected
const cases: Array<[unknown, string, unknown, unknown]> = [
  // The specification's ResultPath examples ("Input and Output Processing").
  [{ master: { detail: [1, 2, 3] } }, '$.master.detail', 6, { master: { detail: 6 } }],
  [{ master: { detail: [1, 2, 3] } }, '$.master.result.sum', 6, { master: { detail: [1, 2, 3], result: { sum: 6 } } }],
  [{ a: 1 }, '$.b.greeting', 'Hi!', { a: 1, b: { greeting: 'Hi!' } }],
  [{ title: 'Numbers to add', numbers: { val1: 3, val2: 4 } }, '$.sum', 7,
    { title: 'Numbers to add', numbers: { val1: 3, val2: 4 }, sum: 7 }],
  [{ a: 1 }, '$', { b: 2 }, { b: 2 }],
  ['anything', '$', null, null],
  [{ list: [1, 2, 3] }, '$.list[1]', 'x', { list: [1, 'x', 3] }],
  [{ list: [1, 2, 3] }, '$.list[-1]', 'x', { list: [1, 2, 'x'] }],
  [{ list: [1, 2] }, '$.list[2]', 3, { list: [1, 2, 3] }],
  [{ list: [{ a: 1 }] }, '$.list[0].b', 2, { list: [{ a: 1, b: 2 }] }],
  [{ param: 'v' }, '$.paramList[0]', 'v', { param: 'v', paramList: ['v'] }],
  [{}, "$['a b'].c", 1, { 'a b': { c: 1 } }],
  [{ a: null }, '$.a', { x: 1 }, { a: { x: 1 } }],
  [{}, '$.__proto__', { polluted: true }, JSON.parse('{"__proto__":{"polluted":true}}')],
];

describe('setReferencePath', () => {
  it.each(cases)('%j with %s', (target, path, value, expected) => {
    const frozen = deepFreeze(structuredClone(target));
    const result = setReferencePath(frozen, path, value);
    expect(result).toEqual(expected);
    expect(frozen).toEqual(target); // never mutates
  });

  it('shares untouched branches and copies the path', () => {
    const target = { keep: { big: [1, 2, 3] }, change: { x: 1 } };
    const result = setReferencePath(target, '$.change.y', 2) as typeof target & { change: { y: number } };
    expect(result.keep).toBe(target.keep);
    expect(result.change).not.toBe(target.change);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  const failures: Array<[unknown, string, string, number | undefined, string]> = [
    // target, path, kind, offset, message fragment
    ['foo', '$.x', 'typeMismatch', 1, "'$' is a string (\"foo\"), not an object"],
    [{ a: 'text' }, '$.a.b', 'typeMismatch', 3, "'$.a' is a string (\"text\"), not an object"],
    [{ a: [1] }, '$.a.b', 'typeMismatch', 3, "'$.a' is an array ([1]), not an object"],
    [{ a: { b: 1 } }, '$.a[0]', 'typeMismatch', 3, "'$.a' is an object ({\"b\":1}), not an array"],
    [{ a: [1] }, '$.a[5]', 'notFound', 3, 'index 5 is outside the array'],
    [{}, '$.a[*]', 'invalid', 3, 'Reference Path'],
    [{}, '$$.Task', 'invalid', 0, 'Context Object'],
    [{}, '$v.x', 'invalid', 0, 'Variables'],
    [{}, '$.a[', 'invalid', 3, "Missing ']'"],
  ];
  it.each(failures)('%j with %s fails', (target, path, kind, offset, fragment) => {
    let error: unknown;
    try {
      setReferencePath(target, path, 1);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PathError);
    expect(error).toMatchObject({ kind, path, offset });
    expect((error as Error).message).toContain(fragment);
  });
});
