// The injection grammar: JSONPath, intrinsic functions and JSONata inside the strings of both host grammars.
//
// The same expression is written differently depending on the string that holds it: in a JSON string (or a YAML
// "double-quoted" scalar) a quote is `\"` and a backslash `\\`; in a YAML 'single-quoted' scalar a quote is `''`;
// in a YAML plain or block scalar nothing is escaped. An injection has one set of patterns for every host, so each
// construct is written once as a function of the host ("dq", "sq", "raw") and instantiated three times. The entry
// rules tell the hosts apart by what precedes the first character of the string content (`\G` is that position):
// the opening `"`, the opening `'`, or the space before a plain scalar or after a block scalar's indentation.
//
// Never leaking past the end of the host string is the first rule:
// - JSONPath and intrinsic calls are single `match` rules whose capture is re-tokenized; whatever is opened inside a
//   capture is closed at the end of the capture, so nothing can run on.
// - JSONata, which can span lines, is a begin/end region whose end (and the end of every region inside it) also
//   stops before the host's closing quote. In a JSON string it stops at the end of the line too, since JSON strings
//   cannot span lines. In a YAML block scalar it is bounded by the scalar's indentation (a `while` rule).
import { JSONATA_FUNCTIONS } from './vocabulary.mjs';
import { SCOPE, words } from './scopes.mjs';

export const EMBEDDED_SCOPE_NAME = 'asl.embedded.injection';

/** The string scopes of the host grammars that get the injection. YAML flow plain scalars are left out on purpose. */
export const HOST_STRING_SCOPES = [
  'string.quoted.double.asl',
  'string.quoted.double.asl-yaml',
  'string.quoted.single.asl-yaml',
  'string.unquoted.plain.asl-yaml',
  'string.unquoted.block.asl-yaml',
];

const HOSTS = {
  dq: {
    lookbehind: '(?<=")',
    char: '(?:[^"\\\\]|\\\\.)',
    endAhead: '(?="|$)',
    regionEnd: '(?=")|$',
  },
  sq: {
    lookbehind: "(?<=')",
    char: "(?:[^']|'')",
    endAhead: "(?='(?!')|$)",
    regionEnd: "(?='(?!'))",
  },
  raw: {
    lookbehind: '(?<=[ \\t])',
    char: '.',
    endAhead: '(?=[ \\t]+#|[ \\t]*$)',
    regionEnd: null,
  },
};

/** A region end: the construct's own end, or (when the host has one) the host's end. */
function endOr(own, host) {
  return HOSTS[host].regionEnd ? `${own}|${HOSTS[host].regionEnd}` : own;
}

// ---------------------------------------------------------------------------------------------------------------
// JSONPath

/** Characters of a member name after a dot. Generous: AWS accepts most characters in field names. */
export const PATH_NAME = '[^\\s.\\[\\](){}\'",\\\\*?@=<>!&|:;$%]+';
/** `$`, `$$` or `$name` (a workflow variable), but not `${` (a definition substitution). */
const PATH_HEAD = '\\$(?!\\{)(?:\\$|[A-Za-z_][A-Za-z0-9_]*)?';

const BRACKET = {
  dq: '(?<br>\\[(?:[^\\[\\]\'"\\\\]|\'(?:[^\'"\\\\]|\\\\.)*\'|\\\\.|\\g<br>)*\\])',
  sq: "(?<br>\\[(?:[^\\[\\]']|''|\\g<br>)*\\])",
  raw: '(?<br>\\[(?:[^\\[\\]\'"\\\\]|\'(?:[^\'\\\\]|\\\\.)*\'|"(?:[^"\\\\]|\\\\.)*"|\\\\.|\\g<br>)*\\])',
};

/**
 * A whole JSONPath (approximately: brackets balance, quoted names may hold anything) as written in a host. It may
 * not run into a word character, so that `$5` is not the path `$` followed by text.
 */
export function pathRe(host) {
  return `${PATH_HEAD}(?:\\.\\.?(?:${PATH_NAME}|\\*)?|${BRACKET[host]})*(?![A-Za-z0-9_])`;
}

/** A JSONPath made of dots only, as it can appear in a YAML flow plain scalar (which cannot hold brackets). */
export const DOTTED_PATH_RE = `${PATH_HEAD}(?:\\.\\.?(?:${PATH_NAME}|\\*)?)*`;

