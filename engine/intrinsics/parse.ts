// Parser for intrinsic function calls, following the specification's "Intrinsic Functions" rules: a name of
// A–Z a–z 0–9 . _, immediately followed by '(' and comma-separated arguments, each a '…' string, a number, true,
// false, null, a path or a nested call. Never throws; every problem carries the exact range to underline.
//
// String escapes: only \' \{ \} \\ exist; "If an open escape backslash \ is found in the intrinsic invocation string,
// the interpreter will throw a runtime error" (guide, "Reserved characters in intrinsic functions"). Unescaped
// braces outside States.Format templates are fine: deployed workflows pass '{"NewField": "MyValue" }' to
// States.StringToJson.

import { parsePath, type PathProblem } from '../jsonpath';
import type { IntrinsicArg, IntrinsicCall } from './ast';
import { parseTemplate } from './format';
import { HASH_ALGORITHMS, LIMITS, findIntrinsic, suggestIntrinsic, type ArgType } from './specs';

const NAME_CHAR = /[A-Za-z0-9._]/;

/** Does this `.$` value look like an intrinsic call (rather than a path)? */
export function isIntrinsicExpression(text: string): boolean {
  if (typeof text !== 'string') return false;
  const t = text.trimStart();
  return t.startsWith('States.') || /^[A-Za-z_][A-Za-z0-9._]*\s*\(/.test(t);
}

export function parseIntrinsic(text: string): { ast?: IntrinsicCall; problems: PathProblem[] } {
  const p = new Parser(typeof text === 'string' ? text : '');
  p.skipSpaces();
  if (p.eof) {
    p.problem(0, p.text.length, 'Expected an intrinsic function call such as States.Format(…)');
    return { problems: p.problems };
  }
  const ast = p.call(1);
  p.skipSpaces();
  if (ast && !p.eof && !p.stopped) p.problem(p.pos, p.text.length - p.pos, 'Unexpected text after the intrinsic function call');
  return { ...(ast ? { ast } : {}), problems: p.problems };
}

class Parser {
  pos = 0;
  /** Set when the text ended inside a string or a call could not continue: later problems would only repeat it. */
  stopped = false;
  readonly problems: PathProblem[] = [];
  constructor(readonly text: string) {}

  get eof(): boolean {
    return this.pos >= this.text.length;
  }

  skipSpaces(): void {
    while (!this.eof && /\s/.test(this.text[this.pos])) this.pos++;
  }

  problem(offset: number, length: number, message: string, severity?: 'warning'): void {
    const clamped = Math.max(0, Math.min(length, this.text.length - offset));
    this.problems.push({ offset, length: clamped, message, ...(severity ? { severity } : {}) });
  }

  call(depth: number): IntrinsicCall | undefined {
    const start = this.pos;
    while (!this.eof && NAME_CHAR.test(this.text[this.pos])) this.pos++;
    const name = this.text.slice(start, this.pos);
    if (!name) {
      this.problem(start, 1, `Expected an intrinsic function name such as States.Format but found '${this.text[start]}'`);
      return undefined;
    }
    const spec = findIntrinsic(name);
    if (!spec) {
      const hint = suggestIntrinsic(name);
      this.problem(start, name.length, `Unknown intrinsic function '${name}'${hint ? `; did you mean ${hint}?` : ''}`);
    }
    if (depth > LIMITS.nesting) {
      this.problem(start, name.length, `Intrinsic functions can be nested at most ${LIMITS.nesting} deep`);
    }
    const node: IntrinsicCall = { kind: 'call', name, nameOffset: start, args: [], offset: start, length: name.length };
    if (this.text[this.pos] !== '(') {
      this.problem(this.pos, this.eof ? 0 : 1, `Expected '(' right after ${name}`);
      this.stopped = true;
      return node;
    }
    const open = this.pos++;
    this.skipSpaces();
    if (this.text[this.pos] === ')') {
      this.pos++;
    } else {
      for (;;) {
        this.skipSpaces();
        const arg = this.argument(depth);
        if (arg) node.args.push(arg);
        else this.skipArgument();
        if (this.stopped) break;
        this.skipSpaces();
        let ch = this.text[this.pos];
        if (ch !== ',' && ch !== ')' && !this.eof) {
          this.problem(this.pos, 1, `Expected ',' or ')' but found '${ch}'`);
          while (!this.eof && this.text[this.pos] !== ',' && this.text[this.pos] !== ')') {
            const before = this.pos;
            this.skipArgument();
            this.skipSpaces();
            if (this.pos === before) this.pos++;
          }
          ch = this.text[this.pos];
        }
        if (ch === ')') {
          this.pos++;
          break;
        }
        if (this.eof) {
          this.problem(open, 1, `Missing ')' to close ${name}(`);
          break;
        }
        const comma = this.pos++;
        this.skipSpaces();
        if (this.text[this.pos] === ')' || this.eof) {
          this.problem(comma, 1, "Expected an argument after ','");
          if (!this.eof) this.pos++;
          break;
        }
      }
    }
    node.length = this.pos - start;
    if (spec && !this.stopped) checkCall(this, node, spec.minArgs, spec.maxArgs, spec.argTypes ?? []);
    return node;
  }

  argument(depth: number): IntrinsicArg | undefined {
    const start = this.pos;
    const ch = this.text[start];
    if (ch === "'") return this.string();
    if (ch === '$') return this.path();
    const num = /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(this.text.slice(start));
    if (num) {
      this.pos += num[0].length;
      if (!this.eof && !/[\s,)]/.test(this.text[this.pos])) {
        this.problem(start, this.tokenEnd() - start, `'${this.text.slice(start, this.tokenEnd())}' is not a number`);
        return undefined;
      }
      return { kind: 'number', value: Number(num[0]), offset: start, length: num[0].length };
    }
    if (ch && NAME_CHAR.test(ch)) {
      let end = start;
      while (end < this.text.length && NAME_CHAR.test(this.text[end])) end++;
      const word = this.text.slice(start, end);
      if (this.text[end] === '(') return this.call(depth + 1);
      this.pos = end;
      if (word === 'true' || word === 'false') return { kind: 'boolean', value: word === 'true', offset: start, length: word.length };
      if (word === 'null') return { kind: 'null', offset: start, length: 4 };
      this.problem(start, word.length,
        `Unexpected '${word}': an argument is a '…' string, a number, true, false, null, a path starting with $, or an intrinsic function`);
      return undefined;
    }
    if (ch === '"') {
      this.problem(start, 1, "Strings in intrinsic functions are written in single quotes: '…'");
      return undefined;
    }
    this.problem(start, this.eof ? 0 : 1, this.eof ? 'Expected an argument but the text ends here' : `Expected an argument but found '${ch}'`);
    return undefined;
  }

  string(): IntrinsicArg | undefined {
    const start = this.pos++;
    let value = '';
    while (!this.eof) {
      const ch = this.text[this.pos];
      if (ch === "'") {
        this.pos++;
        return { kind: 'string', value, raw: this.text.slice(start + 1, this.pos - 1), offset: start, length: this.pos - start };
      }
      if (ch === '\\') {
        const next = this.text[this.pos + 1];
        if (next === "'" || next === '{' || next === '}' || next === '\\') value += next;
        else if (next === undefined) this.problem(this.pos, 1, 'A backslash must be followed by the character it escapes');
        else this.problem(this.pos, 2, `Invalid escape '\\${next}': only \\' \\{ \\} and \\\\ are allowed in intrinsic strings`);
        this.pos += 2;
        continue;
      }
      value += ch;
      this.pos++;
    }
    this.problem(start, this.text.length - start, "Unterminated string: missing the closing '");
    this.stopped = true;
    return { kind: 'string', value, raw: this.text.slice(start + 1), offset: start, length: this.pos - start };
  }

  path(): IntrinsicArg {
    const start = this.pos;
    const end = this.tokenEnd();
    this.pos = end;
    const text = this.text.slice(start, end);
    const { path, problems } = parsePath(text);
    for (const pr of problems) this.problems.push({ ...pr, offset: pr.offset + start });
    return { kind: 'path', text, ...(path && problems.length === 0 ? { path } : {}), offset: start, length: end - start };
  }

  /**
   * End of the token at the cursor: the next ',', ')' or space outside brackets, parentheses and quotes. A ')' that
   * does not match the innermost open bracket also ends it (`$.a[)` is a path missing its ']').
   */
  tokenEnd(): number {
    const open: string[] = [];
    let quote = '';
    for (let i = this.pos; i < this.text.length; i++) {
      const ch = this.text[i];
      if (quote) {
        if (ch === '\\') i++;
        else if (ch === quote) quote = '';
      } else if (ch === "'" || ch === '"') quote = ch;
      else if (ch === '[' || ch === '(') open.push(ch);
      else if (ch === ']' && open[open.length - 1] === '[') open.pop();
      else if (ch === ')' && open[open.length - 1] === '(') open.pop();
      else if (ch === ')' || (open.length === 0 && (ch === ',' || /\s/.test(ch)))) return i;
    }
    return this.text.length;
  }

  /** After a bad argument: move to the ',' or ')' that ends it. */
  skipArgument(): void {
    this.pos = Math.max(this.pos, this.tokenEnd());
  }
}

