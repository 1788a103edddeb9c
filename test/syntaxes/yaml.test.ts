// source.asl-yaml: the YAML an ASL document uses, and the same ASL distinctions as the JSON grammar.
import { describe, expect, it } from 'vitest';
import { type Expectation, caseName, readFixture, tokenize, unmet } from './harness';

const SAGA: readonly Expectation[] = [
  { find: '# Saga: reserve a flight and a hotel, charge the customer; on any failure undo what was done, newest first.', scopes: ['comment.line.number-sign.asl-yaml'] },
  { find: '#', within: '# Compensations', scopes: ['punctuation.definition.comment.asl-yaml'] },
  { find: ' Compensations run in reverse order of the forward steps.', scopes: ['comment.line.number-sign.asl-yaml'] },
  { find: 'Comment', scopes: ['support.type.property-name.asl'] },
  { find: ':', within: 'Comment:', scopes: ['punctuation.separator.key-value.mapping.asl-yaml'] },
  { find: 'Travel booking saga with compensating transactions', scopes: ['string.unquoted.plain.asl-yaml'], not: ['meta.embedded'] },
  { find: 'StartAt', scopes: ['support.type.property-name.asl'] },
  { find: 'Reserve Flight', within: 'StartAt: Reserve Flight', scopes: ['entity.name.function.state.reference.asl'] },
  { find: 'States', within: 'States:\n', scopes: ['support.type.property-name.asl'] },
  { find: 'Reserve Flight', within: '  Reserve Flight:', scopes: ['entity.name.function.state.asl'] },
  { find: 'Booking Failed', within: '  Booking Failed:', scopes: ['entity.name.function.state.asl'] },
  { find: 'Type', scopes: ['support.type.property-name.asl'] },
  { find: 'Task', within: 'Type: Task', scopes: ['constant.language.state-type.asl'] },
  { find: 'Succeed', within: 'Type: Succeed', scopes: ['constant.language.state-type.asl'] },
  { find: 'Fail', within: 'Type: Fail', scopes: ['constant.language.state-type.asl'] },
  { find: 'Parameters', scopes: ['support.type.property-name.asl'] },
  { find: 'TableName', scopes: ['entity.other.attribute-name.asl'], not: ['support.type.property-name'] },
  { find: 'Item', within: 'Item:', scopes: ['entity.other.attribute-name.asl'] },
  { find: 'TripId', scopes: ['entity.other.attribute-name.asl'] },
  { find: '"S.$"', scopes: ['entity.name.tag.dynamic.asl'] },
  { find: '.$', within: '"S.$"', scopes: ['punctuation.definition.dynamic.asl'] },
  { find: '$.tripId', scopes: ['string.quoted.double.asl-yaml', 'meta.embedded.jsonpath.asl'] },
  { find: 'tripId', within: '$.tripId', scopes: ['variable.other.property.jsonpath.asl'] },
  { find: '"', within: 'tripId" }', scopes: ['punctuation.definition.string.end.asl-yaml'], not: ['meta.embedded'] },
  { find: '}', within: '"$.tripId" }', scopes: ['punctuation.definition.mapping.end.asl-yaml'] },
  { find: 'S', within: '{ S: RESERVED }', scopes: ['entity.other.attribute-name.asl'] },
  { find: 'RESERVED', scopes: ['string.unquoted.plain.flow.asl-yaml'] },
  { find: '$.results.flight', scopes: ['string.unquoted.plain.asl-yaml', 'meta.embedded.jsonpath.asl'] },
  { find: '$', within: '$.results.flight', scopes: ['variable.language.root.jsonpath.asl'] },
  { find: 'ErrorEquals', scopes: ['support.type.property-name.asl'] },
  { find: '-', within: '- ErrorEquals', scopes: ['punctuation.definition.block.sequence.item.asl-yaml'] },
  { find: '[', within: '[States.TaskFailed]', scopes: ['punctuation.definition.sequence.begin.asl-yaml'] },
  { find: 'States.TaskFailed', scopes: ['support.type.exception.asl'] },
  { find: 'States.ALL', scopes: ['support.type.exception.asl'] },
  { find: '1', within: 'IntervalSeconds: 1', scopes: ['constant.numeric.asl-yaml'] },
  { find: 'null', within: 'ResultPath: null', scopes: ['constant.language.null.asl-yaml'] },
  { find: 'Cancel Flight', within: 'Next: Cancel Flight', scopes: ['entity.name.function.state.reference.asl'] },
  { find: 'Payload', within: 'Payload.$: $', scopes: ['entity.name.tag.dynamic.asl'] },
  { find: '$', within: ': $\n', scopes: ['variable.language.root.jsonpath.asl'] },
  { find: 'paymentId', within: 'paymentId.$', scopes: ['entity.name.tag.dynamic.asl'] },
  { find: 'BookingFailed', scopes: ['string.unquoted.plain.asl-yaml'] },
];

