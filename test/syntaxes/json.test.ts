// source.asl on the example workflows: keys by kind, values by meaning, and plain JSON where ASL says nothing.
import { describe, expect, it } from 'vitest';
import { type Expectation, caseName, hasScope, readFixture, scopesOf, tokenize, unmet } from './harness';

type Case = Expectation;

const STOCK: readonly Case[] = [
  { find: 'StartAt', scopes: ['support.type.property-name.asl'] },
  { find: 'Comment', scopes: ['support.type.property-name.asl'] },
  { find: 'Check Stock Price', scopes: ['string.quoted.double.asl', 'entity.name.function.state.reference.asl'] },
  { find: '"Check Stock Price"', occurrence: 2, scopes: ['entity.name.function.state.asl'], not: ['string'] },
  { find: 'Type', scopes: ['support.type.property-name.asl'] },
  { find: 'Task', scopes: ['string.quoted.double.asl', 'constant.language.state-type.asl'] },
  { find: 'Choice', occurrence: 1, scopes: ['constant.language.state-type.asl'] },
  { find: 'Succeed', scopes: ['constant.language.state-type.asl'] },
  { find: '"Payload.$"', scopes: ['entity.name.tag.dynamic.asl'], not: ['support.type.property-name', 'string'] },
  { find: '.$', scopes: ['entity.name.tag.dynamic.asl', 'punctuation.definition.dynamic.asl'] },
  { find: '"stock_price.$"', scopes: ['entity.name.tag.dynamic.asl'] },
  { find: 'FunctionName', scopes: ['entity.other.attribute-name.asl'], not: ['support.type.property-name'] },
  { find: 'Choices', scopes: ['support.type.property-name.asl'] },
  { find: 'Variable', scopes: ['support.type.property-name.asl'] },
  { find: 'StringEquals', scopes: ['support.type.property-name.asl'] },
  { find: 'Default', scopes: ['support.type.property-name.asl'] },
  { find: 'No Trade', scopes: ['entity.name.function.state.reference.asl'] },
  { find: 'Retry', scopes: ['support.type.property-name.asl'] },
  { find: 'JitterStrategy', scopes: ['support.type.property-name.asl'] },
  { find: 'FULL', scopes: ['constant.language.enum.asl'] },
  { find: 'Lambda.TooManyRequestsException', scopes: ['string.quoted.double.asl'], not: ['support.type.exception'] },
  { find: '3600', scopes: ['constant.numeric.asl'] },
  { find: 'null', scopes: ['constant.language.asl'] },
  { find: 'true', scopes: ['constant.language.asl'] },
  { find: 'arn:aws:states:::lambda:invoke', scopes: ['string.quoted.double.asl'], not: ['meta.embedded'] },
  { find: '{', scopes: ['punctuation.definition.dictionary.begin.asl'] },
  { find: '[', scopes: ['punctuation.definition.array.begin.asl'] },
  // JSONPath in a string value
  { find: '$.Payload.stock_price', scopes: ['string.quoted.double.asl', 'meta.embedded.jsonpath.asl'], not: ['invalid'] },
  { find: '$', within: '$.Payload.stock_price', scopes: ['variable.language.root.jsonpath.asl'] },
  { find: '.', within: '$.Payload.stock_price', scopes: ['punctuation.accessor.jsonpath.asl'] },
  { find: 'Payload', within: '$.Payload.stock_price', scopes: ['variable.other.property.jsonpath.asl'] },
  { find: 'stock_price', within: '$.Payload.stock_price', scopes: ['variable.other.property.jsonpath.asl'] },
  { find: '$$', within: '$$.Task.Token', scopes: ['meta.embedded.jsonpath.asl', 'variable.language.context.jsonpath.asl'] },
  { find: '"$$.Task.Token"', scopes: ['string.quoted.double.asl'] },
  // intrinsic function
  { find: 'States.JsonToString', scopes: ['meta.embedded.intrinsic.asl', 'support.function.intrinsic.asl'] },
  { find: '(', within: 'States.JsonToString($)', scopes: ['punctuation.section.arguments.begin.intrinsic.asl'] },
  { find: '$', within: 'States.JsonToString($)', scopes: ['meta.embedded.intrinsic.asl', 'variable.language.root.jsonpath.asl'] },
  { find: ')', within: 'States.JsonToString($)', scopes: ['punctuation.section.arguments.end.intrinsic.asl'] },
  { find: '"', within: 'States.JsonToString($)" }', scopes: ['punctuation.definition.string.end.asl'], not: ['meta.embedded'] },
];