/**
 * Arity (an error), then literal argument types and what known literals allow (Format placeholders, Hash algorithm,
 * JsonMerge's deep flag): warnings, since AWS accepts such calls in a definition and fails them at run time (a
 * conformance suite ran States.MathAdd('a', 1) on AWS: States.Runtime, "Invalid arguments in States.MathAdd").
 */
function checkCall(p: Parser, node: IntrinsicCall, min: number, max: number, types: readonly ArgType[]): void {
  const n = node.args.length;
  if (n < min || n > max) {
    const want = min === max ? `${min} argument${min === 1 ? '' : 's'}` : max === Infinity ? `at least ${min} argument${min === 1 ? '' : 's'}` : `${min} or ${max} arguments`;
    const message = `${node.name} takes ${want} but was given ${n}`;
    if (n > max) {
      const first = node.args[max];
      const last = node.args[n - 1];
      p.problem(first.offset, last.offset + last.length - first.offset, message);
    } else {
      p.problem(node.nameOffset, node.name.length, message);
    }
  }
  node.args.forEach((arg, i) => {
    const expected = types[Math.min(i, types.length - 1)];
    const actual = staticType(arg);
    if (!expected || expected === 'any' || !actual || actual === expected) return;
    p.problem(arg.offset, arg.length, `${node.name} expects ${article(expected)} as argument ${i + 1}, not ${article(actual)}`, 'warning');
  });
  const [first, second, third] = node.args;
  if (node.name === 'States.Format' && first?.kind === 'string') {
    const t = parseTemplate(first.raw);
    if ('error' in t) p.problem(first.offset + 1 + t.offset, t.length, `The template has ${t.error}`, 'warning');
    else if (t.placeholders !== n - 1) {
      p.problem(first.offset, first.length, `The template has ${t.placeholders} {} placeholder${t.placeholders === 1 ? '' : 's'} but ${n - 1} value${n - 1 === 1 ? '' : 's'} follow${n - 1 === 1 ? 's' : ''}`, 'warning');
    }
  }
  if (node.name === 'States.Hash' && second?.kind === 'string' && !(HASH_ALGORITHMS as readonly string[]).includes(second.value)) {
    p.problem(second.offset, second.length, `Unknown hash algorithm '${second.value}'; use one of ${HASH_ALGORITHMS.join(', ')}`, 'warning');
  }
  if (node.name === 'States.JsonMerge' && third?.kind === 'boolean' && third.value) {
    p.problem(third.offset, third.length, 'Step Functions only supports shallow merging: the third argument must be false', 'warning');
  }
}

function staticType(arg: IntrinsicArg): ArgType | 'null' | undefined {
  switch (arg.kind) {
    case 'string': return 'string';
    case 'number': return 'number';
    case 'boolean': return 'boolean';
    case 'null': return 'null';
    case 'call': {
      const r = findIntrinsic(arg.name)?.returns;
      return r === 'any' ? undefined : r;
    }
    default: return undefined;
  }
}

function article(type: string): string {
  return type === 'null' ? 'null' : type === 'array' || type === 'object' ? `an ${type}` : `a ${type}`;
}
