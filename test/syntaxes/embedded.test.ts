// asl.embedded.injection: JSONPath, intrinsic functions and JSONata inside every kind of host string, and the rule
// that nothing inside a string ever runs past the string's end.
import { describe, expect, it } from 'vitest';
import { type Expectation, type Language, tokenize, unmet } from './harness';

interface Case {
  readonly name: string;
  readonly language: Language;
  readonly doc: string;
  readonly expect: readonly Expectation[];
}

const PATH = 'meta.embedded.jsonpath.asl';
const CALL = 'meta.embedded.intrinsic.asl';
const ATA = 'meta.embedded.jsonata.asl';

const JSONPATH: readonly Case[] = [
  {
    name: 'root and context object', language: 'json', doc: '{ "A.$": "$", "B.$": "$$" }',
    expect: [
      { find: '$', within: '"$"', scopes: [PATH, 'variable.language.root.jsonpath.asl'] },
      { find: '$$', scopes: [PATH, 'variable.language.context.jsonpath.asl'] },
    ],
  },
  {
    name: 'members, brackets, wildcards, slices, descendants', language: 'json',
    doc: '{ "A.$": "$.a.b", "B.$": "$[\'x\'].c[0][*]..d[1:3]" }',
    expect: [
      { find: '$.a.b', scopes: [PATH], not: ['invalid'] },
      { find: 'b', within: '$.a.b', scopes: ['variable.other.property.jsonpath.asl'] },
      { find: "'x'", scopes: [PATH, 'string.quoted.single.jsonpath.asl'] },
      { find: '[', within: '[0]', scopes: ['punctuation.section.brackets.begin.jsonpath.asl'] },
      { find: '0', within: '[0]', scopes: ['constant.numeric.jsonpath.asl'] },
      { find: '*', scopes: ['keyword.operator.wildcard.jsonpath.asl'] },
      { find: '..', scopes: ['keyword.operator.descendant.jsonpath.asl'] },
      { find: ':', within: '[1:3]', scopes: ['keyword.operator.slice.jsonpath.asl'] },
    ],
  },
  {
    name: 'filter expressions', language: 'json', doc: '{ "A.$": "$.items[?(@.price > 10 && @.name == \\"x\\")]" }',
    expect: [
      { find: '?', scopes: [PATH, 'keyword.operator.filter.jsonpath.asl'] },
      { find: '(', within: '?(', scopes: ['punctuation.section.group.begin.jsonpath.asl'] },
      { find: '@', scopes: ['variable.language.current.jsonpath.asl'] },
      { find: 'price', scopes: ['variable.other.property.jsonpath.asl'] },
      { find: '>', scopes: ['keyword.operator.comparison.jsonpath.asl'] },
      { find: '10', scopes: ['constant.numeric.jsonpath.asl'] },
      { find: '&&', scopes: ['keyword.operator.logical.jsonpath.asl'] },
      { find: '\\"x\\"', scopes: ['string.quoted.double.jsonpath.asl'] },
      { find: '"', within: ')]" }', scopes: ['punctuation.definition.string.end.asl'], not: [PATH] },
    ],
  },
  {
    name: 'workflow variables', language: 'json', doc: '{ "A.$": "$varName.field[0]" }',
    expect: [
      { find: '$varName', scopes: [PATH, 'variable.other.jsonpath.asl'] },
      { find: 'field', scopes: ['variable.other.property.jsonpath.asl'] },
    ],
  },
  {
    name: 'not a path: "$5", a substitution, a path followed by prose', language: 'json',
    doc: '{ "A": "$5 off", "B": "${Bucket}/key", "C": "$.a then text" }',
    expect: [
      { find: '$5 off', scopes: ['string.quoted.double.asl'], not: ['meta.embedded'] },
      { find: '${', scopes: ['variable.other.substitution.asl', 'punctuation.definition.template-expression.begin.asl'], not: [PATH] },
      { find: 'Bucket', scopes: ['variable.other.substitution.asl'] },
      { find: '$.a', scopes: [PATH] },
      { find: ' then text', scopes: ['string.quoted.double.asl'], not: ['meta.embedded'] },
    ],
  },
  {
    name: 'YAML plain, single-quoted and flow scalars', language: 'yaml',
    doc: "A.$: $.a[?(@.x > 1)]  # c\nB.$: '$[''x''].y'\nC: [$.c.d, \"$.e\"]\n",
    expect: [
      { find: '$.a[?(@.x > 1)]', scopes: ['string.unquoted.plain.asl-yaml', PATH] },
      { find: '@', scopes: ['variable.language.current.jsonpath.asl'] },
      { find: '# c', scopes: ['comment.line.number-sign.asl-yaml'], not: [PATH] },
      { find: "''x''", scopes: ['string.quoted.single.asl-yaml', 'string.quoted.single.jsonpath.asl'] },
      { find: 'y', within: '].y', scopes: ['variable.other.property.jsonpath.asl'] },
      { find: 'd', within: '$.c.d', scopes: ['string.unquoted.plain.flow.asl-yaml', PATH, 'variable.other.property.jsonpath.asl'] },
      { find: ',', within: '$.c.d,', scopes: ['punctuation.separator.sequence.asl-yaml'], not: [PATH] },
      { find: 'e', within: '$.e', scopes: ['string.quoted.double.asl-yaml', 'variable.other.property.jsonpath.asl'] },
    ],
  },
];

