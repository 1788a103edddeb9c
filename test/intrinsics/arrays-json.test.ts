// Sources: the guide's examples (intrinsic-functions.html); "AWS-recorded" values come from LocalStack's snapshots of
// executions run on AWS (tests/aws/services/stepfunctions/v2/intrinsic_functions/*.snapshot.json); "AWS-observed"
// ones from a public conformance suite that ran each case on AWS.
import { describe, expect, it } from 'vitest';
import { evaluateIntrinsic } from '../../engine/intrinsics';
import { failingCases, okCases } from './cases';

const nine = { inputArray: [1, 2, 3, 4, 5, 6, 7, 8, 9] };

describe('States.Array', () => {
  okCases([
    ["States.Array('Foo', 2020, $.someJson, null)", { someJson: { random: 'abcdefg' } }, ['Foo', 2020, { random: 'abcdefg' }, null]],
    ['States.Array($.Id)', { Id: 123456 }, [123456]],
    ['States.Array()', {}, []],
    ['States.Array(true, false, -1.5, States.Array(1))', {}, [true, false, -1.5, [1]]],
  ]);
});

describe('States.ArrayPartition', () => {
  okCases([
    ['States.ArrayPartition($.inputArray, 4)', nine, [[1, 2, 3, 4], [5, 6, 7, 8], [9]]],
    ['States.ArrayPartition($.a, 3)', { a: [] }, []],
    ['States.ArrayPartition($.a, 10)', { a: [1, 2, 3] }, [[1, 2, 3]]],
    ['States.ArrayPartition($.a, 2)', { a: [[1], [2], [3]] }, [[[1], [2]], [[3]]]],
    ['States.ArrayPartition($.a, 2.6)', { a: [1, 2, 3, 4, 5] }, [[1, 2], [3, 4], [5]]], // AWS-observed: truncated
  ]);
  failingCases([
    ['States.ArrayPartition($.a, 0)', { a: [1] }, 'Invalid arguments in States.ArrayPartition: the chunk size must be a positive integer'],
    ['States.ArrayPartition($.a, -1)', { a: [1] }, 'positive integer'],
    ['States.ArrayPartition($.a, 0.6)', { a: [1] }, 'positive integer'], // AWS-observed
    ["States.ArrayPartition('not-array', 2)", {}, 'the first argument must be an array, not a string'],
    ["States.ArrayPartition($.a, '2')", { a: [1] }, 'the second argument must be a number, not a string'],
    ['States.ArrayPartition($.a, null)', { a: [1] }, 'must be a number, not null'],
    ['States.ArrayPartition($.missing, 2)', {}, "could not be found in the input '{}'"],
  ]);
});

describe('States.ArrayContains', () => {
  okCases([
    ['States.ArrayContains($.inputArray, $.lookingFor)', { ...nine, lookingFor: 5 }, true],
    ['States.ArrayContains($.a, $.v)', { a: [], v: null }, false],
    ['States.ArrayContains($.a, $.v)', { a: [[1, 2, 3], 2], v: [1, 2, 3] }, true],
    ['States.ArrayContains($.a, $.v)', { a: [{ a: 1 }], v: { a: 1, extra: null } }, false],
    ['States.ArrayContains($.a, null)', { a: [1, null] }, true],
    ['States.ArrayContains($.a, false)', { a: [0, 1] }, false],
    ['States.ArrayContains($.a, 1)', { a: ['1'] }, false],
    ['States.ArrayContains($.a, $.v)', { a: [{ a: 1, b: 2 }], v: { b: 2, a: 1 } }, true],
  ]);
  failingCases([["States.ArrayContains('x', 'x')", {}, 'must be an array']]);
});

