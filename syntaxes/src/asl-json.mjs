// source.asl: Amazon States Language in JSON.
//
// A JSON grammar whose objects know what they are. The root object and every object nested in an ASL field is an
// "asl" object: its keys are checked against the ASL field names. The value of `States` is a "states" object (keys
// are state names); the values of payload fields (Parameters, Arguments, ItemSelector, ResultSelector, Result,
// Output, BatchInput, Items) are "payload" (keys are the user's; `.$` keys are dynamic); the value of `Assign` is an
// "assign" object (keys are variables). Special members are begin/end regions that last from their key to the next
// `,` `}` or `]` at their level, so that the value after the key is tokenized in the right context.
import { CHOICE_OPERATORS, ENUM_FIELDS, FIELD_NAMES, PAYLOAD_FIELDS, STATE_REFERENCE_FIELDS, STATE_TYPES } from './vocabulary.mjs';
import { ERROR_NAME_RE, SCOPE, words } from './scopes.mjs';

const L = 'asl';
const STRING_CHARS = '(?:[^"\\\\]|\\\\.)*';
const KEY_AHEAD = '(?=\\s*:)';

/** A key given as a regular expression for its text between the quotes; group 2 is the text. */
function key(textRe, scope, extra = {}) {
  return {
    match: `(")(${textRe})(")${KEY_AHEAD}`,
    name: scope,
    captures: {
      1: { name: `punctuation.support.type.property-name.begin.${L}` },
      ...(extra.text ? { 2: extra.text } : {}),
      3: { name: `punctuation.support.type.property-name.end.${L}` },
    },
  };
}

const KEYS = {
  field: key(`${words(FIELD_NAMES)}|${CHOICE_OPERATORS}`, SCOPE.field),
  dynamic: key(`${STRING_CHARS.replace(/\*$/, '*?')}\\.\\$`, SCOPE.dynamicKey, {
    text: { patterns: [{ match: '\\.\\$$', name: SCOPE.dynamicSuffix }] },
  }),
  other: key(STRING_CHARS, SCOPE.userKey),
  stateName: key(STRING_CHARS, SCOPE.stateName),
  variable: key(STRING_CHARS, SCOPE.variable),
};

/** A string value that is exactly one of `values`, with `scope` on its text. */
function literalValue(valuesRe, scope) {
  return {
    match: `(")(${valuesRe})(")`,
    name: `string.quoted.double.${L}`,
    captures: {
      1: { name: `punctuation.definition.string.begin.${L}` },
      2: { name: scope },
      3: { name: `punctuation.definition.string.end.${L}` },
    },
  };
}

/** A member whose key is one of `names`, whose value is tokenized by `valuePatterns`. */
function member(names, valuePatterns) {
  return {
    begin: `(")(${words(names)})(")${KEY_AHEAD}`,
    beginCaptures: {
      0: { name: SCOPE.field },
      1: { name: `punctuation.support.type.property-name.begin.${L}` },
      3: { name: `punctuation.support.type.property-name.end.${L}` },
    },
    end: '(?=[,}\\]])',
    patterns: [{ include: '#comments' }, { include: '#key-value-separator' }, ...valuePatterns],
  };
}

function object(ctx, memberPatterns) {
  return {
    begin: '\\{',
    end: '\\}',
    name: `meta.structure.dictionary.${ctx === 'asl' ? '' : `${ctx}.`}${L}`,
    beginCaptures: { 0: { name: `punctuation.definition.dictionary.begin.${L}` } },
    endCaptures: { 0: { name: `punctuation.definition.dictionary.end.${L}` } },
    patterns: [
      { include: '#comments' },
      ...memberPatterns,
      { include: '#key-value-separator' },
      { match: ',', name: `punctuation.separator.dictionary.pair.${L}` },
      { include: ctx === 'asl' || ctx === 'states' ? '#value-asl' : '#value-payload' },
    ],
  };
}