const INTRINSICS: readonly Case[] = [
  {
    name: 'name, parentheses, string literals with escapes, placeholders, path and nested-call arguments', language: 'json',
    doc: '{ "A.$": "States.Format(\'Hello {}, it\\\\\'s {} \\\\{x\\\\}\', $.name, States.ArrayGetItem($.list, 0))" }',
    expect: [
      { find: 'States.Format', scopes: [CALL, 'support.function.intrinsic.asl'] },
      { find: '(', within: 'Format(', scopes: ['punctuation.section.arguments.begin.intrinsic.asl'] },
      { find: "'", within: "('Hello", scopes: ['string.quoted.single.intrinsic.asl', 'punctuation.definition.string.begin.intrinsic.asl'] },
      { find: 'Hello ', scopes: ['string.quoted.single.intrinsic.asl'] },
      { find: '{}', scopes: ['constant.other.placeholder.intrinsic.asl'] },
      { find: "\\\\'", scopes: ['string.quoted.single.intrinsic.asl', 'constant.character.escape.intrinsic.asl'] },
      { find: '\\\\{', scopes: ['constant.character.escape.intrinsic.asl'] },
      { find: ',', within: "', $.name", scopes: ['punctuation.separator.arguments.intrinsic.asl'] },
      { find: '$.name', scopes: [CALL, 'meta.path.jsonpath.asl'] },
      { find: 'name', within: '$.name', scopes: ['variable.other.property.jsonpath.asl'] },
      { find: 'States.ArrayGetItem', scopes: [CALL, 'support.function.intrinsic.asl'] },
      { find: '0', within: ', 0)', scopes: ['constant.numeric.intrinsic.asl'] },
      { find: ')', within: '0))', scopes: ['punctuation.section.arguments.end.intrinsic.asl'] },
      { find: '"', within: '))" }', scopes: ['punctuation.definition.string.end.asl'], not: ['meta.embedded'] },
    ],
  },
  {
    name: 'in YAML: plain (\\\' escapes), single-quoted (\'\' quotes) and double-quoted scalars', language: 'yaml',
    doc: "A.$: States.Format('it\\'s {}', $.x)\nB.$: 'States.Format(''it\\''s {}'', $.y)'\nC.$: \"States.Array(1, 'a')\"\n",
    expect: [
      { find: 'States.Format', scopes: ['string.unquoted.plain.asl-yaml', CALL, 'support.function.intrinsic.asl'] },
      { find: "\\'", scopes: ['constant.character.escape.intrinsic.asl'] },
      { find: '$.x', scopes: ['meta.path.jsonpath.asl'] },
      { find: 'States.Format', within: "'States.Format(", scopes: ['string.quoted.single.asl-yaml', CALL, 'support.function.intrinsic.asl'] },
      { find: "''", within: "(''it", scopes: ['punctuation.definition.string.begin.intrinsic.asl'] },
      { find: "\\''", scopes: ['constant.character.escape.intrinsic.asl'] },
      { find: '$.y', scopes: ['meta.path.jsonpath.asl'] },
      { find: "'", within: "$.y)'", scopes: ['punctuation.definition.string.end.asl-yaml'], not: ['meta.embedded'] },
      { find: 'States.Array', scopes: ['string.quoted.double.asl-yaml', CALL, 'support.function.intrinsic.asl'] },
      { find: "'a'", scopes: ['string.quoted.single.intrinsic.asl'] },
    ],
  },
  {
    name: 'an error name is not a call', language: 'json', doc: '{ "ErrorEquals": ["States.Timeout", "States.Format"] }',
    expect: [
      { find: 'States.Timeout', scopes: ['support.type.exception.asl'], not: [CALL] },
      { find: 'States.Format', scopes: ['string.quoted.double.asl'], not: [CALL, 'support.type.exception'] },
    ],
  },
];

