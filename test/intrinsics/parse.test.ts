import { describe, expect, it } from 'vitest';
import { INTRINSICS, isIntrinsicExpression, parseIntrinsic, type IntrinsicArg } from '../../engine/intrinsics';
import { corpusStrings } from '../jsonpath/corpus';

/** A compact rendering of an argument tree. */
function show(arg: IntrinsicArg): unknown {
  switch (arg.kind) {
    case 'call': return { [arg.name]: arg.args.map(show) };
    case 'string': return `'${arg.value}'`;
    case 'path': return arg.text;
    case 'null': return null;
    default: return arg.value;
  }
}

describe('isIntrinsicExpression', () => {
  it.each([
    ['States.Format(\'x\')', true],
    ['  States.UUID()', true],
    ['States.Nope', true],
    ['Custom.Fn(1)', true],
    ['$.a', false],
    ['$$.Execution.Id', false],
    ['hello', false],
    ['', false],
  ])('%j → %s', (text, expected) => expect(isIntrinsicExpression(text)).toBe(expected));
});

describe('parseIntrinsic: accepted syntax', () => {
  const cases: Array<[string, unknown]> = [
    ['States.UUID()', { 'States.UUID': [] }],
    ["States.Format('Hello, my name is {}.', $.name)", { 'States.Format': ["'Hello, my name is {}.'", '$.name'] }],
    ['States.Array($.Id)', { 'States.Array': ['$.Id'] }],
    ["States.Array('Foo', 2020, $.someJson, null, true, -1.5e2)", { 'States.Array': ["'Foo'", 2020, '$.someJson', null, true, -150] }],
    ["States.Format('{}', $$.Execution.Id)", { 'States.Format': ["'{}'", '$$.Execution.Id'] }],
    ['States.ArrayLength($items)', { 'States.ArrayLength': ['$items'] }],
    ["States.Array($.a[0,1], $.b[?(@.x == 'a, b)')])", { 'States.Array': ['$.a[0,1]', "$.b[?(@.x == 'a, b)')]"] }],
    ["States.Format('it\\'s \\{\\} \\\\ {}', $.x)", { 'States.Format': ["'it's {} \\ {}'", '$.x'] }],
    ['States.ArrayGetItem( States.StringSplit($.detail.object.key , \'/\'), 0)',
      { 'States.ArrayGetItem': [{ 'States.StringSplit': ['$.detail.object.key', "'/'"] }, 0] }],
    ["States.StringToJson('{\"NewField\": \"MyValue\" }')", { 'States.StringToJson': ["'{\"NewField\": \"MyValue\" }'"] }],
    ["States.Format('\n\nHuman: {}\n\nAssistant:', $.prompt)", { 'States.Format': ["'\n\nHuman: {}\n\nAssistant:'", '$.prompt'] }],
    // The guide's example of nine nested functions, with the template's third {} given its value (see below).
    ["States.Format('{}.{}', States.ArrayGetItem(States.StringSplit(States.ArrayGetItem(States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), 0), States.ArrayGetItem(States.StringSplit(States.ArrayGetItem(States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), 1))",
      { 'States.Format': ["'{}.{}'",
        { 'States.ArrayGetItem': [{ 'States.StringSplit': [{ 'States.ArrayGetItem': [{ 'States.StringSplit': ['$.ImageRecipe.Arn', "'/'"] }, 2] }, "'.'"] }, 0] },
        { 'States.ArrayGetItem': [{ 'States.StringSplit': [{ 'States.ArrayGetItem': [{ 'States.StringSplit': ['$.ImageRecipe.Arn', "'/'"] }, 2] }, "'.'"] }, 1] }] }],
  ];
  it.each(cases)('%s', (text, expected) => {
    const { ast, problems } = parseIntrinsic(text);
    expect(problems).toEqual([]);
    expect(show(ast!)).toEqual(expected);
  });

  it('records exact ranges', () => {
    const { ast } = parseIntrinsic("States.MathAdd($.a, 'x')");
    expect([ast!.nameOffset, ast!.offset, ast!.length]).toEqual([0, 0, 24]);
    expect(ast!.args.map((a) => [a.offset, a.length])).toEqual([[15, 3], [20, 3]]);
    const str = parseIntrinsic("States.Format('a\\{b')").ast!.args[0];
    expect(str).toMatchObject({ kind: 'string', value: 'a{b', raw: 'a\\{b', offset: 14, length: 6 });
  });

  it('catalogues every intrinsic AWS documents', () => {
    expect(INTRINSICS.map((s) => s.name).sort()).toEqual([
      'States.Array', 'States.ArrayContains', 'States.ArrayGetItem', 'States.ArrayLength', 'States.ArrayPartition',
      'States.ArrayRange', 'States.ArrayUnique', 'States.Base64Decode', 'States.Base64Encode', 'States.Format',
      'States.Hash', 'States.JsonMerge', 'States.JsonToString', 'States.MathAdd', 'States.MathRandom',
      'States.StringSplit', 'States.StringToJson', 'States.UUID',
    ]);
    for (const s of INTRINSICS) {
      expect(s.doc.length).toBeGreaterThan(20);
      expect(s.docUrl).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/step-functions\/latest\/dg\/intrinsic-functions\.html#/);
      expect(s.signature.startsWith(`${s.name}(`)).toBe(true);
    }
  });
});

