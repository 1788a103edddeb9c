import { describe, expect, it } from 'vitest';
import { PathError, PathNotFoundError, evaluatePath, parsePath } from '../../engine/jsonpath';

// The example input of the guide's paths page (amazon-states-language-paths.html).
const guide = {
  foo: 123,
  bar: ['a', 'b', 'c'],
  car: { cdr: true },
  jar: [{ a: 1 }, { a: 5 }, { a: 2 }, { a: 7 }, { a: 3 }],
};

const store = {
  store: {
    book: [
      { category: 'reference', author: 'Nigel Rees', title: 'Sayings', price: 8.95 },
      { category: 'fiction', author: 'Evelyn Waugh', title: 'Sword', price: 12.99 },
      { category: 'fiction', author: 'Herman Melville', title: 'Moby Dick', isbn: '0-553-21311-3', price: 8.99 },
      { category: 'fiction', author: 'J. R. R. Tolkien', title: 'LOTR', isbn: '0-395-19395-8', price: 22.99 },
    ],
    bicycle: { color: 'red', price: 19.95 },
  },
  limit: 10,
  'odd key': { 'x.y': 1 },
};

const cases: Array<[string, unknown, unknown]> = [
  // path, input, expected
  ['$', guide, guide],
  ['$.foo', guide, 123],
  ['$.bar', guide, ['a', 'b', 'c']],
  ['$.car.cdr', guide, true],
  ['$.jar[?(@.a >= 5)]', guide, [{ a: 5 }, { a: 7 }]], // the guide's own example
  ['$.bar[0]', guide, 'a'],
  ['$.bar[-1]', guide, 'c'],
  ['$.bar[*]', guide, ['a', 'b', 'c']],
  ['$.bar[0,2]', guide, ['a', 'c']],
  ['$.bar[1:]', guide, ['b', 'c']],
  ['$.bar[-2:]', guide, ['b', 'c']],
  ['$.bar[:1]', guide, ['a']],
  ['$.bar[5:9]', guide, []],
  ['$.a[0,1]', { a: [1, 2, 3, 4] }, [1, 2]], // the specification's example of gathering several results
  ['$.vals[-3:]', { vals: [0, 10, 20, 30, 40, 50] }, [30, 40, 50]], // the specification's Payload Template example
  ['$.car.*', guide, [true]],
  ['$.jar[*].a', guide, [1, 5, 2, 7, 3]],
  ['$.jar[*].b', guide, []], // a wildcard that matches nothing gives an empty array
  ['$.missing[*]', guide, []],
  ['$..cdr', guide, [true]],
  ['$..a', guide, [1, 5, 2, 7, 3]],
  ['$..price', store, [8.95, 12.99, 8.99, 22.99, 19.95]],
  ['$..book[2].title', store, ['Moby Dick']],
  ['$.store.book[?(@.isbn)].title', store, ['Moby Dick', 'LOTR']],
  ['$.store.book[?(!@.isbn)].title', store, ['Sayings', 'Sword']],
  ['$.store.book[?(@.price < 10)].title', store, ['Sayings', 'Moby Dick']],
  ["$.store.book[?(@.category == 'fiction' && @.price > 20)].title", store, ['LOTR']],
  ["$.store.book[?(@.category == 'reference' || @.price > 20)].title", store, ['Sayings', 'LOTR']],
  ["$.store.book[?(@.category != 'fiction')].title", store, ['Sayings']],
  ['$.store.book[?(@.price <= $.limit)].price', store, [8.95, 8.99]],
  ["$.store.book[?(@.isbn != '0-553-21311-3')].title", store, ['Sayings', 'Sword', 'LOTR']], // missing != x is true
  ["$.store.book[?(@.isbn > 'a')].title", store, []], // missing compared with < > is false
  ["$.store.book[?(@.author > 'I')].title", store, ['Sayings', 'LOTR']], // strings compare by code unit
  ['$.store.book[?(@.price == "8.95")]', store, []], // a number never equals a string
  ['$.store.book[?((@.price < 9 || @.price > 20) && @.isbn)].title', store, ['Moby Dick', 'LOTR']],
  ["$.store['bicycle'].color", store, 'red'],
  ["$['odd key']['x.y']", store, 1],
  ["$.store['bicycle','missing']", store, [{ color: 'red', price: 19.95 }]],
  ['$.Labels[?(@.Name==Receipt)].Confidence', { Labels: [{ Name: 'Receipt', Confidence: 99 }, { Name: 'Other' }] }, [99]],
  ["$.bar[?(@ == 'a')]", guide, []], // "@ … does not match scalar values. It only matches objects." (paths page)
  ['$.obj[?(@.x == 1)]', { obj: { x: 1 } }, [{ x: 1 }]], // a filter on an object tests the object itself
  ['$[?(@.x)]', [{ x: null }, { y: 1 }], [{ x: null }]], // existence counts a null value
  ['$.a[?(@.b[*])]', { a: [{ b: [] }, { b: [1] }] }, [{ b: [1] }]],
];

