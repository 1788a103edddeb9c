// source.asl-yaml: Amazon States Language in YAML.
//
// Every `key:` line opens a begin/while region that lasts while the following lines are indented deeper than the key
// (blank and comment lines continue it). That one device gives three things:
// - context: the region of `States` tokenizes its children as state names, the region of a payload field as payload
//   keys, the region of `Assign` as variables, and so on, exactly as the JSON grammar does with nesting;
// - block scalars (`|`, `>`) need no indentation bookkeeping of their own: their content runs until the enclosing
//   key's region ends;
// - nothing opened inside a value (a quoted scalar, a flow collection, an embedded expression) can outlive the
//   value's indentation, so an unterminated construct spoils a few lines at most.
// The `while` rules only look ahead (they consume nothing) so that nested regions are all checked at column 0.
import { CHOICE_OPERATORS, ENUM_FIELDS, FIELD_NAMES, PAYLOAD_FIELDS, STATE_REFERENCE_FIELDS, STATE_TYPES } from './vocabulary.mjs';
import { ERROR_NAME_RE, SCOPE, words } from './scopes.mjs';
import { DOTTED_PATH_RE, SUBSTITUTION, jsonpathTokens } from './embedded.mjs';

const Y = 'asl-yaml';
const COLON = { name: `punctuation.separator.key-value.mapping.${Y}` };
const DASH = { name: `punctuation.definition.block.sequence.item.${Y}` };

// Where a scalar ends: a comment or the end of the line; in flow context also , ] } and an implicit key's colon.
const BLOCK_END = '(?=[ \\t]+#|[ \\t]*$)';
const FLOW_END = '(?=[ \\t]*[,\\]}]|[ \\t]+#|[ \\t]*$)';

// The first character of a plain scalar (indicators excluded), and the characters after it.
const PLAIN_FIRST = "(?:[^\\s\\-?:,\\[\\]{}#&*!|>'\"%@\\x60]|[-?:](?=\\S))";
const PLAIN_REST = '(?:[^\\s:]|:(?=\\S)|[ \\t]+(?=[^\\s#:]))';
const FLOW_FIRST = "(?:[^\\s\\-?:,\\[\\]{}#&*!|>'\"%@\\x60]|[-?:](?=[^\\s,\\[\\]{}]))";
const FLOW_REST = '(?:[^\\s:,\\[\\]{}]|:(?=[^\\s,\\[\\]{}])|[ \\t]+(?=[^\\s#:,\\[\\]{}]))';
const DQ = '"(?:[^"\\\\]|\\\\.)*"';
const SQ = "'(?:[^']|'')*'";

// Keys, as regular expressions without capture groups. Block keys are followed by `[ \t]*:` then a space or the end.
const PLAIN_AHEAD = '(?=[ \\t]*:(?:[\\s,\\[\\]{}]|$))';
const QUOTED_AHEAD = '(?=[ \\t]*:)';
const KEY = {
  named: (re, flow) => flow
    ? `(?:(?:${re})${PLAIN_AHEAD}|"(?:${re})"${QUOTED_AHEAD}|'(?:${re})'${QUOTED_AHEAD})`
    : `(?:${re}|"(?:${re})"|'(?:${re})')`,
  any: (flow) => flow
    ? `(?:${FLOW_FIRST}${FLOW_REST}*?${PLAIN_AHEAD}|${DQ}${QUOTED_AHEAD}|${SQ}${QUOTED_AHEAD})`
    : `(?:${PLAIN_FIRST}${PLAIN_REST}*?|${DQ}|${SQ})`,
};
const FIELD_RE = `${words(FIELD_NAMES)}|${CHOICE_OPERATORS}`;

// How the keys of a context are classified. Applied to a key already matched (a capture), so that the long list of
// field names is compiled once, not into every key rule. A key starts after a space, a dash, `{` or `,`, or at the
// start of the line; `$` is the end of the capture.
const KEY_START = '(?<![^ \\t\\[{,])';
const DYNAMIC_KEY = { match: `${KEY_START}.*(\\.\\$)["']?$`, name: SCOPE.dynamicKey, captures: { 1: { name: SCOPE.dynamicSuffix } } };
const CLASSIFIERS = {
  asl: [
    { match: `${KEY_START}(?:${FIELD_RE}|"(?:${FIELD_RE})"|'(?:${FIELD_RE})')$`, name: SCOPE.field },
    DYNAMIC_KEY,
    { match: `${KEY_START}.+$`, name: SCOPE.userKey },
  ],
  payload: [DYNAMIC_KEY, { match: `${KEY_START}.+$`, name: SCOPE.userKey }],
  assign: [DYNAMIC_KEY, { match: `${KEY_START}.+$`, name: SCOPE.variable }],
  states: [{ match: `${KEY_START}.+$`, name: SCOPE.stateName }],
};

