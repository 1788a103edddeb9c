// Loads the grammars in syntaxes/ the way VS Code does (vscode-textmate on the oniguruma WebAssembly build, the
// injection registered for the scopes its `injectTo` names) and tokenizes whole documents.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SYNTAXES = path.join(ROOT, 'syntaxes');

export const GRAMMAR_FILES: Record<string, string> = {
  'source.asl': 'asl.tmLanguage.json',
  'source.asl-yaml': 'asl-yaml.tmLanguage.json',
  'asl.embedded.injection': 'asl-embedded.tmLanguage.json',
};

export type Language = 'json' | 'yaml';
const ROOT_SCOPE: Record<Language, string> = { json: 'source.asl', yaml: 'source.asl-yaml' };

export interface Token {
  readonly line: number;
  /** Column of the first character, in UTF-16 code units. */
  readonly start: number;
  readonly end: number;
  /** Offset of the first character in the whole document (lines joined with '\n'). */
  readonly offset: number;
  readonly text: string;
  readonly scopes: readonly string[];
}

export interface Tokenized {
  readonly lines: readonly string[];
  readonly tokens: readonly Token[];
  /** Depth of the rule stack after each line (1 = at the grammar's root). */
  readonly depths: readonly number[];
  readonly finalState: vsctm.StateStack;
}

export function readGrammar(file: string): any {
  return JSON.parse(fs.readFileSync(path.join(SYNTAXES, file), 'utf8'));
}

let registry: Promise<vsctm.Registry> | undefined;

function getRegistry(): Promise<vsctm.Registry> {
  registry ??= (async () => {
    const wasm = fs.readFileSync(path.join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const injection = readGrammar(GRAMMAR_FILES['asl.embedded.injection']);
    const injectTo: string[] = injection.injectTo;
    return new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (text: string) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async (scopeName: string) => {
        const file = GRAMMAR_FILES[scopeName];
        if (!file) return null;
        const full = path.join(SYNTAXES, file);
        return vsctm.parseRawGrammar(fs.readFileSync(full, 'utf8'), full);
      },
      getInjections: (scopeName: string) => (injectTo.includes(scopeName) ? [injection.scopeName] : undefined),
    });
  })();
  return registry;
}

export async function grammarFor(language: Language): Promise<vsctm.IGrammar> {
  const grammar = await (await getRegistry()).loadGrammar(ROOT_SCOPE[language]);
  if (!grammar) throw new Error(`no grammar for ${language}`);
  return grammar;
}

const tokenized = new Map<string, Promise<Tokenized>>();

/** Tokenizes a document line by line, as an editor does (memoized: tests look at one example many times). */
export function tokenize(language: Language, text: string): Promise<Tokenized> {
  const key = `${language}\0${text}`;
  let result = tokenized.get(key);
  if (!result) tokenized.set(key, (result = tokenizeNow(language, text)));
  return result;
}

async function tokenizeNow(language: Language, text: string): Promise<Tokenized> {
  const grammar = await grammarFor(language);
  const lines = text.split(/\r?\n/);
  const tokens: Token[] = [];
  const depths: number[] = [];
  let state = vsctm.INITIAL;
  let offset = 0;
  lines.forEach((line, index) => {
    const result = grammar.tokenizeLine(line, state);
    for (const t of result.tokens) {
      const end = Math.min(t.endIndex, line.length);
      if (end <= t.startIndex) continue; // the zero-width token vscode-textmate emits for an empty line
      tokens.push({ line: index, start: t.startIndex, end, offset: offset + t.startIndex, text: line.slice(t.startIndex, end), scopes: t.scopes });
    }
    state = result.ruleStack;
    depths.push(state.depth);
    offset += line.length + 1;
  });
  return { lines, tokens, depths, finalState: state };
}

/** The token that covers a document offset. */
export function tokenAt(doc: Tokenized, offset: number): Token {
  let lo = 0;
  let hi = doc.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = doc.tokens[mid];
    if (offset < t.offset) hi = mid - 1;
    else if (offset >= t.offset + t.text.length) lo = mid + 1;
    else return t;
  }
  throw new Error(`no token at offset ${offset}`);
}

export interface Find {
  /** The text to find; it must start and end on token boundaries. */
  readonly find: string;
  /** Look for `find` inside the `occurrence`-th appearance of this text (default: `find` itself). */
  readonly within?: string;
  readonly occurrence?: number;
}

/** The tokens that exactly cover one appearance of a text. */
export function tokensOf(doc: Tokenized, where: Find | string): Token[] {
  const { find, within = find, occurrence = 1 } = typeof where === 'string' ? { find: where } : where;
  const text = doc.lines.join('\n');
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(within, at + 1);
    if (at < 0) throw new Error(`"${within}" occurs fewer than ${occurrence} times`);
  }
  const inner = within.indexOf(find);
  if (inner < 0) throw new Error(`"${find}" is not in "${within}"`);
  at += inner;
  const covered: Token[] = [];
  let length = 0;
  while (length < find.length) {
    const t = tokenAt(doc, at + length);
    if (t.offset !== at + length) throw new Error(`"${find}" does not start on a token boundary: "${t.text}" (${t.scopes.join(' ')})`);
    covered.push(t);
    length += t.text.length;
    while (length < find.length && text[at + length] === '\n') length++; // the needle runs on to the next line
  }
  if (length !== find.length) throw new Error(`"${find}" ends inside the token "${covered.at(-1)?.text}"`);
  return covered;
}

/** The scopes of the first token of a text (the text must start and end on token boundaries). */
export function scopesOf(doc: Tokenized, where: Find | string): readonly string[] {
  return tokensOf(doc, where)[0].scopes;
}

/** Whether some scope of the list is `scope` or a more specific scope under it (TextMate prefix matching). */
export function hasScope(scopes: readonly string[], scope: string): boolean {
  return scopes.some((s) => s === scope || s.startsWith(`${scope}.`));
}

export interface Expectation extends Find {
  /** Scopes every token of the text must have (prefix match, as themes match). */
  readonly scopes: readonly string[];
  /** Scopes no token of the text may have. */
  readonly not?: readonly string[];
}

/** The ways a text's tokens fail an expectation; empty when they meet it. */
export function unmet(doc: Tokenized, e: Expectation): string[] {
  const problems: string[] = [];
  for (const t of tokensOf(doc, e)) {
    for (const s of e.scopes) if (!hasScope(t.scopes, s)) problems.push(`"${t.text}" lacks ${s}: ${t.scopes.join(' ')}`);
    for (const s of e.not ?? []) if (hasScope(t.scopes, s)) problems.push(`"${t.text}" has ${s}: ${t.scopes.join(' ')}`);
  }
  return problems;
}

/** A short name for a case in a test list. */
export function caseName(e: Find): string {
  return `${e.find}${e.within && e.within !== e.find ? ` in ${e.within}` : ''}${e.occurrence ? ` #${e.occurrence}` : ''}`;
}

export function readFixture(relative: string): string {
  return fs.readFileSync(path.join(ROOT, relative), 'utf8');
}

export function corpusFiles(): string[] {
  const dir = path.join(ROOT, 'test/fixtures/corpus');
  return fs.readdirSync(dir).filter((f) => /\.(json|ya?ml)$/.test(f)).sort().map((f) => path.join('test/fixtures/corpus', f));
}

export function exampleFiles(): string[] {
  return fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => /\.asl\.(json|ya?ml)$/.test(f)).sort().map((f) => path.join('examples', f));
}

export function languageOf(file: string): Language {
  return /\.ya?ml$/.test(file) ? 'yaml' : 'json';
}