const ETL: readonly Case[] = [
  { find: 'QueryLanguage', scopes: ['support.type.property-name.asl'] },
  { find: 'JSONata', occurrence: 2, scopes: ['constant.language.query-language.asl'] },
  { find: 'Arguments', scopes: ['support.type.property-name.asl'] },
  { find: 'Output', scopes: ['support.type.property-name.asl'] },
  { find: 'Assign', scopes: ['support.type.property-name.asl'] },
  { find: 'runId', scopes: ['variable.other.assignment.asl'] },
  { find: 'ItemProcessor', scopes: ['support.type.property-name.asl'] },
  { find: 'ProcessorConfig', scopes: ['support.type.property-name.asl'] },
  { find: 'INLINE', scopes: ['constant.language.enum.asl'] },
  { find: 'Transform', occurrence: 3, scopes: ['entity.name.function.state.reference.asl'] },
  { find: '"Transform"', within: '"Transform": {', scopes: ['entity.name.function.state.asl'] },
  { find: '"Load"', within: '"Load": {', scopes: ['entity.name.function.state.asl'] },
  // JSONata
  { find: '{%', scopes: ['meta.embedded.jsonata.asl', 'punctuation.section.embedded.begin.jsonata.asl'] },
  { find: '%}', scopes: ['meta.embedded.jsonata.asl', 'punctuation.section.embedded.end.jsonata.asl'] },
  { find: '$states', scopes: ['meta.embedded.jsonata.asl', 'variable.language.states.jsonata.asl'] },
  { find: 'input', within: '$states.input %}', scopes: ['variable.other.property.jsonata.asl'] },
  { find: '{% $states.input %}', scopes: ['meta.embedded.jsonata.asl', 'string.quoted.double.asl'] },
  { find: '$runId', scopes: ['variable.other.jsonata.asl'] },
  { find: '$string', scopes: ['support.function.builtin.jsonata.asl'] },
  { find: '$count', scopes: ['support.function.builtin.jsonata.asl'] },
  { find: "'key'", scopes: ['string.quoted.single.jsonata.asl'] },
  { find: '{', within: "{ 'key'", scopes: ['meta.brace.curly.jsonata.asl'] },
  // the payload of Arguments has the user's keys, not ASL's
  { find: '"FunctionName"', within: '"FunctionName": "extract"', scopes: ['entity.other.attribute-name.asl'] },
  { find: '"Bucket"', scopes: ['entity.other.attribute-name.asl'] },
  { find: '"Key"', scopes: ['entity.other.attribute-name.asl'] },
  // a string after a JSONata string is an ordinary string again
  { find: '"warehouse"', scopes: ['string.quoted.double.asl'], not: ['meta.embedded'] },
  { find: 'warehouse', scopes: ['string.quoted.double.asl'], not: ['meta.embedded'] },
];

const FARGATE: readonly Case[] = [
  { find: 'States.ALL', scopes: ['string.quoted.double.asl', 'support.type.exception.asl'] },
  { find: 'ResourceInitializationError', scopes: ['string.quoted.double.asl'], not: ['support.type.exception'] },
  { find: 'ErrorEquals', scopes: ['support.type.property-name.asl'] },
  { find: 'ErrorPath', scopes: ['support.type.property-name.asl'] },
  { find: '$.error.Error', scopes: ['meta.embedded.jsonpath.asl'] },
  { find: 'Error', within: '$.error.Error', scopes: ['variable.other.property.jsonpath.asl'] },
  { find: 'Cluster', scopes: ['entity.other.attribute-name.asl'] },
  { find: '"Image Missing"', within: '"Image Missing": {', scopes: ['entity.name.function.state.asl'] },
  { find: 'Image Missing', within: '"Next": "Image Missing"', scopes: ['entity.name.function.state.reference.asl'] },
  { find: 'Fail', within: '"Type": "Fail"', scopes: ['constant.language.state-type.asl'] },
];

function check(file: string, cases: readonly Case[]) {
  describe(file, () => {
    it.each(cases.map((c) => [caseName(c), c] as const))('%s', async (_, c) => {
      expect(unmet(await tokenize('json', readFixture(file)), c)).toEqual([]);
    });
  });
}