/** The rules for a value that is exactly one of a set (state types, state names…), in its three quoting styles. */
function literalValue({ plain, dq = plain, sq = plain }, scope, flow) {
  const lead = flow ? '\\G[ \\t]*' : '\\G[ \\t]+';
  const end = flow ? FLOW_END : BLOCK_END;
  const quoted = (q, re, kind) => ({
    match: `${lead}((${q})(${re})(${q}))${end}`,
    captures: {
      1: { name: `string.quoted.${kind}.${Y}` },
      2: { name: `punctuation.definition.string.begin.${Y}` },
      3: { name: scope },
      4: { name: `punctuation.definition.string.end.${Y}` },
    },
  });
  return [
    { match: `${lead}(${plain})${end}`, captures: { 1: { name: `string.unquoted.plain.${flow ? 'flow.' : ''}${Y} ${scope}` } } },
    quoted('"', dq, 'double'),
    quoted("'", sq, 'single'),
  ];
}

const stateReference = (flow) => literalValue({
  plain: flow ? `${FLOW_FIRST}[^,\\[\\]{}#]*?` : `${PLAIN_FIRST}.*?`,
  dq: '(?:[^"\\\\]|\\\\.)*',
  sq: "(?:[^']|'')*",
}, SCOPE.stateReference, flow);

/** The keys of the ASL context that switch context or give their value a meaning. */
function specialKeys(flow) {
  return [
    { names: ['States'], child: 'states' },
    { names: PAYLOAD_FIELDS, child: 'payload' },
    { names: ['Assign'], child: 'assign' },
    { names: ['Type'], child: 'asl', values: literalValue({ plain: words(STATE_TYPES) }, SCOPE.stateType, flow) },
    ...Object.entries(ENUM_FIELDS).map(([field, { values, scope }]) =>
      ({ names: [field], child: 'asl', values: literalValue({ plain: words(values) }, scope, flow) })),
    { names: STATE_REFERENCE_FIELDS, child: 'asl', values: stateReference(flow) },
  ];
}

/** The key kinds of each context, in the order they are tried: the special keys, then every other key. */
function keyKinds(ctx, flow) {
  const special = ctx === 'asl'
    ? specialKeys(flow).map((k) => ({ re: KEY.named(words(k.names), flow), capture: { name: SCOPE.field }, child: k.child, values: k.values }))
    : [];
  return [...special, { re: KEY.any(flow), capture: { patterns: [{ include: `#key-${ctx}` }] }, child: valueContext(ctx) }];
}

// Blank and comment lines never end a region; nor does a `]` or `}` at the key's own column, which can only close a
// flow collection opened in the region (JSON pasted into YAML puts them there).
const CONTINUES = '[ \\t]*(?:#|$)';

/** A `key:` line and everything indented under it; also in the `- key:` form that starts a sequence item. */
function blockEntries(ctx) {
  const rules = [];
  for (const kind of keyKinds(ctx, false)) {
    const patterns = [...(kind.values ?? []), { include: `#block-${kind.child}` }];
    rules.push({
      begin: `^([ \\t]*)(${kind.re})[ \\t]*(:)(?=[ \\t]|$)`,
      beginCaptures: { 2: kind.capture, 3: COLON },
      while: `^(?=\\1[ \\t]+\\S|\\1-(?=[ \\t]|$)|\\1[\\]}]|${CONTINUES})`,
      patterns,
    });
    if (ctx === 'states') continue; // a state is never a sequence item
    rules.push({
      begin: `^([ \\t]*)(-)([ \\t]+)(${kind.re})[ \\t]*(:)(?=[ \\t]|$)`,
      beginCaptures: { 2: DASH, 4: kind.capture, 5: COLON },
      // the key stands one column right of the dash plus the spaces after it
      while: `^(?=\\1 \\3[ \\t]+\\S|\\1 \\3-(?=[ \\t]|$)|\\1 \\3[\\]}]|${CONTINUES})`,
      patterns,
    });
  }
  if (ctx !== 'states') {
    rules.push({
      begin: '^([ \\t]*)(-)(?=[ \\t]|$)',
      beginCaptures: { 2: DASH },
      while: `^(?=\\1[ \\t]+\\S|\\1[\\]}]|${CONTINUES})`,
      patterns: [{ include: `#block-${ctx}` }],
    });
  }
  return rules;
}