describe('States.ArrayRange', () => {
  okCases([
    ['States.ArrayRange(1, 9, 2)', {}, [1, 3, 5, 7, 9]],
    ['States.ArrayRange(0, 10, 3)', {}, [0, 3, 6, 9]], // AWS-recorded
    ['States.ArrayRange(1, 9, 9)', {}, [1]], // AWS-recorded
    ['States.ArrayRange(-2, 2, 2)', {}, [-2, 0, 2]],
    ['States.ArrayRange(5, 1, -2)', {}, [5, 3, 1]],
    ['States.ArrayRange(3, 3, -1)', {}, [3]],
    ['States.ArrayRange(5, 1, 1)', {}, []],
    ['States.ArrayRange(1, 5, -1)', {}, []],
    ['States.ArrayRange(1.6, 1.4, 1)', {}, [1]], // AWS-observed: arguments truncated, not rounded
    ['States.ArrayRange(5.4, -0.6, -2.4)', {}, [5, 3, 1]], // AWS-observed
    ['States.ArrayRange($.s, $.e, $.st)', { s: 2, e: 6, st: 2 }, [2, 4, 6]],
  ]);
  failingCases([
    ['States.ArrayRange(1, 10, 0)', {}, 'Invalid arguments in States.ArrayRange: the step (third argument) must not be 0'],
    ['States.ArrayRange(1, 10, 0.49)', {}, 'must not be 0'],
    ['States.ArrayRange(1, 1001, 1)', {}, 'the range would have 1001 items; the limit is 1000'],
    ['States.ArrayRange(1001, 1, -1)', {}, 'limit is 1000'],
    ["States.ArrayRange('a', 5, 1)", {}, 'the first argument must be a number, not a string'],
  ]);
  it.each([[1, 1000, 1], [1000, 1, -1]])('ArrayRange(%i, %i, %i) gives exactly 1000 items', (a, b, c) => {
    const r = evaluateIntrinsic(`States.ArrayRange(${a}, ${b}, ${c})`, { input: {} }) as number[];
    expect([r.length, r[0], r[999]]).toEqual([1000, a, b]);
  });
});

describe('States.ArrayGetItem', () => {
  okCases([
    ['States.ArrayGetItem($.inputArray, $.index)', { ...nine, index: 5 }, 6],
    ['States.ArrayGetItem($.a, 0)', { a: [null] }, null],
    ['States.ArrayGetItem($.a, 1.2)', { a: [10, 20, 30] }, 20], // AWS-observed: truncated
    ['States.ArrayGetItem($.a, 999)', { a: [] }, null], // AWS-observed: an empty array gives null
    ["States.ArrayGetItem(States.Array('x', 'y', 'z'), 1)", {}, 'y'],
  ]);
  failingCases([
    ['States.ArrayGetItem($.a, 3)', { a: [10, 20, 30] }, 'the index 3 is outside the array (length 3)'],
    ['States.ArrayGetItem($.a, -1)', { a: [10, 20, 30] }, 'outside the array'],
    ["States.ArrayGetItem($.a, '1')", { a: [10] }, 'must be a number'],
    ["States.ArrayGetItem('not-array', 0)", {}, 'must be an array'],
  ]);
});

describe('States.ArrayLength and States.ArrayUnique', () => {
  okCases([
    ['States.ArrayLength($.inputArray)', nine, 9],
    ['States.ArrayLength($.a)', { a: [] }, 0],
    ['States.ArrayUnique($.inputArray)', { inputArray: [1, 2, 3, 3, 3, 3, 3, 3, 4] }, [1, 2, 3, 4]],
    ['States.ArrayUnique($.a)', { a: ['a', 'b', 'a', 'c', 'b'] }, ['a', 'b', 'c']],
    ['States.ArrayUnique($.a)', { a: [1, '1', 1.0, '01'] }, [1, '1', '01']], // AWS-observed
    ['States.ArrayUnique($.a)', { a: [{ a: 1, b: 2 }, { b: 2, a: 1 }] }, [{ a: 1, b: 2 }]], // AWS-observed
    ['States.ArrayUnique($.a)', { a: [null, null, 1, null] }, [null, 1]],
    ['States.ArrayUnique($.a)', { a: [[1, 2], [1, 2], [2, 1]] }, [[1, 2], [2, 1]]],
  ]);
  failingCases([
    ["States.ArrayLength('x')", {}, 'Invalid arguments in States.ArrayLength: the first argument must be an array'],
    ['States.ArrayUnique($.o)', { o: { a: 1 } }, 'must be an array, not an object'],
  ]);
});

