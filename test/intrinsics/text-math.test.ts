// Sources as in arrays-json.test.ts: the guide's examples, LocalStack's AWS-recorded snapshots ("AWS-recorded"),
// and a public conformance suite's runs on AWS ("AWS-observed").
import { describe, expect, it } from 'vitest';
import { evaluateIntrinsic } from '../../engine/intrinsics';
import { JavaRandom } from '../../engine/intrinsics/codec/random';
import { failingCases, okCases } from './cases';

const args = { Arg1: 1, Arg2: [] as unknown[] };

describe('States.Format', () => {
  okCases([
    ["States.Format('Hello, my name is {}.', $.name)", { name: 'Arnav' }, 'Hello, my name is Arnav.'],
    ['States.Format($.template, $.name)', { name: 'Arnav', template: 'Hello, my name is {}.' }, 'Hello, my name is Arnav.'],
    ["States.Format('Welcome to {} {}\\'s playlist.', $.firstName, $.lastName)", { firstName: 'Ada', lastName: 'L' }, "Welcome to Ada L's playlist."],
    // AWS-recorded renderings of each kind of value:
    ["States.Format('Formatting arguments fst={} and snd={}.', $.fst, $.snd)", { fst: args, snd: args }, 'Formatting arguments fst={Arg1=1, Arg2=[]} and snd={Arg1=1, Arg2=[]}.'],
    ["States.Format('Formatting arguments fst={} and snd={}.', $.fst, $.snd)", { fst: null, snd: 1.1 }, 'Formatting arguments fst=null and snd=1.1.'],
    ["States.Format('Formatting arguments fst={} and snd={}.', $.fst, $.snd)", { fst: '', snd: ' ' }, 'Formatting arguments fst= and snd= .'],
    ["States.Format('Formatting argument {}.', $.v)", { v: '{"Arg1": 1, "Arg2": []}' }, 'Formatting argument {"Arg1": 1, "Arg2": []}.'],
    ["States.Format('{}|{}|{}', $.a, $.b, $.c)", { a: [1, 'a', null, { x: [true] }], b: false, c: -1 }, '[1, a, null, {x=[true]}]|false|-1'],
    ["States.Format('\\{{}\\} \\\\ it\\'s', $.x)", { x: 'v' }, "{v} \\ it's"],
    ["States.Format('no placeholders')", {}, 'no placeholders'],
    ["States.Format('arn:{}:{}', $.svc, States.JsonToString($.obj))", { svc: 'lambda', obj: { k: 1 } }, 'arn:lambda:{"k":1}'], // AWS-observed
    ["States.Format('{}', $$.Execution.Name)", {}, 'exec-1'],
  ], { context: { Execution: { Name: 'exec-1' } } });
  failingCases([
    ["States.Format('{} {}', $.a)", { a: 'x' }, 'Invalid arguments in States.Format: the template has 2 {} placeholders but 1 value was given'],
    ["States.Format('{}', $.a, $.b)", { a: 'x', b: 'y' }, 'has 1 {} placeholder but 2 values were given'],
    ['States.Format($.t, $.n)', { t: 123, n: 'Ada' }, 'the first argument must be a string, not a number'],
    ["States.Format('Hello {', $.a)", { a: 'x' }, "a '{' that does not start a {} placeholder"], // AWS-observed failure
    ["States.Format('Hello {{}}', $.a)", { a: 'x' }, "a '{' that does not start"], // AWS-observed failure
    ["States.Format('}')", {}, "a '}' without a matching '{'"], // AWS-observed failure
    ['States.Format($.t)', { t: 'oops {' }, "a '{' that does not start"],
  ]);
});

describe('States.StringSplit', () => {
  okCases([
    ['States.StringSplit($.inputString, $.splitter)', { inputString: '1,2,3,4,5', splitter: ',' }, ['1', '2', '3', '4', '5']],
    // AWS-recorded: each character of the second argument is a delimiter and empty pieces are dropped.
    ['States.StringSplit($.fst, $.snd)', { fst: 'This.is+a,test=string', snd: '.+,=' }, ['This', 'is', 'a', 'test', 'string']],
    ['States.StringSplit($.fst, $.snd)', { fst: ',,,,', snd: ',' }, []],
    ['States.StringSplit($.fst, $.snd)', { fst: ' , ', snd: ',' }, [' ', ' ']],
    ['States.StringSplit($.fst, $.snd)', { fst: ', , ,', snd: ',' }, [' ', ' ']],
    ['States.StringSplit($.fst, $.snd)', { fst: ' ', snd: ',' }, [' ']],
    ["States.StringSplit('Hello\nWorld', '\n')", {}, ['Hello', 'World']], // AWS-recorded (a real newline)
    ["States.StringSplit($.s, ',')", { s: '' }, []], // AWS-observed
    ["States.StringSplit($.s, ',')", { s: 'a,,b,' }, ['a', 'b']], // AWS-observed
    ["States.StringSplit($.s, 'ab')", { s: '1a2b3ab4' }, ['1', '2', '3', '4']],
    ["States.StringSplit($.s, '')", { s: 'abc' }, ['abc']],
    ["States.StringSplit($.s, '::')", { s: 'AWS::S3::Bucket' }, ['AWS', 'S3', 'Bucket']], // from a deployed workflow
  ]);
  failingCases([
    ["States.StringSplit($.v, ',')", { v: 123 }, 'Invalid arguments in States.StringSplit: the first argument must be a string, not a number'],
    ['States.StringSplit($.s, $.d)', { s: 'a,b', d: null }, 'the second argument must be a string, not null'],
    ['States.StringSplit($.s, $.d)', { s: 'a,b', d: [','] }, 'not an array'],
  ]);
});