describe('examples/book-trip-saga.asl.yaml', () => {
  it.each(SAGA.map((c) => [caseName(c), c] as const))('%s', async (_, c) => {
    expect(unmet(await tokenize('yaml', readFixture('examples/book-trip-saga.asl.yaml')), c)).toEqual([]);
  });
});

const EVALUATIONS = 'test/fixtures/corpus/step-functions-workflows-collection__bedrock-evaluations-sam__template.yaml__KnowledgeBaseEvaluations.yaml';
const EVAL_CASES: readonly Expectation[] = [
  { find: 'JSONata', within: 'QueryLanguage: JSONata', scopes: ['constant.language.query-language.asl'] },
  { find: 'Branches', scopes: ['support.type.property-name.asl'] },
  { find: 'StartAt', within: '- StartAt: CreateKnowledgeBase', scopes: ['support.type.property-name.asl'] },
  { find: 'CreateKnowledgeBase', within: '- StartAt: CreateKnowledgeBase', scopes: ['entity.name.function.state.reference.asl'] },
  { find: 'CreateKnowledgeBase', within: '          CreateKnowledgeBase:', scopes: ['entity.name.function.state.asl'] },
  { find: 'Ingestion Complete?', within: '          Ingestion Complete?:', scopes: ['entity.name.function.state.asl'] },
  // Arguments is a payload: its `Type` is the service's field, not ASL's
  { find: 'Type', within: '                Type: VECTOR', scopes: ['entity.other.attribute-name.asl'] },
  { find: 'VECTOR', scopes: ['string.unquoted.plain.asl-yaml'], not: ['constant.language'] },
  { find: 'KnowledgeBaseId', within: '              KnowledgeBaseId: \'{%', scopes: ['variable.other.assignment.asl'], occurrence: 1 },
  // JSONata in a single-quoted scalar: '' is a JSONata quote
  { find: '{%', within: "Name: '{% ''KnowledgeBase''", scopes: ['punctuation.section.embedded.begin.jsonata.asl'] },
  { find: "''KnowledgeBase''", scopes: ['string.quoted.single.jsonata.asl'] },
  { find: '$uuid', within: "''KnowledgeBase'' & $uuid() %}'", scopes: ['support.function.builtin.jsonata.asl'] },
  { find: "'", within: "$uuid() %}'", scopes: ['punctuation.definition.string.end.asl-yaml'], not: ['meta.embedded'] },
  { find: '$states', within: "'{% $states.result.KnowledgeBase", scopes: ['variable.language.states.jsonata.asl'] },
  { find: "''COMPLETE''", scopes: ['string.quoted.single.jsonata.asl'] },
  { find: '=', within: "Status = ''COMPLETE''", scopes: ['keyword.operator.comparison.jsonata.asl'] },
  // JSONata in a folded block scalar, over two lines
  { find: '>-', within: 'JobName: >-', scopes: ['meta.scalar.block.asl-yaml'] },
  { find: '{%', within: '{%$lowercase', scopes: ['string.unquoted.block.asl-yaml', 'punctuation.section.embedded.begin.jsonata.asl'] },
  { find: '$lowercase', scopes: ['support.function.builtin.jsonata.asl'] },
  { find: '$uuid', within: '$uuid()) %}', scopes: ['meta.embedded.jsonata.asl', 'support.function.builtin.jsonata.asl'] },
  { find: '%}', within: '$uuid()) %}', scopes: ['punctuation.section.embedded.end.jsonata.asl'] },
  { find: 'ApplicationType', scopes: ['entity.other.attribute-name.asl'], not: ['string', 'meta.embedded'] },
  { find: 'Builtin.Correctness', scopes: ['string.unquoted.plain.asl-yaml'] },
  { find: '${IngestionEmbeddingModelArn}', scopes: ['variable.other.substitution.asl'] },
];

