// Choice rules in JSONPath: comparison operators, their `…Path` variants, And/Or/Not, and the Is* type tests.
// https://docs.aws.amazon.com/step-functions/latest/dg/state-choice.html
// A Variable that selects nothing fails with States.Runtime (except IsPresent). `IsNumeric: false` (and the other
// Is* tests with false) is true for any value of another type.
import { Causes, ErrorNames, StatesError } from './errors';
import { readPath, type PathEnv } from './pipeline';

type Rule = Record<string, any>;

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

function timestamp(v: unknown): number | undefined {
  if (typeof v !== 'string' || !TIMESTAMP.test(v)) return undefined;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : t;
}

/** StringMatches: `*` matches any run of characters; `\*` and `\\` are a literal star and backslash. */
export function stringMatches(value: string, pattern: string): boolean {
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length && (pattern[i + 1] === '*' || pattern[i + 1] === '\\')) { re += '\\' + pattern[++i]; continue; }
    if (c === '*') { re += '[\\s\\S]*'; continue; }
    re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(re + '$').test(value);
}

function read(path: string, env: PathEnv): unknown {
  const v = readPath(path, env);
  if (v === undefined) throw new StatesError(ErrorNames.Runtime, Causes.choicePath(path));
  return v;
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

export function evaluateRule(rule: Rule, env: PathEnv): boolean {
  if (Array.isArray(rule.And)) return rule.And.every((r: Rule) => evaluateRule(r, env));
  if (Array.isArray(rule.Or)) return rule.Or.some((r: Rule) => evaluateRule(r, env));
  if (rule.Not !== undefined) return !evaluateRule(rule.Not, env);
  const variable = rule.Variable;
  if (typeof variable !== 'string') throw new StatesError(ErrorNames.Runtime, 'A Choice rule has no Variable.');
  if (rule.IsPresent !== undefined) return (readPath(variable, env) !== undefined) === rule.IsPresent;
  const value = read(variable, env);
  for (const key of Object.keys(rule)) {
    if (key === 'Variable' || key === 'Next' || key === 'Comment' || key === 'Assign' || key === 'Output') continue;
    const operand = rule[key];
    switch (key) {
      case 'IsNull': return (value === null) === operand;
      case 'IsString': return (typeof value === 'string') === operand;
      case 'IsNumeric': return (typeof value === 'number') === operand;
      case 'IsBoolean': return (typeof value === 'boolean') === operand;
      case 'IsTimestamp': return (timestamp(value) !== undefined) === operand;
      case 'BooleanEquals': return typeof value === 'boolean' && value === operand;
      case 'BooleanEqualsPath': { const o = read(operand, env); return typeof value === 'boolean' && value === o; }
      case 'StringMatches': return typeof value === 'string' && typeof operand === 'string' && stringMatches(value, operand);
    }
    const m = OPERATOR.exec(key);
    if (m) {
      const other = m[3] ? read(operand, env) : operand;
      const c = compare[m[1] as keyof typeof compare](value, other);
      return c !== undefined && relations[m[2]](c);
    }
  }
  throw new StatesError(ErrorNames.Runtime, `A Choice rule on '${variable}' has no comparison operator.`);
}
