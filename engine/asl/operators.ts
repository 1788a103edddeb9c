// Choice rule comparison operators (JSONPath choice rules): what each compares and what value it takes.
import { guide } from './guide';

/** What the operator's own value must be: a literal of a type, or a reference path (the …Path variants). */
export type OperatorValueType = 'string' | 'number' | 'boolean' | 'timestamp' | 'pattern' | 'path';

export interface ChoiceOperatorSpec {
  readonly name: string;
  /** The kind of data compared: the Variable's value must be of this type for the rule to match. */
  readonly family: 'string' | 'numeric' | 'boolean' | 'timestamp' | 'test';
  readonly valueType: OperatorValueType;
  /** For a …Path operator, the literal operator it mirrors (StringEqualsPath → StringEquals). */
  readonly literalOf?: string;
  /** For a literal operator, its …Path variant, if it has one. */
  readonly pathVariant?: string;
  readonly doc: string;
  readonly url: string;
}

const URL = guide('state-choice.html#amazon-states-language-choice-state-rules');

const RELATIONS = [
  ['Equals', 'equal to'],
  ['LessThan', 'less than'],
  ['GreaterThan', 'greater than'],
  ['LessThanEquals', 'less than or equal to'],
  ['GreaterThanEquals', 'greater than or equal to'],
] as const;

const FAMILIES = [
  ['String', 'string', 'string', 'the Variable is a string', 'compared character by character (code point order)'],
  ['Numeric', 'numeric', 'number', 'the Variable is a number', 'compared as numbers'],
  ['Timestamp', 'timestamp', 'timestamp', 'the Variable is an RFC 3339 timestamp string', 'compared as points in time (e.g. `2026-01-01T00:00:00Z`)'],
] as const;

function build(): ChoiceOperatorSpec[] {
  const out: ChoiceOperatorSpec[] = [];
  for (const [prefix, family, valueType, requires, how] of FAMILIES) {
    for (const [rel, words] of RELATIONS) {
      const name = `${prefix}${rel}`;
      out.push({ name, family, valueType, pathVariant: `${name}Path`, url: URL,
        doc: `Matches when ${requires} ${words} this ${valueType === 'number' ? 'number' : valueType === 'timestamp' ? 'timestamp' : 'string'}, ${how}. A value of another type does not match.` });
      out.push({ name: `${name}Path`, family, valueType: 'path', literalOf: name, url: URL,
        doc: `Like \`${name}\`, but the value to compare with is read from the input (or context, or a variable) through this reference path.` });
    }
  }
  out.push({ name: 'StringMatches', family: 'string', valueType: 'pattern', url: URL,
    doc: 'Matches when the Variable is a string that matches this pattern, where `*` stands for any run of characters (write `\\\\*` for a literal asterisk). No other wildcard exists.' });
  out.push({ name: 'BooleanEquals', family: 'boolean', valueType: 'boolean', pathVariant: 'BooleanEqualsPath', url: URL,
    doc: 'Matches when the Variable is the boolean `true` or `false` given here.' });
  out.push({ name: 'BooleanEqualsPath', family: 'boolean', valueType: 'path', literalOf: 'BooleanEquals', url: URL,
    doc: 'Like `BooleanEquals`, but the boolean to compare with is read through this reference path.' });
  const tests: [string, string][] = [
    ['IsNull', 'is JSON `null`'],
    ['IsPresent', 'exists in the input (the path selects something)'],
    ['IsNumeric', 'is a number'],
    ['IsString', 'is a string'],
    ['IsBoolean', 'is a boolean'],
    ['IsTimestamp', 'is a string in RFC 3339 timestamp form'],
  ];
  for (const [name, what] of tests) {
    out.push({ name, family: 'test', valueType: 'boolean', url: URL,
      doc: `With \`true\`, matches when the Variable ${what}; with \`false\`, when it does not.${name === 'IsPresent' ? ' The only operator that does not fail when the Variable path selects nothing.' : ''}` });
  }
  return out;
}

export const CHOICE_OPERATORS: readonly ChoiceOperatorSpec[] = build();

const BY_NAME = new Map(CHOICE_OPERATORS.map((o) => [o.name, o]));

export function choiceOperator(name: string): ChoiceOperatorSpec | undefined {
  return BY_NAME.get(name);
}

export function isChoiceOperator(name: string): boolean {
  return BY_NAME.has(name);
}