function array(ctx) {
  return {
    begin: '\\[',
    end: '\\]',
    name: `meta.structure.array.${L}`,
    beginCaptures: { 0: { name: `punctuation.definition.array.begin.${L}` } },
    endCaptures: { 0: { name: `punctuation.definition.array.end.${L}` } },
    patterns: [
      { include: '#comments' },
      { include: `#value-${ctx}` },
      { match: ',', name: `punctuation.separator.array.${L}` },
    ],
  };
}

function value(ctx) {
  return {
    patterns: [
      { include: '#comments' },
      { include: `#object-${ctx}` },
      { include: `#array-${ctx}` },
      { include: '#string' },
      { include: '#number' },
      { include: '#constant' },
      { include: '#invalid' },
    ],
  };
}

export function jsonGrammar() {
  const enumMembers = Object.entries(ENUM_FIELDS).map(([field, { values, scope }]) =>
    member([field], [literalValue(words(values), scope), { include: '#value-asl' }]));
  return {
    name: 'Amazon States Language (JSON)',
    scopeName: 'source.asl',
    fileTypes: ['asl.json', 'asl'],
    patterns: [
      { include: '#comments' },
      { include: '#value-asl' },
      { match: '[}\\],:]', name: `invalid.illegal.unexpected-punctuation.${L}` },
    ],
    repository: {
      'value-asl': value('asl'),
      'value-payload': value('payload'),
      'object-asl': object('asl', [
        member(['States'], [{ include: '#object-states' }, { include: '#value-asl' }]),
        member(PAYLOAD_FIELDS, [{ include: '#value-payload' }]),
        member(['Assign'], [{ include: '#object-assign' }, { include: '#value-payload' }]),
        member(['Type'], [literalValue(words(STATE_TYPES), SCOPE.stateType), { include: '#value-asl' }]),
        ...enumMembers,
        member(STATE_REFERENCE_FIELDS, [literalValue(STRING_CHARS, SCOPE.stateReference), { include: '#value-asl' }]),
        KEYS.dynamic,
        KEYS.field,
        KEYS.other,
      ]),
      'object-states': object('states', [KEYS.stateName]),
      'object-payload': object('payload', [KEYS.dynamic, KEYS.other]),
      'object-assign': object('assign', [KEYS.dynamic, KEYS.variable]),
      'array-asl': array('asl'),
      'array-payload': array('payload'),
      'key-value-separator': { match: ':', name: `punctuation.separator.dictionary.key-value.${L}` },
      string: {
        // JSON strings cannot span lines: one left open ends with its line, so that the next line starts afresh.
        begin: '"',
        end: '"|$',
        name: `string.quoted.double.${L}`,
        beginCaptures: { 0: { name: `punctuation.definition.string.begin.${L}` } },
        endCaptures: { 0: { name: `punctuation.definition.string.end.${L}` } },
        patterns: [
          { match: `\\G(${ERROR_NAME_RE})(?=")`, captures: { 1: { name: SCOPE.errorName } } },
          { match: '\\\\(?:["\\\\/bfnrt]|u[0-9a-fA-F]{4})', name: `constant.character.escape.${L}` },
          { match: '\\\\.', name: `invalid.illegal.unrecognized-string-escape.${L}` },
        ],
      },
      number: {
        match: '-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?(?![\\w.+-])',
        name: `constant.numeric.${L}`,
      },
      constant: { match: '\\b(?:true|false|null)\\b', name: `constant.language.${L}` },
      comments: {
        // Not ASL, but a stray comment should not derail the colouring of the rest of the document.
        patterns: [
          {
            begin: '/\\*', end: '\\*/', name: `comment.block.${L}`,
            captures: { 0: { name: `punctuation.definition.comment.${L}` } },
          },
          { match: '(//).*$', name: `comment.line.double-slash.${L}`, captures: { 1: { name: `punctuation.definition.comment.${L}` } } },
        ],
      },
      invalid: { match: '[^\\s{}\\[\\],:"/]+|/(?![/*])', name: `invalid.illegal.${L}` },
    },
  };
}