describe('evaluatePath', () => {
  it.each(cases)('%s', (path, input, expected) => {
    expect(evaluatePath(path, { input })).toEqual(expected);
  });

  it('reads the Context Object and variables', () => {
    const env = { input: {}, context: { Execution: { Id: 'arn:x' } }, variables: { order: { items: [5, 6] } } };
    expect(evaluatePath('$$.Execution.Id', env)).toBe('arn:x');
    expect(evaluatePath('$$', env)).toEqual(env.context);
    expect(evaluatePath('$order.items[1]', env)).toBe(6);
    expect(evaluatePath('$order', env)).toEqual({ items: [5, 6] });
    expect(evaluatePath('$order.items[*]', env)).toEqual([5, 6]);
  });

  it('accepts a parsed path', () => {
    const { path } = parsePath('$.bar[1]');
    expect(evaluatePath(path!, { input: guide })).toBe('b');
  });

  it('returns the nodes of the input, not copies', () => {
    expect(evaluatePath('$.car', { input: guide })).toBe(guide.car);
  });
});

describe('evaluatePath failures', () => {
  const notFound: Array<[string, unknown, number]> = [
    // path, input, offset of the failing segment
    ['$.missing', guide, 1],
    ['$.foo.x', guide, 5],
    ['$.bar[3]', guide, 5],
    ['$.bar[-4]', guide, 5],
    ['$.car.cdr.deeper', guide, 9],
    ['$.a', 'just a string', 1],
    ['$.constructor', {}, 1], // never reads through the prototype
  ];
  it.each(notFound)('%s is not found', (path, input, offset) => {
    let error: unknown;
    try {
      evaluatePath(path, { input });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PathNotFoundError);
    expect(error).toMatchObject({ kind: 'notFound', path, offset });
    expect((error as Error).message).toBe(`The JSONPath '${path}' could not be found in the input '${JSON.stringify(input)}'`);
  });

  it('names the Context Object and unknown variables', () => {
    expect(() => evaluatePath('$$.Task.Token', { input: {}, context: {} })).toThrow(
      "The JSONPath '$$.Task.Token' could not be found in the Context Object '{}'");
    expect(() => evaluatePath('$nope.x', { input: {}, variables: {} })).toThrow("the variable '$nope' has no value");
  });

  it('refuses invalid paths with kind "invalid"', () => {
    expect(() => evaluatePath('$.a[', { input: {} })).toThrow(PathError);
    expect(() => evaluatePath('$.a[', { input: {} })).toThrow("Invalid JSONPath '$.a[': Missing ']' to close this '['");
  });

  it('fails JSONPath functions as not found, as AWS does at run time', () => {
    // re:Post: "The JSONPath '$.Jobs.sum()' specified for the field 'Jobs.$' could not be found in the input …"
    let error: unknown;
    try {
      evaluatePath('$.Jobs.sum()', { input: { Jobs: [1, 2] } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PathNotFoundError);
    expect(error).toMatchObject({ kind: 'notFound', path: '$.Jobs.sum()', offset: 6 });
    expect((error as Error).message).toContain("The JSONPath '$.Jobs.sum()' could not be found");
  });
});