/** A `key: value` pair inside `{ }`: special keys are regions (so their value gets its context), others a match. */
function flowMembers(ctx) {
  return keyKinds(ctx, true).map((kind) => {
    if (!kind.values && kind.child === valueContext(ctx)) {
      return { match: `(${kind.re})`, captures: { 1: kind.capture } };
    }
    return {
      begin: `(${kind.re})[ \\t]*(:)`,
      beginCaptures: { 1: kind.capture, 2: COLON },
      end: '(?=[ \\t]*[,\\]}])',
      patterns: [...(kind.values ?? []), { include: `#flow-value-${kind.child}` }],
    };
  });
}

/** The context of the values of a context's ordinary keys (and of a sequence where a mapping is expected). */
function valueContext(ctx) {
  return { asl: 'asl', payload: 'payload', states: 'asl', assign: 'payload' }[ctx];
}

function blockValue(ctx, { blockScalar = true } = {}) {
  return {
    patterns: [
      { include: '#comment' },
      { include: '#properties' },
      ...(blockScalar ? [{ include: '#block-scalar' }] : []),
      { include: `#flow-sequence-${valueContext(ctx)}` },
      { include: `#flow-mapping-${ctx}` },
      { include: '#string-double' },
      { include: '#string-single' },
      { include: '#constants-block' },
      { include: '#plain' },
      { match: '-(?=[ \\t]|$)', ...DASH },
    ],
  };
}

function flowValue(ctx) {
  return {
    patterns: [
      { include: '#comment' },
      { include: '#properties' },
      { include: `#flow-sequence-${valueContext(ctx)}` },
      { include: `#flow-mapping-${ctx}` },
      { include: '#string-double' },
      { include: '#string-single' },
      { include: '#constants-flow' },
      { include: '#plain-flow' },
    ],
  };
}

function flowMapping(ctx) {
  return {
    begin: '\\{',
    end: '\\}',
    name: `meta.flow-mapping.${Y}`,
    beginCaptures: { 0: { name: `punctuation.definition.mapping.begin.${Y}` } },
    endCaptures: { 0: { name: `punctuation.definition.mapping.end.${Y}` } },
    patterns: [
      { include: '#comment' },
      ...flowMembers(ctx),
      { match: ':', ...COLON },
      { match: ',', name: `punctuation.separator.mapping.${Y}` },
      { include: `#flow-value-${valueContext(ctx)}` },
    ],
  };
}

function flowSequence(ctx) {
  return {
    begin: '\\[',
    end: '\\]',
    name: `meta.flow-sequence.${Y}`,
    beginCaptures: { 0: { name: `punctuation.definition.sequence.begin.${Y}` } },
    endCaptures: { 0: { name: `punctuation.definition.sequence.end.${Y}` } },
    patterns: [
      { include: `#flow-value-${ctx}` },
      { match: ',', name: `punctuation.separator.sequence.${Y}` },
    ],
  };
}

function constants(end) {
  return {
    patterns: [
      { match: `(?:null|Null|NULL|~)${end}`, name: `constant.language.null.${Y}` },
      { match: `(?:true|True|TRUE|false|False|FALSE)${end}`, name: `constant.language.boolean.${Y}` },
      {
        match: `(?:[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))${end}`,
        name: `constant.numeric.${Y}`,
      },
    ],
  };
}

const errorName = (end) => ({ match: `\\G(${ERROR_NAME_RE})${end}`, captures: { 1: { name: SCOPE.errorName } } });

