// Choice rules in JSONPath: comparison operators, their `…Path` variants, And/Or/Not, and the Is* type tests.
// https://docs.aws.amazon.com/step-functions/latest/dg/state-choice.html
// A Variable that selects nothing fails with States.Runtime (except IsPresent). `IsNumeric: false` (and the other
// Is* tests with false) is true for any value of another type.
import { Causes, ErrorNames, StatesError } from './errors';
import { pathReader, type PathEnv, type PathReader } from './pipeline';

type Rule = Record<string, any>;

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

function timestamp(v: unknown): number | undefined {
  if (typeof v !== 'string' || !TIMESTAMP.test(v)) return undefined;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : t;
}

/** StringMatches: `*` matches any run of characters; `\*` and `\\` are a literal star and backslash. */
export function stringMatches(value: string, pattern: string): boolean {
  return matcher(pattern).test(value);
}

function matcher(pattern: string): RegExp {
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length && (pattern[i + 1] === '*' || pattern[i + 1] === '\\')) { re += '\\' + pattern[++i]; continue; }
    if (c === '*') { re += '[\\s\\S]*'; continue; }
    re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(re + '$');
}

const compare = {
  String: (a: unknown, b: unknown) => typeof a === 'string' && typeof b === 'string' ? (a < b ? -1 : a > b ? 1 : 0) : undefined,
  Numeric: (a: unknown, b: unknown) => typeof a === 'number' && typeof b === 'number' ? (a < b ? -1 : a > b ? 1 : 0) : undefined,
  Timestamp: (a: unknown, b: unknown) => {
    const x = timestamp(a), y = timestamp(b);
    return x === undefined || y === undefined ? undefined : (x < y ? -1 : x > y ? 1 : 0);
  },
};

const relations: Record<string, (c: number) => boolean> = {
  Equals: (c) => c === 0, LessThan: (c) => c < 0, GreaterThan: (c) => c > 0,
  LessThanEquals: (c) => c <= 0, GreaterThanEquals: (c) => c >= 0,
};

const OPERATOR = /^(String|Numeric|Timestamp)(Equals|LessThan|GreaterThan|LessThanEquals|GreaterThanEquals)(Path)?$/;
const NOT_OPERATORS = new Set(['Variable', 'Next', 'Comment', 'Assign', 'Output']);

type Test = (env: PathEnv) => boolean;

/** Reads a Choice path: a Variable (or an operand path) that selects nothing is States.Runtime. */
function required(path: unknown): PathReader {
  if (typeof path !== 'string') return () => { throw new StatesError(ErrorNames.Runtime, Causes.choicePath(String(path))); };
  const read = pathReader(path);
  return (env) => {
    const v = read(env);
    if (v === undefined) throw new StatesError(ErrorNames.Runtime, Causes.choicePath(path));
    return v;
  };
}

/** The test on the Variable's value that a rule's first operator field makes, or undefined. */
function operatorTest(key: string, operand: unknown): ((value: unknown, env: PathEnv) => boolean) | undefined {
  switch (key) {
    case 'IsNull': return (value) => (value === null) === operand;
    case 'IsString': return (value) => (typeof value === 'string') === operand;
    case 'IsNumeric': return (value) => (typeof value === 'number') === operand;
    case 'IsBoolean': return (value) => (typeof value === 'boolean') === operand;
    case 'IsTimestamp': return (value) => (timestamp(value) !== undefined) === operand;
    case 'BooleanEquals': return (value) => typeof value === 'boolean' && value === operand;
    case 'BooleanEqualsPath': { const other = required(operand); return (value, env) => { const o = other(env); return typeof value === 'boolean' && value === o; }; }
    case 'StringMatches': {
      if (typeof operand !== 'string') return () => false;
      const re = matcher(operand);
      return (value) => typeof value === 'string' && re.test(value);
    }
  }
  const m = OPERATOR.exec(key);
  if (!m) return undefined;
  const cmp = compare[m[1] as keyof typeof compare];
  const rel = relations[m[2]];
  if (m[3]) {
    const other = required(operand);
    return (value, env) => { const c = cmp(value, other(env)); return c !== undefined && rel(c); };
  }
  return (value) => { const c = cmp(value, operand); return c !== undefined && rel(c); };
}

function compileRule(rule: Rule): Test {
  if (rule === null || typeof rule !== 'object') return () => { throw new StatesError(ErrorNames.Runtime, 'A Choice rule must be an object.'); };
  if (Array.isArray(rule.And)) { const all = rule.And.map(ruleTest); return (env) => all.every((t: Test) => t(env)); }
  if (Array.isArray(rule.Or)) { const any = rule.Or.map(ruleTest); return (env) => any.some((t: Test) => t(env)); }
  if (rule.Not !== undefined) { const not = ruleTest(rule.Not); return (env) => !not(env); }
  const variable = rule.Variable;
  if (typeof variable !== 'string') return () => { throw new StatesError(ErrorNames.Runtime, 'A Choice rule has no Variable.'); };
  if (rule.IsPresent !== undefined) {
    const read = pathReader(variable);
    const expected = rule.IsPresent;
    return (env) => (read(env) !== undefined) === expected;
  }
  const value = required(variable);
  let test: ((value: unknown, env: PathEnv) => boolean) | undefined;
  for (const key of Object.keys(rule)) {
    if (NOT_OPERATORS.has(key)) continue;
    test = operatorTest(key, rule[key]);
    if (test) break;
  }
  if (!test) return (env) => { value(env); throw new StatesError(ErrorNames.Runtime, `A Choice rule on '${variable}' has no comparison operator.`); };
  const t = test;
  return (env) => t(value(env), env);
}

const compiled = new WeakMap<object, Test>();

function ruleTest(rule: Rule): Test {
  if (rule === null || typeof rule !== 'object') return compileRule(rule);
  let t = compiled.get(rule);
  if (!t) { t = compileRule(rule); compiled.set(rule, t); }
  return t;
}

/** Evaluate a Choice rule (compiled once per rule object). */
export function evaluateRule(rule: Rule, env: PathEnv): boolean {
  return ruleTest(rule)(env);
}
