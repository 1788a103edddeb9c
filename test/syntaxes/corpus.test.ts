// Every example and corpus workflow, tokenized line by line as an editor does, then checked against what a real
// parser (jsonc-parser, yaml) says the document is: every key has the scope of its kind, every string ends where the
// parser says it ends (so nothing embedded ran past it), every number, bracket and comment is what it is. And the
// rule stack stays bounded and comes back to the root.
import { type Node as JsonNode, parseTree, visit } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { type Node as YamlNode, Lexer, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import { type Tokenized, corpusFiles, exampleFiles, hasScope, languageOf, readFixture, tokenAt, tokenize } from './harness';

type Context = 'asl' | 'states' | 'payload' | 'assign';
type KeyKind = 'field' | 'dynamic' | 'stateName' | 'user' | 'variable';

const KEY_SCOPE: Record<KeyKind, string> = {
  field: 'support.type.property-name.asl',
  dynamic: 'entity.name.tag.dynamic.asl',
  stateName: 'entity.name.function.state.asl',
  user: 'entity.other.attribute-name.asl',
  variable: 'variable.other.assignment.asl',
};

/** What ASL says about keys, restated here as the specification the grammars are held to. */
const PAYLOAD_FIELDS = new Set(['Parameters', 'Arguments', 'ItemSelector', 'ResultSelector', 'Result', 'Output', 'BatchInput', 'Items']);
const SURELY_FIELDS = new Set(['StartAt', 'States', 'Type', 'Next', 'End', 'Resource', 'Parameters', 'Arguments', 'Output', 'Assign',
  'QueryLanguage', 'Choices', 'Default', 'Retry', 'Catch', 'ItemProcessor', 'ItemSelector', 'Branches', 'ErrorEquals', 'ResultPath',
  'InputPath', 'OutputPath', 'ResultSelector', 'Comment', 'Variable', 'StringEquals', 'NumericGreaterThan', 'BooleanEquals', 'IsPresent',
  'MaxConcurrency', 'ItemReader', 'ItemsPath', 'TimeoutSeconds', 'HeartbeatSeconds', 'Seconds', 'Error', 'Cause', 'MaxAttempts',
  'IntervalSeconds', 'BackoffRate', 'ProcessorConfig', 'Mode', 'ExecutionType', 'Condition', 'Items', 'Iterator']);
const STATE_TYPES = new Set(['Task', 'Pass', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map']);
const REFERENCE_FIELDS = new Set(['Next', 'StartAt', 'Default']);

function keyKinds(ctx: Context, name: string): KeyKind[] {
  if (ctx === 'states') return ['stateName'];
  if (name.endsWith('.$')) return ['dynamic'];
  if (ctx === 'payload') return ['user'];
  if (ctx === 'assign') return ['variable'];
  return SURELY_FIELDS.has(name) ? ['field'] : ['field', 'user'];
}

function childContext(ctx: Context, name: string): Context {
  if (ctx === 'states') return 'asl';
  if (ctx !== 'asl') return 'payload';
  if (name === 'States') return 'states';
  if (name === 'Assign') return 'assign';
  return PAYLOAD_FIELDS.has(name) ? 'payload' : 'asl';
}

/** Collects mismatches instead of failing at the first, so one run shows them all. */
class Checker {
  readonly problems: string[] = [];
  constructor(readonly file: string, readonly doc: Tokenized) {}

  expect(offset: number, what: string, scopes: readonly string[], not: readonly string[] = []) {
    const t = tokenAt(this.doc, offset);
    const missing = scopes.filter((s) => !hasScope(t.scopes, s));
    const extra = not.filter((s) => hasScope(t.scopes, s));
    if (missing.length || extra.length) {
      this.problems.push(`${this.file}:${t.line + 1}:${offset - t.offset + t.start + 1} ${what} "${t.text}": ${missing.map((s) => `lacks ${s}`).concat(extra.map((s) => `has ${s}`)).join(', ')} [${t.scopes.join(' ')}]`);
    }
  }

  expectOneOf(offset: number, what: string, alternatives: readonly string[]) {
    const t = tokenAt(this.doc, offset);
    if (!alternatives.some((s) => hasScope(t.scopes, s))) {
      this.problems.push(`${this.file}:${t.line + 1} ${what} "${t.text}": none of ${alternatives.join(', ')} [${t.scopes.join(' ')}]`);
    }
  }
}

function checkJson(c: Checker, text: string): number {
  const L = '.asl';
  let maxNesting = 0;
  const walk = (node: JsonNode, ctx: Context, key: string | undefined, nesting: number) => {
    maxNesting = Math.max(maxNesting, nesting);
    const last = node.offset + node.length - 1;
    switch (node.type) {
      case 'object':
        c.expect(node.offset, 'object start', [`punctuation.definition.dictionary.begin${L}`]);
        c.expect(last, 'object end', [`punctuation.definition.dictionary.end${L}`]);
        for (const property of node.children ?? []) {
          const [k, v] = property.children ?? [];
          const name = String(k.value);
          c.expectOneOf(k.offset, `key in ${ctx}`, keyKinds(ctx, name).map((kind) => KEY_SCOPE[kind]));
          c.expect(k.offset + k.length - 1, 'key end', [], ['string']);
          if (v) walk(v, childContext(ctx, name), name, nesting + 1);
        }
        break;
      case 'array':
        c.expect(node.offset, 'array start', [`punctuation.definition.array.begin${L}`]);
        c.expect(last, 'array end', [`punctuation.definition.array.end${L}`]);
        for (const item of node.children ?? []) walk(item, ctx === 'states' ? 'asl' : ctx, undefined, nesting + 1);
        break;
      case 'string':
        c.expect(node.offset, 'string start', [`string.quoted.double${L}`, `punctuation.definition.string.begin${L}`]);
        c.expect(last, 'string end', [`string.quoted.double${L}`, `punctuation.definition.string.end${L}`], ['meta.embedded']);
        if (ctx === 'asl' && key === 'Type' && STATE_TYPES.has(node.value)) c.expect(node.offset + 1, 'state type', ['constant.language.state-type.asl']);
        if (ctx === 'asl' && key && REFERENCE_FIELDS.has(key) && node.length > 2) c.expect(node.offset + 1, 'state reference', ['entity.name.function.state.reference.asl']);
        break;
      case 'number':
        c.expect(node.offset, 'number', [`constant.numeric${L}`]);
        break;
      case 'boolean':
      case 'null':
        c.expect(node.offset, node.type, [`constant.language${L}`]);
        break;
    }
  };
  const root = parseTree(text);
  if (!root) throw new Error(`${c.file}: not JSON`);
  walk(root, 'asl', undefined, 1);
  visit(text, {
    onSeparator: (sep, offset) => c.expectOneOf(offset, `separator ${sep}`, sep === ':'
      ? [`punctuation.separator.dictionary.key-value${L}`]
      : [`punctuation.separator.dictionary.pair${L}`, `punctuation.separator.array${L}`]),
  });
  return maxNesting;
}

function checkYaml(c: Checker, text: string): number {
  const Y = '.asl-yaml';
  let maxNesting = 0;
  const scalar = (node: YamlNode, ctx: Context, key: string | undefined) => {
    if (!isScalar(node) || !node.range || node.range[0] === node.range[1]) return; // an empty value is null
    const [start, end] = node.range;
    switch (node.type) {
      case 'QUOTE_DOUBLE':
      case 'QUOTE_SINGLE':
        c.expect(start, 'quoted start', [`punctuation.definition.string.begin${Y}`]);
        c.expect(end - 1, 'quoted end', [`punctuation.definition.string.end${Y}`], ['meta.embedded']);
        break;
      case 'PLAIN':
        c.expectOneOf(start, 'plain scalar', [`string.unquoted.plain${Y}`, `string.unquoted.plain.flow${Y}`, `constant.numeric${Y}`, `constant.language.null${Y}`, `constant.language.boolean${Y}`]);
        c.expect(end - 1, 'plain scalar end', [], ['comment']);
        break;
      case 'BLOCK_LITERAL':
      case 'BLOCK_FOLDED': {
        const body = text.indexOf('\n', start) + 1;
        for (let at = body; at < end; at = text.indexOf('\n', at) + 1 || end) {
          const lineEnd = text.indexOf('\n', at);
          const line = text.slice(at, lineEnd < 0 ? end : lineEnd);
          if (line.trim()) c.expect(at + line.search(/\S/), 'block scalar line', [`string.unquoted.block${Y}`]);
        }
        break;
      }
    }
    if (ctx === 'asl' && key === 'Type' && STATE_TYPES.has(String(node.value))) c.expectOneOf(start, 'state type', ['constant.language.state-type.asl']);
  };
  const walk = (node: YamlNode | null | undefined, ctx: Context, key: string | undefined, nesting: number) => {
    if (!node) return;
    maxNesting = Math.max(maxNesting, nesting);
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) continue;
        const name = String(pair.key.value);
        c.expectOneOf(pair.key.range[0], `key in ${ctx}`, keyKinds(ctx, name).map((kind) => KEY_SCOPE[kind]));
        walk(pair.value as YamlNode, childContext(ctx, name), name, nesting + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item as YamlNode, ctx === 'states' ? 'asl' : ctx, undefined, nesting + 1);
    } else {
      scalar(node, ctx, key);
    }
  };
  const parsed = parseDocument(text);
  if (parsed.errors.length) throw new Error(`${c.file}: ${parsed.errors[0].message}`);
  walk(parsed.contents as YamlNode, 'asl', undefined, 1);
  // comments, from the lexer: its source tokens concatenate to the text (control characters are not source)
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (token.length === 1 && token < ' ' && token !== '\n' && token !== '\t') continue;
    if (token.startsWith('#')) c.expect(offset, 'comment', [`comment.line.number-sign${Y}`]);
    offset += token.length;
  }
  return maxNesting;
}