const PATH_STRINGS = {
  dq: [
    { match: "'(?:[^'\\\\]|\\\\.)*'", name: 'string.quoted.single.jsonpath.asl' },
    { match: '\\\\"(?:[^\\\\]|\\\\[^"])*?\\\\"', name: 'string.quoted.double.jsonpath.asl' },
    { match: '\\\\(?:["\\\\/bfnrt]|u[0-9a-fA-F]{4})', name: 'constant.character.escape.asl' },
  ],
  sq: [
    { match: "''(?:[^']|'''')*?''", name: 'string.quoted.single.jsonpath.asl' },
    { match: '"[^"]*"', name: 'string.quoted.double.jsonpath.asl' },
  ],
  raw: [
    { match: "'(?:[^'\\\\]|\\\\.)*'", name: 'string.quoted.single.jsonpath.asl' },
    { match: '"(?:[^"\\\\]|\\\\.)*"', name: 'string.quoted.double.jsonpath.asl' },
  ],
};

/** The tokens of a JSONPath; used inside a capture that holds exactly one path. */
export function jsonpathTokens(host) {
  return [
    ...PATH_STRINGS[host],
    { match: '\\$\\$', name: 'variable.language.context.jsonpath.asl' },
    { match: '\\$[A-Za-z_][A-Za-z0-9_]*', name: 'variable.other.jsonpath.asl' },
    { match: '\\$', name: 'variable.language.root.jsonpath.asl' },
    { match: '@', name: 'variable.language.current.jsonpath.asl' },
    { match: '\\.\\.', name: 'keyword.operator.descendant.jsonpath.asl' },
    { match: '\\.', name: 'punctuation.accessor.jsonpath.asl' },
    { match: `(?<=\\.)${PATH_NAME}`, name: 'variable.other.property.jsonpath.asl' },
    { match: '\\*', name: 'keyword.operator.wildcard.jsonpath.asl' },
    { match: '\\[', name: 'punctuation.section.brackets.begin.jsonpath.asl' },
    { match: '\\]', name: 'punctuation.section.brackets.end.jsonpath.asl' },
    { match: '\\?', name: 'keyword.operator.filter.jsonpath.asl' },
    { match: '\\(', name: 'punctuation.section.group.begin.jsonpath.asl' },
    { match: '\\)', name: 'punctuation.section.group.end.jsonpath.asl' },
    { match: '==|!=|<=|>=|=~|<|>', name: 'keyword.operator.comparison.jsonpath.asl' },
    { match: '&&|\\|\\||!', name: 'keyword.operator.logical.jsonpath.asl' },
    { match: '-?[0-9]+(?:\\.[0-9]+)?', name: 'constant.numeric.jsonpath.asl' },
    { match: '\\b(?:true|false|null)\\b', name: 'constant.language.jsonpath.asl' },
    { match: ':', name: 'keyword.operator.slice.jsonpath.asl' },
    { match: ',', name: 'punctuation.separator.union.jsonpath.asl' },
    { match: '[-+/%]', name: 'keyword.operator.arithmetic.jsonpath.asl' },
    { match: '[A-Za-z_][A-Za-z0-9_]*', name: 'variable.other.property.jsonpath.asl' },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Definition substitutions: ${Name} (SAM DefinitionSubstitutions, CDK, Terraform templatefile)

export const SUBSTITUTION = {
  match: '(\\$\\{)([^}\\s"\'\\\\]*)(\\})',
  name: SCOPE.substitution,
  captures: { 1: { name: SCOPE.substitutionBegin }, 3: { name: SCOPE.substitutionEnd } },
};

// ---------------------------------------------------------------------------------------------------------------
// Intrinsic functions: States.Format('{}', $.x), nested calls, string literals with \' \{ \} \\ escapes

const INTRINSIC_STRING = {
  dq: {
    begin: "'", end: "'",
    patterns: [
      { match: "\\\\\\\\(?:\\\\\\\\|['{}])", name: 'constant.character.escape.intrinsic.asl' },
      { match: '\\\\(?:["\\\\/bfnrt]|u[0-9a-fA-F]{4})', name: 'constant.character.escape.asl' },
    ],
  },
  sq: {
    begin: "''", end: "''",
    patterns: [{ match: "\\\\(?:''|[{}\\\\])", name: 'constant.character.escape.intrinsic.asl' }],
  },
  raw: {
    begin: "'", end: "'",
    patterns: [{ match: "\\\\['{}\\\\]", name: 'constant.character.escape.intrinsic.asl' }],
  },
};

function intrinsicTokens(host) {
  const str = INTRINSIC_STRING[host];
  return [
    { match: 'States\\.[A-Za-z0-9]+(?=[ \\t]*\\()', name: 'support.function.intrinsic.asl' },
    { match: '\\(', name: 'punctuation.section.arguments.begin.intrinsic.asl' },
    { match: '\\)', name: 'punctuation.section.arguments.end.intrinsic.asl' },
    { match: ',', name: 'punctuation.separator.arguments.intrinsic.asl' },
    {
      begin: str.begin, end: str.end, name: 'string.quoted.single.intrinsic.asl',
      beginCaptures: { 0: { name: 'punctuation.definition.string.begin.intrinsic.asl' } },
      endCaptures: { 0: { name: 'punctuation.definition.string.end.intrinsic.asl' } },
      patterns: [
        ...str.patterns,
        { match: '\\{\\}', name: 'constant.other.placeholder.intrinsic.asl' },
        { include: '#substitution' },
      ],
    },
    { match: pathRe(host), name: 'meta.path.jsonpath.asl', captures: { 0: { patterns: [{ include: `#jsonpath-${host}` }] } } },
    { match: '-?[0-9]+(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?', name: 'constant.numeric.intrinsic.asl' },
    { match: '\\b(?:true|false|null)\\b', name: 'constant.language.intrinsic.asl' },
    ...(host === 'dq' ? [{ match: '\\\\(?:["\\\\/bfnrt]|u[0-9a-fA-F]{4})', name: 'constant.character.escape.asl' }] : []),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// JSONata between {% and %}

function jsonataStrings(host) {
  const esc = 'constant.character.escape.jsonata.asl';
  const str = (begin, end, name, patterns) => ({
    begin, end, name,
    beginCaptures: { 0: { name: `punctuation.definition.string.begin.jsonata.asl` } },
    endCaptures: { 0: { name: `punctuation.definition.string.end.jsonata.asl` } },
    patterns: [...patterns, { include: '#substitution' }],
  });
  if (host === 'dq') {
    // A JSONata escape is a JSON-escaped backslash followed by one JSON character (itself possibly escaped).
    const inner = [
      { match: '\\\\\\\\(?:\\\\.|[^\\\\"])', name: esc },
      { match: '\\\\(?:[/bfnrt]|u[0-9a-fA-F]{4})', name: 'constant.character.escape.asl' },
    ];
    return [
      str('\\\\"', endOr('\\\\"', host), 'string.quoted.double.jsonata.asl', inner),
      str("'", endOr("'", host), 'string.quoted.single.jsonata.asl', [...inner, { match: '\\\\"', name: 'constant.character.escape.asl' }]),
    ];
  }
  if (host === 'sq') {
    return [
      str('"', endOr('"', host), 'string.quoted.double.jsonata.asl', [{ match: "\\\\(?:''|u[0-9a-fA-F]{4}|[^'])", name: esc }]),
      str("''", endOr("''", host), 'string.quoted.single.jsonata.asl', [{ match: "\\\\(?:''|u[0-9a-fA-F]{4}|[^'])", name: esc }]),
    ];
  }
  return [
    str('"', '"', 'string.quoted.double.jsonata.asl', [{ match: '\\\\(?:u[0-9a-fA-F]{4}|.)', name: esc }]),
    str("'", "'", 'string.quoted.single.jsonata.asl', [{ match: '\\\\(?:u[0-9a-fA-F]{4}|.)', name: esc }]),
  ];
}

const REGEX_BODY = {
  dq: '(?:\\\\\\\\[^"]|\\\\[^\\\\]|[^/\\\\"])+',
  sq: "(?:\\\\.|''|[^/\\\\'])+",
  raw: '(?:\\\\.|[^/\\\\])+',
};

function jsonataTokens(host) {
  return [
    {
      begin: '/\\*', end: endOr('\\*/', host), name: 'comment.block.jsonata.asl',
      beginCaptures: { 0: { name: 'punctuation.definition.comment.begin.jsonata.asl' } },
      endCaptures: { 0: { name: 'punctuation.definition.comment.end.jsonata.asl' } },
    },
    ...jsonataStrings(host),
    { match: '`[^`]*`', name: 'variable.other.property.jsonata.asl' },
    {
      // A regular expression literal stands where an operand is expected: after ( , [ : ? (a slash after an
      // operand is a division).
      match: `(?<=[(,\\[:?]|[(,\\[:?][ \\t]|[(,\\[:?][ \\t][ \\t])(/)(?![*/])(${REGEX_BODY[host]})(/)([a-z]*)`,
      name: 'string.regexp.jsonata.asl',
      captures: {
        1: { name: 'punctuation.definition.string.begin.jsonata.asl' },
        3: { name: 'punctuation.definition.string.end.jsonata.asl' },
        4: { name: 'keyword.other.regexp-flags.jsonata.asl' },
      },
    },
    { match: '(?<![\\w$])[0-9]+(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?', name: 'constant.numeric.jsonata.asl' },
    { match: '\\b(?:true|false|null)\\b', name: 'constant.language.jsonata.asl' },
    { match: '\\b(?:and|or|in)\\b', name: 'keyword.operator.word.jsonata.asl' },
    { match: '\\bfunction\\b|λ', name: 'storage.type.function.jsonata.asl' },
    { match: '\\$states\\b', name: 'variable.language.states.jsonata.asl' },
    { match: `\\$${words(JSONATA_FUNCTIONS)}(?=[ \\t]*\\()`, name: 'support.function.builtin.jsonata.asl' },
    { match: '\\$[A-Za-z_][A-Za-z0-9_]*(?=[ \\t]*\\()', name: 'entity.name.function.jsonata.asl' },
    { match: '\\$[A-Za-z_][A-Za-z0-9_]*', name: 'variable.other.jsonata.asl' },
    { match: '\\$\\$', name: 'variable.language.root.jsonata.asl' },
    { match: '\\$', name: 'variable.language.context.jsonata.asl' },
    { match: ':=', name: 'keyword.operator.assignment.jsonata.asl' },
    { match: '~>', name: 'keyword.operator.chain.jsonata.asl' },
    { match: '\\?\\?|\\?:', name: 'keyword.operator.conditional.jsonata.asl' },
    { match: '!=|<=|>=|=|<|>', name: 'keyword.operator.comparison.jsonata.asl' },
    { match: '&', name: 'keyword.operator.concatenation.jsonata.asl' },
    { match: '\\.\\.', name: 'keyword.operator.range.jsonata.asl' },
    { match: '\\*\\*', name: 'keyword.operator.descendant.jsonata.asl' },
    { match: '[-+*/%]', name: 'keyword.operator.arithmetic.jsonata.asl' },
    { match: '[?:]', name: 'keyword.operator.ternary.jsonata.asl' },
    { match: '[@#]', name: 'keyword.operator.binding.jsonata.asl' },
    { match: '\\^', name: 'keyword.operator.sort.jsonata.asl' },
    { match: '\\|', name: 'keyword.operator.transform.jsonata.asl' },
    { match: '\\.', name: 'punctuation.accessor.jsonata.asl' },
    { match: ',', name: 'punctuation.separator.comma.jsonata.asl' },
    { match: ';', name: 'punctuation.terminator.statement.jsonata.asl' },
    { match: '[()]', name: 'meta.brace.round.jsonata.asl' },
    { match: '[\\[\\]]', name: 'meta.brace.square.jsonata.asl' },
    { match: '[{}]', name: 'meta.brace.curly.jsonata.asl' },
    { match: '[\\p{L}_][\\p{L}\\p{N}_]*', name: 'variable.other.property.jsonata.asl' },
    ...(host === 'dq' ? [{ match: '\\\\(?:[\\\\/bfnrt]|u[0-9a-fA-F]{4})', name: 'constant.character.escape.asl' }] : []),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Entry rules and the grammar

function entries(host) {
  const { lookbehind, char, endAhead } = HOSTS[host];
  return [
    {
      begin: `\\G${lookbehind}(\\{%)`,
      end: endOr('(%\\})', host),
      name: 'meta.embedded.jsonata.asl',
      beginCaptures: { 1: { name: 'punctuation.section.embedded.begin.jsonata.asl' } },
      endCaptures: { 1: { name: 'punctuation.section.embedded.end.jsonata.asl' } },
      patterns: [{ include: `#jsonata-${host}` }],
    },
    {
      match: `\\G${lookbehind}(States\\.[A-Za-z0-9]+[ \\t]*\\(${char}*?)${endAhead}`,
      captures: { 1: { name: 'meta.embedded.intrinsic.asl', patterns: [{ include: `#intrinsic-${host}` }] } },
    },
    {
      match: `\\G${lookbehind}(${pathRe(host)})`,
      captures: { 1: { name: 'meta.embedded.jsonpath.asl', patterns: [{ include: `#jsonpath-${host}` }] } },
    },
  ];
}

export function embeddedGrammar() {
  const repository = { substitution: SUBSTITUTION };
  for (const host of Object.keys(HOSTS)) {
    repository[`entry-${host}`] = { patterns: entries(host) };
    repository[`jsonpath-${host}`] = { patterns: jsonpathTokens(host) };
    repository[`intrinsic-${host}`] = { patterns: intrinsicTokens(host) };
    repository[`jsonata-${host}`] = { patterns: jsonataTokens(host) };
  }
  return {
    name: 'ASL expressions in strings (JSONPath, intrinsic functions, JSONata)',
    scopeName: EMBEDDED_SCOPE_NAME,
    injectTo: ['source.asl', 'source.asl-yaml'],
    injectionSelector: HOST_STRING_SCOPES.map((s) => `${s} -meta.embedded`).join(', '),
    patterns: [
      { include: '#entry-dq' },
      { include: '#entry-sq' },
      { include: '#entry-raw' },
      { include: '#substitution' },
    ],
    repository,
  };
}