// text, problems as [offset, length, message fragment]
const invalid: Array<[string, Array<[number, number, string]>]> = [
  ['States.Formatt($.a)', [[0, 14, 'did you mean States.Format?']]],
  ['states.format($.a)', [[0, 13, 'did you mean States.Format?']]],
  ['Foo.Bar()', [[0, 7, "Unknown intrinsic function 'Foo.Bar'"]]],
  ['States.MathAdd(1, 2, 3)', [[21, 1, 'takes 2 arguments but was given 3']]],
  ['States.MathAdd(1, 2, 3, $.x)', [[21, 6, 'given 4']]],
  ['States.MathAdd(1)', [[0, 14, 'takes 2 arguments but was given 1']]],
  ['States.MathRandom(1)', [[0, 17, 'takes 2 or 3 arguments']]],
  ['States.Format()', [[0, 13, 'at least 1 argument']]],
  ['States.UUID(1)', [[12, 1, 'takes 0 arguments']]],
  ["States.MathAdd('a', 1)", [[15, 3, 'expects a number as argument 1, not a string']]],
  ['States.ArrayLength(States.UUID())', [[19, 13, 'expects an array as argument 1, not a string']]],
  ["States.Base64Encode('a\\nb')", [[22, 2, "Invalid escape '\\n'"]]],
  ["States.Format('abc", [[14, 4, 'Unterminated string']]],
  ['States.Array($.a', [[12, 1, "Missing ')'"]]],
  ['States.Array($.a,)', [[16, 1, "Expected an argument after ','"]]],
  ['States.Array($.a) x', [[18, 1, 'Unexpected text']]],
  ['States.Array($.a $.b)', [[17, 1, "Expected ',' or ')'"]]],
  ['States.Array', [[12, 0, "Expected '('"]]],
  ['States.Array (1)', [[12, 1, "Expected '('"]]],
  ['States.Array("x")', [[13, 1, 'single quotes']]],
  ['States.Array(foo)', [[13, 3, "Unexpected 'foo'"]]],
  ['States.Array(1x)', [[13, 2, "'1x' is not a number"]]],
  ['States.Array($.a[)', [[16, 1, "Missing ']'"]]],
  ['States.Array($$.a, $.b.length())', [[23, 8, 'length()']]],
  ['States.Array($.a $.b $.c, 1)', [[17, 1, "Expected ',' or ')'"]]],
  ["States.MathAdd($.a, 'x", [[20, 2, 'Unterminated string']]],
  // The guide's own nine-nested example has three {} but two values; AWS fails such a call at run time.
  ["States.Format('{}.{}.{}', States.ArrayGetItem(States.StringSplit(States.ArrayGetItem(States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), 0), States.ArrayGetItem(States.StringSplit(States.ArrayGetItem(States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), 1))",
    [[14, 10, 'has 3 {} placeholders but 2 values follow']]],
  ["States.Format('{} {}', $.a)", [[14, 7, 'has 2 {} placeholders but 1 value follows']]],
  ["States.Format('Hello {', $.a)", [[21, 1, "a '{' that does not start"]]],
  ["States.Format('}')", [[15, 1, "a '}' without a matching '{'"]]],
  ["States.Hash($.a, 'sha-256')", [[17, 9, "Unknown hash algorithm 'sha-256'"]]],
  ['States.JsonMerge($.a, $.b, true)', [[27, 4, 'shallow merging']]],
  ['', [[0, 0, 'Expected an intrinsic function call']]],
  ['(1)', [[0, 1, 'Expected an intrinsic function name']]],
];

describe('parseIntrinsic: problems with exact ranges', () => {
  it.each(invalid)('%s', (text, expected) => {
    const { problems } = parseIntrinsic(text);
    expect(problems.map((p) => [p.offset, p.length])).toEqual(expected.map(([o, l]) => [o, l]));
    problems.forEach((p, i) => expect(p.message).toContain(expected[i][2]));
  });

  it('marks checks of well-formed calls as warnings: AWS fails them at run time, not in the definition', () => {
    const severities = (t: string) => parseIntrinsic(t).problems.map((p) => p.severity);
    expect(severities("States.MathAdd('a', 1)")).toEqual(['warning']);
    expect(severities("States.Format('{} {}', 1)")).toEqual(['warning']);
    expect(severities("States.Hash('x', 'MD4')")).toEqual(['warning']);
    expect(severities('States.JsonMerge($.a, $.b, true)')).toEqual(['warning']);
    expect(severities('States.MathAdd(1)')).toEqual([undefined]);
    expect(severities("States.Format('a\\n')")).toEqual([undefined]);
  });

  it('allows 10 levels of nesting and reports the 11th', () => {
    const nest = (depth: number): string => (depth === 1 ? 'States.Array(1)' : `States.Array(${nest(depth - 1)})`);
    expect(parseIntrinsic(nest(10)).problems).toEqual([]);
    const eleven = nest(11);
    expect(parseIntrinsic(eleven).problems).toEqual([
      { offset: eleven.lastIndexOf('States.Array'), length: 12, message: 'Intrinsic functions can be nested at most 10 deep' },
    ]);
  });

  it('never throws, whatever the text', () => {
    const samples = ['States.', 'States.Format(', "States.Format('", 'States.Format(\'\\', 'States.Array(,', 'States.Array($', '(((', ')', "States.Array('a'b)", 'States.Array(States.Array(States.', '\u0000'];
    for (const s of samples) {
      expect(() => parseIntrinsic(s)).not.toThrow();
      expect(parseIntrinsic(s).problems.length).toBeGreaterThan(0);
    }
  });
});

describe('parseIntrinsic on the deployed corpus', () => {
  const intrinsics = corpusStrings().filter((s) => s.field.endsWith('.$') && isIntrinsicExpression(s.value));

  it('finds the corpus intrinsics', () => {
    expect(intrinsics.length).toBeGreaterThan(40);
  });

  it('reports no problem for any intrinsic AWS accepted', () => {
    const bad = intrinsics.map((s) => ({ ...s, problems: parseIntrinsic(s.value).problems })).filter((r) => r.problems.length > 0);
    expect(bad).toEqual([]);
  });
});