describe('States.MathAdd', () => {
  okCases([
    ['States.MathAdd($.value1, $.step)', { value1: 111, step: -1 }, 110],
    // AWS-recorded rounding: Java's Math.round, half up.
    ...([
      [-9, 3, -6], [1.49, 1.5, 3], [1.5, 1.51, 4], [-1.49, -1.5, -2], [-1.5, -1.51, -3], [1.49, 0, 1], [1.49, -1.49, 0],
      [1.5, 0, 2], [1.51, 0, 2], [-1.49, 0, -1], [-1.5, 0, -1], [-1.51, 0, -2], [0.5, 0, 1], [1.5, 0, 2], [2.5, 0, 3],
      [3.5, 0, 4], [-0.5, 0.5, 1], [-0.5, 0, 0], [-1.5, 0, -1], [-2.5, 0, -2], [-3.5, 0, -3],
    ] as const).map(([fst, snd, sum]): [string, unknown, unknown] => ['States.MathAdd($.fst, $.snd)', { fst, snd }, sum]),
    ['States.MathAdd(2147483646, 1)', {}, 2147483647],
    ['States.MathAdd(-2147483647, -1)', {}, -2147483648],
    ['States.MathAdd(States.ArrayLength($.a), -1)', { a: [1, 2, 3] }, 2], // from a deployed workflow
  ]);
  failingCases([
    ['States.MathAdd(2147483647, 1)', {}, 'Invalid arguments in States.MathAdd: the sum 2147483648 is outside the 32-bit integer range'],
    ['States.MathAdd(3000000000, 1)', {}, '3000000000 is outside the 32-bit integer range'],
    ['States.MathAdd($.a, $.b)', { a: 1, b: 'NOT A NUMBER' }, 'the second argument must be a number, not a string'],
    ["States.MathAdd('2', 1)", {}, 'the first argument must be a number, not a string'],
    ['States.MathAdd(true, 1)', {}, 'not a boolean'],
    ['States.MathAdd(null, 1)', {}, 'not null'],
  ]);
});

describe('States.MathRandom', () => {
  const fixed = (r: number) => ({ random: () => r });
  okCases([['States.MathRandom(1, 999)', {}, 1]], fixed(0));
  okCases([['States.MathRandom(1, 999)', {}, 998]], fixed(0.999999));
  okCases([['States.MathRandom(1.6, 5.4)', {}, 1]], fixed(0)); // AWS-observed: truncated bounds allow 1
  okCases([['States.MathRandom(-5, 5)', {}, 0]], fixed(0.5));
  failingCases([
    ['States.MathRandom(1, 1)', {}, 'Invalid arguments in States.MathRandom: the start (1) must be less than the end (1)'],
    ['States.MathRandom(10, 5)', {}, 'must be less than the end'],
    ['States.MathRandom(1.4, 1.6)', {}, 'must be less than the end'], // AWS-observed
    ["States.MathRandom('a', 10)", {}, 'the first argument must be a number'],
    ['States.MathRandom(1, 10, null)', {}, 'the third argument must be a number, not null'],
  ]);

  it('gives the same number for the same seed, within [start, end)', () => {
    const run = (t: string) => evaluateIntrinsic(t, { input: { s: 42 }, random: () => 0.5 });
    const a = run('States.MathRandom(1, 100, $.s)');
    expect(a).toBe(run('States.MathRandom(1, 100, 42)'));
    expect(run('States.MathRandom(1, 100, 43)')).not.toBe(a);
    for (let seed = -50; seed < 50; seed++) {
      const v = evaluateIntrinsic(`States.MathRandom(2147483640, 2147483647, ${seed})`, { input: {} }) as number;
      expect(Number.isInteger(v) && v >= 2147483640 && v < 2147483647).toBe(true);
    }
  });

  it("ports java.util.Random exactly (values printed by OpenJDK 17's jshell)", () => {
    expect(new JavaRandom(42).nextInt(100)).toBe(30);
    expect(new JavaRandom(0).nextInt(10)).toBe(0);
    expect(new JavaRandom(-10).nextInt(9)).toBe(0);
    expect(new JavaRandom(1).nextInt(7)).toBe(4);
    expect(new JavaRandom(42).nextInt(998)).toBe(254);
    expect(new JavaRandom(3).nextInt(999)).toBe(239);
    expect(new JavaRandom(7).nextInt(1024)).toBe(748);
    const r = new JavaRandom(123456789);
    expect([r.nextInt(1000), r.nextInt(1000), r.nextDouble()]).toEqual([965, 600, 0.45695178590520646]);
    expect(evaluateIntrinsic('States.MathRandom(1, 999, 42)', { input: {} })).toBe(1 + 254);
  });
});

describe('States.UUID', () => {
  it('uses the injected source', () => {
    expect(evaluateIntrinsic('States.UUID()', { input: {}, uuid: () => 'fixed' })).toBe('fixed');
  });

  it('otherwise makes a version 4 UUID from the random source', () => {
    let i = 0;
    const values = [0, 0.999, 0.5, 0.25];
    const id = evaluateIntrinsic('States.UUID()', { input: {}, random: () => values[i++ % values.length] });
    expect(id).toBe('00ff8040-00ff-4040-80ff-804000ff8040');
    const random = evaluateIntrinsic('States.UUID()', { input: {} }) as string;
    expect(random).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  failingCases([['States.UUID(1)', {}, "Invalid intrinsic function 'States.UUID(1)': States.UUID takes 0 arguments but was given 1"]]);
});