const FILES = [...exampleFiles(), ...corpusFiles()];

describe('every example and corpus workflow', () => {
  it('covers JSON and YAML documents', () => {
    expect(FILES.filter((f) => languageOf(f) === 'yaml').length).toBeGreaterThanOrEqual(8);
    expect(FILES.filter((f) => languageOf(f) === 'json').length).toBeGreaterThanOrEqual(170);
  });

  it.each(FILES)('%s', async (file) => {
    const language = languageOf(file);
    const text = readFixture(file).replace(/\r\n/g, '\n'); // an editor hands the grammar lines, not line ends
    const doc = await tokenize(language, text);
    const checker = new Checker(file, doc);
    const nesting = language === 'json' ? checkJson(checker, text) : checkYaml(checker, text);
    expect(checker.problems).toEqual([]);

    // The rule stack never grows beyond what the document's nesting explains, and ends at the root: right away for
    // JSON; for YAML after a document marker, since indentation-bounded regions end only when a shallower line comes.
    expect(Math.max(...doc.depths)).toBeLessThanOrEqual(2 * nesting + 4);
    if (language === 'json') {
      expect(doc.finalState.depth).toBe(1);
    } else {
      const closed = await tokenize(language, `${text.replace(/\n*$/, '')}\n---\n`);
      expect(closed.depths.at(-2)).toBe(1);
    }
  });
});