const JSONATA_JSON = String.raw`{ "A": "{% $map($states.input.items, function($v) { $v.price * 2 }) ~> $sum() /* total */ %}",
  "B": "{% $match($states.input.id, /^[a-z]\\d+$/i) ? 'yes' : \"no\" %}",
  "C": "{% $x := 1.5e3; $myFn($x) = 3 and $exists($states.context.Execution) %}" }`;

const JSONATA: readonly Case[] = [
  {
    name: 'delimiters, variables, functions, lambdas, operators, comments (JSON)', language: 'json', doc: JSONATA_JSON,
    expect: [
      { find: '{%', scopes: [ATA, 'punctuation.section.embedded.begin.jsonata.asl'] },
      { find: '%}', scopes: [ATA, 'punctuation.section.embedded.end.jsonata.asl'] },
      { find: '$map', scopes: [ATA, 'support.function.builtin.jsonata.asl'] },
      { find: '$states', scopes: ['variable.language.states.jsonata.asl'] },
      { find: 'input', within: '$states.input', scopes: ['variable.other.property.jsonata.asl'] },
      { find: 'function', scopes: ['storage.type.function.jsonata.asl'] },
      { find: '$v', scopes: ['variable.other.jsonata.asl'] },
      { find: '{', within: '{ $v.price', scopes: ['meta.brace.curly.jsonata.asl'] },
      { find: '*', within: 'price * 2', scopes: ['keyword.operator.arithmetic.jsonata.asl'] },
      { find: '2', within: '* 2 }', scopes: ['constant.numeric.jsonata.asl'] },
      { find: '~>', scopes: ['keyword.operator.chain.jsonata.asl'] },
      { find: '/* total */', scopes: ['comment.block.jsonata.asl'] },
      { find: '/^[a-z]\\\\d+$/', scopes: ['string.regexp.jsonata.asl'] },
      { find: 'i', within: '$/i)', scopes: ['keyword.other.regexp-flags.jsonata.asl'] },
      { find: '?', within: ') ? ', scopes: ['keyword.operator.ternary.jsonata.asl'] },
      { find: "'yes'", scopes: ['string.quoted.single.jsonata.asl'] },
      { find: '\\"no\\"', scopes: ['string.quoted.double.jsonata.asl'] },
      { find: ':=', scopes: ['keyword.operator.assignment.jsonata.asl'] },
      { find: '1.5e3', scopes: ['constant.numeric.jsonata.asl'] },
      { find: '$myFn', scopes: ['entity.name.function.jsonata.asl'] },
      { find: '=', within: ') = 3', scopes: ['keyword.operator.comparison.jsonata.asl'] },
      { find: 'and', scopes: ['keyword.operator.word.jsonata.asl'] },
      { find: '"', within: 'Execution) %}"', scopes: ['punctuation.definition.string.end.asl'], not: [ATA] },
    ],
  },
  {
    name: 'a %} inside a JSONata string does not close the expression', language: 'json', doc: '{ "A": "{% \'100%}\' & \'\' %}", "B": "x" }',
    expect: [
      { find: "'100%}'", scopes: ['string.quoted.single.jsonata.asl'] },
      { find: '%}', within: "'' %}", scopes: ['punctuation.section.embedded.end.jsonata.asl'] },
      { find: 'x', scopes: ['string.quoted.double.asl'], not: ['meta.embedded'] },
    ],
  },
  {
    name: 'YAML single-quoted scalar: \'\' is a JSONata quote', language: 'yaml', doc: "Output: '{% $states.input.a & ''-'' %}'\nNext: X\n",
    expect: [
      { find: '{%', scopes: ['string.quoted.single.asl-yaml', ATA, 'punctuation.section.embedded.begin.jsonata.asl'] },
      { find: "''-''", scopes: ['string.quoted.single.jsonata.asl'] },
      { find: '%}', scopes: ['punctuation.section.embedded.end.jsonata.asl'] },
      { find: 'X', scopes: ['entity.name.function.state.reference.asl'] },
    ],
  },
  {
    name: 'YAML block scalar over several lines', language: 'yaml',
    doc: 'Output: |\n  {% (\n    $total := $sum($states.input.items.price);\n    /* comment */ $total\n  ) %}\nNext: X\n',
    expect: [
      { find: '{%', scopes: ['string.unquoted.block.asl-yaml', ATA] },
      { find: '$total', scopes: [ATA, 'variable.other.jsonata.asl'] },
      { find: '$sum', scopes: ['support.function.builtin.jsonata.asl'] },
      { find: ';', scopes: ['punctuation.terminator.statement.jsonata.asl'] },
      { find: '/* comment */', scopes: ['comment.block.jsonata.asl'] },
      { find: '%}', scopes: ['punctuation.section.embedded.end.jsonata.asl'] },
      { find: 'Next', scopes: ['support.type.property-name.asl'], not: ['string', ATA] },
    ],
  },
];