export function yamlGrammar() {
  const repository = {
    comment: {
      match: '(?<![^ \\t])(#).*$',
      name: `comment.line.number-sign.${Y}`,
      captures: { 1: { name: `punctuation.definition.comment.${Y}` } },
    },
    properties: {
      patterns: [
        {
          match: '(?<![^\\s\\[{,])(&)([^\\s,\\[\\]{}]+)',
          captures: { 1: { name: `punctuation.definition.anchor.${Y}` }, 2: { name: `entity.name.type.anchor.${Y}` } },
        },
        {
          match: '(?<![^\\s\\[{,])(\\*)([^\\s,\\[\\]{}]+)',
          captures: { 1: { name: `punctuation.definition.alias.${Y}` }, 2: { name: `variable.other.alias.${Y}` } },
        },
        {
          match: '(?<![^\\s\\[{,])(!)(?:<[^>]*>|[^\\s,\\[\\]{}]*)',
          name: `storage.type.tag.${Y}`,
          captures: { 1: { name: `punctuation.definition.tag.${Y}` } },
        },
      ],
    },
    'block-scalar': {
      // Content runs until the enclosing key's (or sequence item's) region ends; the `while` here only consumes the
      // indentation of each line, so that embedded expressions start at the text.
      begin: '(?<![^ \\t])([|>])([1-9][-+]?|[-+][1-9]?)?[ \\t]*((#).*)?$',
      beginCaptures: {
        1: { name: `keyword.control.flow.block-scalar.${Y}` },
        2: { name: `storage.modifier.chomping-indicator.${Y}` },
        3: { name: `comment.line.number-sign.${Y}` },
        4: { name: `punctuation.definition.comment.${Y}` },
      },
      while: '^[ \\t]*',
      name: `meta.scalar.block.${Y}`,
      contentName: `string.unquoted.block.${Y}`,
    },
    'string-double': {
      begin: '"',
      end: '"',
      name: `string.quoted.double.${Y}`,
      beginCaptures: { 0: { name: `punctuation.definition.string.begin.${Y}` } },
      endCaptures: { 0: { name: `punctuation.definition.string.end.${Y}` } },
      patterns: [
        errorName('(?=")'),
        { match: '\\\\(?:[0abtnvfre "/\\\\N_LP\\t]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|$)', name: `constant.character.escape.${Y}` },
        { match: '\\\\.', name: `invalid.illegal.unrecognized-string-escape.${Y}` },
      ],
    },
    'string-single': {
      begin: "'",
      end: "'(?!')",
      name: `string.quoted.single.${Y}`,
      beginCaptures: { 0: { name: `punctuation.definition.string.begin.${Y}` } },
      endCaptures: { 0: { name: `punctuation.definition.string.end.${Y}` } },
      patterns: [errorName("(?=')"), { match: "''", name: `constant.character.escape.${Y}` }],
    },
    'constants-block': constants(BLOCK_END),
    'constants-flow': constants('(?=[ \\t]*[,\\]}:]|[ \\t]+#|[ \\t]*$)'),
    plain: {
      begin: `(?=${PLAIN_FIRST})`,
      end: BLOCK_END,
      name: `string.unquoted.plain.${Y}`,
      patterns: [errorName(BLOCK_END)],
    },
    'plain-flow': {
      // Not injected (see the injection's selector): a flow scalar cannot hold brackets or commas, so paths here are
      // dotted paths and are coloured by this grammar itself.
      begin: `(?=${FLOW_FIRST})`,
      end: '(?=[ \\t]*[,\\]}]|[ \\t]+#|[ \\t]*$|[ \\t]*:(?:[ \\t]|$))',
      name: `string.unquoted.plain.flow.${Y}`,
      patterns: [
        errorName(FLOW_END),
        { match: `\\G(${DOTTED_PATH_RE})(?![A-Za-z0-9_])`, captures: { 1: { name: 'meta.embedded.jsonpath.asl', patterns: [{ include: '#jsonpath' }] } } },
        { include: '#substitution' },
      ],
    },
    jsonpath: { patterns: jsonpathTokens('raw') },
    substitution: SUBSTITUTION,
  };
  for (const ctx of ['asl', 'payload', 'states', 'assign']) {
    repository[`key-${ctx}`] = { patterns: CLASSIFIERS[ctx] };
    repository[`entries-${ctx}`] = { patterns: blockEntries(ctx) };
    repository[`block-${ctx}`] = { patterns: [{ include: '#comment' }, { include: `#entries-${ctx}` }, { include: `#value-${ctx}` }] };
    repository[`value-${ctx}`] = blockValue(ctx);
    repository[`flow-mapping-${ctx}`] = flowMapping(ctx);
    repository[`flow-value-${ctx}`] = flowValue(ctx);
  }
  for (const ctx of ['asl', 'payload']) repository[`flow-sequence-${ctx}`] = flowSequence(ctx);
  repository['value-root'] = blockValue('asl', { blockScalar: false });

  return {
    name: 'Amazon States Language (YAML)',
    scopeName: `source.${Y}`,
    fileTypes: ['asl.yaml', 'asl.yml'],
    patterns: [
      { include: '#comment' },
      { match: '^(---)(?=[ \\t]|$)', captures: { 1: { name: `entity.other.document.begin.${Y}` } } },
      { match: '^(\\.\\.\\.)(?=[ \\t]|$)', captures: { 1: { name: `entity.other.document.end.${Y}` } } },
      {
        match: '^(%)([A-Za-z]+)(.*)$',
        name: `meta.directive.${Y}`,
        captures: { 1: { name: `punctuation.definition.directive.${Y}` }, 2: { name: `keyword.other.directive.${Y}` } },
      },
      { include: '#entries-asl' },
      { include: '#value-root' },
    ],
    repository,
  };
}