describe('a corpus workflow with JSONata in YAML', () => {
  it.each(EVAL_CASES.map((c) => [caseName(c), c] as const))('%s', async (_, c) => {
    expect(unmet(await tokenize('yaml', readFixture(EVALUATIONS)), c)).toEqual([]);
  });
});

const YAML_DOC = [
  '%YAML 1.2',
  '--- # the definition',
  'Comment: &note "shared"',
  'StartAt: First',
  'States:',
  '  First:',
  '    Type: Pass',
  '    Result: !!map',
  '      copy: *note',
  '      literal: |',
  '        line one: not a key',
  '        # not a comment',
  '      folded: >2-',
  '        text',
  "      quoted: 'it''s'",
  '      escaped: "tab\\tend"',
  '      list:',
  '        - 1.5',
  '        - ~',
  '        - [a, "b", {c: d}]',
  '    End: true',
  '  Second: {Type: Succeed, Comment: inline}',
  '...',
].join('\n');

const YAML_CASES: readonly Expectation[] = [
  { find: '%YAML 1.2', scopes: ['meta.directive.asl-yaml'] },
  { find: 'YAML', scopes: ['keyword.other.directive.asl-yaml'] },
  { find: '---', scopes: ['entity.other.document.begin.asl-yaml'] },
  { find: '# the definition', scopes: ['comment.line.number-sign.asl-yaml'] },
  { find: '...', scopes: ['entity.other.document.end.asl-yaml'] },
  { find: '&', scopes: ['punctuation.definition.anchor.asl-yaml'] },
  { find: 'note', within: '&note', scopes: ['entity.name.type.anchor.asl-yaml'] },
  { find: '*', within: '*note', scopes: ['punctuation.definition.alias.asl-yaml'] },
  { find: 'note', within: '*note', scopes: ['variable.other.alias.asl-yaml'] },
  { find: '!!map', scopes: ['storage.type.tag.asl-yaml'] },
  { find: 'First', within: '  First:', scopes: ['entity.name.function.state.asl'] },
  { find: 'Pass', scopes: ['constant.language.state-type.asl'] },
  { find: 'Result', scopes: ['support.type.property-name.asl'] },
  { find: 'copy', scopes: ['entity.other.attribute-name.asl'] },
  { find: '|', scopes: ['keyword.control.flow.block-scalar.asl-yaml'] },
  { find: '        line one: not a key', scopes: ['string.unquoted.block.asl-yaml'], not: ['entity', 'support'] },
  { find: '        # not a comment', scopes: ['string.unquoted.block.asl-yaml'], not: ['comment'] },
  { find: '>', within: '>2-', scopes: ['keyword.control.flow.block-scalar.asl-yaml'] },
  { find: '2-', scopes: ['storage.modifier.chomping-indicator.asl-yaml'] },
  { find: 'quoted', scopes: ['entity.other.attribute-name.asl'], not: ['string'] },
  { find: "''", scopes: ['string.quoted.single.asl-yaml', 'constant.character.escape.asl-yaml'] },
  { find: '\\t', scopes: ['string.quoted.double.asl-yaml', 'constant.character.escape.asl-yaml'] },
  { find: '1.5', scopes: ['constant.numeric.asl-yaml'] },
  { find: '~', scopes: ['constant.language.null.asl-yaml'] },
  { find: 'a', within: '[a,', scopes: ['string.unquoted.plain.flow.asl-yaml'] },
  { find: 'c', within: '{c: d}', scopes: ['entity.other.attribute-name.asl'] },
  { find: 'd', within: '{c: d}', scopes: ['string.unquoted.plain.flow.asl-yaml'] },
  { find: 'End', scopes: ['support.type.property-name.asl'] },
  { find: 'true', scopes: ['constant.language.boolean.asl-yaml'] },
  { find: 'Second', scopes: ['entity.name.function.state.asl'] },
  { find: 'Type', within: '{Type: Succeed', scopes: ['support.type.property-name.asl'] },
  { find: 'Succeed', scopes: ['constant.language.state-type.asl'] },
  { find: 'Comment', within: 'Comment: inline', scopes: ['support.type.property-name.asl'] },
];