/** Unterminated constructs: whatever follows the string must be read as if the construct were closed. */
const NO_LEAK: readonly Case[] = [
  ...[
    '"{% \'abc"', '"{% \\"abc"', '"{% /* open"', '"{% $f("', '"States.Format(\'abc"', '"$.a[?(@.b == \'x"', '"{% $x %}"',
    '"{% /^a/ %}"', '"States.Format(\'{}\', $.a)"',
  ].map((value): Case => ({
    name: `JSON ${value}`, language: 'json', doc: `{ "A": ${value}, "B": "plain", "C": 1 }`,
    expect: [
      { find: '"B"', scopes: ['entity.other.attribute-name.asl'], not: ['string', 'meta.embedded'] },
      { find: '"plain"', scopes: ['string.quoted.double.asl'], not: ['meta.embedded'] },
      { find: '1', scopes: ['constant.numeric.asl'] },
    ],
  })),
  {
    name: 'JSON string left open at the end of a line', language: 'json', doc: '{ "A": "{% $x + (\n  , "B": "plain" }',
    expect: [{ find: '"plain"', scopes: ['string.quoted.double.asl'], not: ['meta.embedded'] }],
  },
  ...["'{% ''abc'", '"{% /* open"', "States.Format('abc", "'States.Format(''abc'", '$.a[?(@.b', ">-\n  {% $x + (\n  'open"].map((value): Case => ({
    name: `YAML ${value.replace(/\n/g, '⏎')}`, language: 'yaml', doc: `A: ${value}\nB: plain\n`,
    expect: [
      { find: 'B', scopes: ['entity.other.attribute-name.asl'], not: ['string', 'meta.embedded'] },
      { find: 'plain', scopes: ['string.unquoted.plain.asl-yaml'], not: ['meta.embedded'] },
    ],
  })),
];

for (const [title, cases] of [['JSONPath', JSONPATH], ['intrinsic functions', INTRINSICS], ['JSONata', JSONATA], ['never past the end of the string', NO_LEAK]] as const) {
  describe(title, () => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', async (_, c) => {
      const doc = await tokenize(c.language, c.doc);
      expect(c.expect.flatMap((e) => unmet(doc, e))).toEqual([]);
    });
  });
}