check('examples/stock-trading.asl.json', STOCK);
check('examples/parallel-etl.asl.json', ETL);
check('examples/fargate-resilient.asl.json', FARGATE);

describe('plain JSON', () => {
  it('marks text that is not JSON as invalid, and keeps going', async () => {
    const doc = await tokenize('json', '{ "StartAt": "A", oops "States": {} } trailing\n}');
    expect(hasScope(scopesOf(doc, 'oops'), 'invalid.illegal')).toBe(true);
    expect(hasScope(scopesOf(doc, 'States'), 'support.type.property-name.asl')).toBe(true);
    expect(hasScope(scopesOf(doc, 'trailing'), 'invalid.illegal')).toBe(true);
    expect(hasScope(scopesOf(doc, { find: '}', occurrence: 3 }), 'invalid.illegal')).toBe(true);
  });

  it('scopes escapes, and flags unknown ones', async () => {
    const doc = await tokenize('json', '{ "Comment": "a\\"b\\u00e9\\q" }');
    expect(hasScope(scopesOf(doc, '\\"'), 'constant.character.escape.asl')).toBe(true);
    expect(hasScope(scopesOf(doc, '\\u00e9'), 'constant.character.escape.asl')).toBe(true);
    expect(hasScope(scopesOf(doc, '\\q'), 'invalid.illegal.unrecognized-string-escape.asl')).toBe(true);
  });

  it('reads numbers whole, and rejects malformed ones', async () => {
    const doc = await tokenize('json', '{ "A": -1.5e+3, "B": 0.25, "C": 01 }');
    expect(hasScope(scopesOf(doc, '-1.5e+3'), 'constant.numeric.asl')).toBe(true);
    expect(hasScope(scopesOf(doc, '0.25'), 'constant.numeric.asl')).toBe(true);
    expect(hasScope(scopesOf(doc, '01'), 'invalid.illegal')).toBe(true);
  });

  it('ends a string left open at the end of its line, so the next line is read afresh', async () => {
    const doc = await tokenize('json', '{ "Comment": "open\n  , "Next": "B" }');
    expect(hasScope(scopesOf(doc, 'Next'), 'support.type.property-name.asl')).toBe(true);
    expect(hasScope(scopesOf(doc, 'B'), 'entity.name.function.state.reference.asl')).toBe(true);
  });

  it('keeps ASL meaning out of payloads: Type inside Parameters is the user\'s key', async () => {
    const doc = await tokenize('json', '{ "Type": "Task", "Parameters": { "Type": "Task", "Next": "X" } }');
    expect(hasScope(scopesOf(doc, { find: 'Type', occurrence: 1 }), 'support.type.property-name.asl')).toBe(true);
    expect(hasScope(scopesOf(doc, { find: 'Task', occurrence: 1 }), 'constant.language.state-type.asl')).toBe(true);
    expect(hasScope(scopesOf(doc, { find: 'Type', occurrence: 2 }), 'entity.other.attribute-name.asl')).toBe(true);
    expect(hasScope(scopesOf(doc, { find: 'Task', occurrence: 2 }), 'constant.language.state-type.asl')).toBe(false);
    expect(hasScope(scopesOf(doc, 'X'), 'entity.name.function.state.reference.asl')).toBe(false);
  });

  it('finds states in nested state machines (Parallel branches, Map processors)', async () => {
    const doc = await tokenize('json', JSON.stringify({
      StartAt: 'P', States: { P: { Type: 'Parallel', Branches: [{ StartAt: 'Inner', States: { Inner: { Type: 'Pass', End: true } } }], End: true } },
    }, null, 2));
    expect(hasScope(scopesOf(doc, { find: '"Inner"', within: '"Inner": {' }), 'entity.name.function.state.asl')).toBe(true);
    expect(hasScope(scopesOf(doc, 'Pass'), 'constant.language.state-type.asl')).toBe(true);
    expect(hasScope(scopesOf(doc, 'End'), 'support.type.property-name.asl')).toBe(true);
  });

  it('does not mistake a value for a key, nor a field name used as a value', async () => {
    const doc = await tokenize('json', '{ "Comment": "States", "Next": "Parameters" }');
    expect(hasScope(scopesOf(doc, 'States'), 'support.type.property-name')).toBe(false);
    expect(hasScope(scopesOf(doc, 'Parameters'), 'entity.name.function.state.reference.asl')).toBe(true);
  });
});