describe('YAML constructs', () => {
  it.each(YAML_CASES.map((c) => [caseName(c), c] as const))('%s', async (_, c) => {
    expect(unmet(await tokenize('yaml', YAML_DOC), c)).toEqual([]);
  });

  it('returns to the root after the document end marker', async () => {
    const doc = await tokenize('yaml', YAML_DOC);
    expect(doc.depths.at(-1)).toBe(1);
  });

  it('ends a block scalar at the first line indented no deeper than its key', async () => {
    const doc = await tokenize('yaml', 'A:\n  B: |\n    text\n    Next: not a key\n  Next: Real\n');
    expect(unmet(doc, { find: 'Next: not a key', scopes: ['string.unquoted.block.asl-yaml'] })).toEqual([]);
    expect(unmet(doc, { find: 'Next', within: '  Next: Real', scopes: ['support.type.property-name.asl'], not: ['string'] })).toEqual([]);
    expect(unmet(doc, { find: 'Real', scopes: ['entity.name.function.state.reference.asl'] })).toEqual([]);
  });

  it('keeps a key\'s context across blank lines and comments, whatever their indentation', async () => {
    const doc = await tokenize('yaml', [
      'States:',
      '  A:',
      '    Type: Pass',
      '',
      '    Parameters:',
      '      Type: payload',
      '# a comment at column 0',
      '',
      '      Next: payload too',
      '    Next: B',
      '',
      '  B:',
      '    Type: Succeed',
    ].join('\n'));
    expect(unmet(doc, { find: 'Type', within: '      Type: payload', scopes: ['entity.other.attribute-name.asl'] })).toEqual([]);
    expect(unmet(doc, { find: 'Next', within: '      Next: payload too', scopes: ['entity.other.attribute-name.asl'] })).toEqual([]);
    expect(unmet(doc, { find: 'B', within: '    Next: B', scopes: ['entity.name.function.state.reference.asl'] })).toEqual([]);
    expect(unmet(doc, { find: 'B', within: '  B:', scopes: ['entity.name.function.state.asl'] })).toEqual([]);
  });

  it('closes a flow collection whose bracket sits at its key\'s column (JSON pasted into YAML)', async () => {
    const doc = await tokenize('yaml', 'States:\n  A:\n    Parameters: {\n      "Type": "x"\n    }\n    Retry: [\n      {ErrorEquals: [States.ALL]}\n    ]\n    Next: B\n');
    expect(unmet(doc, { find: '"Type"', scopes: ['entity.other.attribute-name.asl'] })).toEqual([]);
    expect(unmet(doc, { find: '}', within: '    }\n', scopes: ['punctuation.definition.mapping.end.asl-yaml'] })).toEqual([]);
    expect(unmet(doc, { find: ']', within: '    ]\n', scopes: ['punctuation.definition.sequence.end.asl-yaml'] })).toEqual([]);
    expect(unmet(doc, { find: 'B', within: 'Next: B', scopes: ['entity.name.function.state.reference.asl'] })).toEqual([]);
  });

  it('reads a sequence item\'s keys at the column after the dash', async () => {
    const doc = await tokenize('yaml', 'Catch:\n- ErrorEquals:\n  - States.ALL\n  Next: Handler\n- ErrorEquals: [X]\n  Next: Other\n');
    expect(unmet(doc, { find: 'States.ALL', scopes: ['support.type.exception.asl'] })).toEqual([]);
    expect(unmet(doc, { find: 'Handler', scopes: ['entity.name.function.state.reference.asl'] })).toEqual([]);
    expect(unmet(doc, { find: 'Other', scopes: ['entity.name.function.state.reference.asl'] })).toEqual([]);
  });
});