describe('States.StringToJson and States.JsonToString', () => {
  okCases([
    ['States.StringToJson($.escapedJsonString)', { escapedJsonString: '{"foo": "bar"}' }, { foo: 'bar' }],
    ['States.StringToJson($.s)', { s: '' }, null], // AWS-recorded
    ['States.StringToJson($.s)', { s: ' ' }, null], // AWS-recorded
    ['States.StringToJson($.s)', { s: 'null' }, null],
    ['States.StringToJson($.s)', { s: '-0' }, 0], // AWS-recorded (and not -0)
    ['States.StringToJson($.s)', { s: '[-0, 1.1, true, "HelloWorld"]' }, [0, 1.1, true, 'HelloWorld']],
    ['States.StringToJson($.s)', { s: ' {"a":1} ' }, { a: 1 }],
    ["States.StringToJson('{\"NewField\": \"MyValue\" }')", {}, { NewField: 'MyValue' }], // from a deployed workflow
    ['States.JsonToString($.unescapedJson)', { unescapedJson: { foo: 'bar' } }, '{"foo":"bar"}'],
    ['States.JsonToString($.v)', { v: { Arg1: 1, Arg2: [] } }, '{"Arg1":1,"Arg2":[]}'], // AWS-recorded
    ['States.JsonToString($.v)', { v: [1, 2, 'HelloWorld'] }, '[1,2,"HelloWorld"]'], // AWS-recorded
    ['States.JsonToString($.v)', { v: 'hello' }, '"hello"'],
    ['States.JsonToString($.v)', { v: null }, 'null'],
    ["States.JsonToString('x')", {}, '"x"'], // AWS-observed
    ['States.JsonToString(States.StringToJson($.s))', { s: '{"a":1}' }, '{"a":1}'],
  ]);
  failingCases([
    ['States.StringToJson($.s)', { s: '{bad json}' }, 'Invalid arguments in States.StringToJson: the string is not valid JSON'],
    ['States.StringToJson($.s)', { s: 'undefined' }, 'not valid JSON'],
    ['States.StringToJson($.s)', { s: 123 }, 'the first argument must be a string, not a number'],
    ['States.JsonToString($.missing)', { a: 1 }, `The JSONPath '$.missing' could not be found in the input '{"a":1}'`],
  ]);
});

describe('States.JsonMerge', () => {
  okCases([
    // The guide's example, and LocalStack's AWS-recorded one.
    ['States.JsonMerge($.json1, $.json2, false)', { json1: { a: { a1: 1, a2: 2 }, b: 2 }, json2: { a: { a3: 1, a4: 2 }, c: 3 } },
      { a: { a3: 1, a4: 2 }, b: 2, c: 3 }],
    ['States.JsonMerge($.fst, $.snd, false)', { fst: { a: { a1: 1, a2: 2 }, b: 2, d: 3 }, snd: { a: { a3: 1, a4: 2 }, c: 3, d: 4 } },
      { a: { a3: 1, a4: 2 }, b: 2, c: 3, d: 4 }],
    ['States.JsonMerge($.a, $.b, false)', { a: { nested: { left: true }, keep: 1 }, b: { nested: null } }, { nested: null, keep: 1 }],
    ['States.JsonMerge($.a, $.b, $.deep)', { a: { x: 1 }, b: {}, deep: 'false' }, { x: 1 }], // AWS-observed
    ["States.JsonMerge(States.StringToJson($.Body), States.StringToJson('{\"NewField\": \"MyValue\" }'), false)",
      { Body: '{"Old": 1}' }, { Old: 1, NewField: 'MyValue' }],
  ]);
  failingCases([
    ['States.JsonMerge($.a, $.b, $.deep)', { a: {}, b: {}, deep: true }, 'deep merging is not supported'],
    ['States.JsonMerge($.a, $.b, false)', { a: null, b: {} }, 'the first argument must be an object, not null'],
    ['States.JsonMerge($.a, $.b, false)', { a: {}, b: [] }, 'the second argument must be an object, not an array'],
  ]);
});
