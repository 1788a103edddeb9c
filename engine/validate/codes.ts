// Every diagnostic code, its default severity and its message template, in one table. Codes are stable: they are
// documented (docs/diagnostics.md, generated from this table by scripts/gen-schema.mjs) and users may filter
// on them. `{name}` placeholders are filled by `formatMessage()`.
import type { Severity } from '../syntax';

export interface CodeSpec {
  severity: Severity;
  message: string;
  description: string;
  /** The group the code is listed under in docs/diagnostics.md. */
  group: 'Structure' | 'Transitions' | 'Fields' | 'Query languages' | 'Paths and expressions' | 'Variables' | 'Errors and retries' | 'Choice' | 'Engine';
}

export const CODES = {
  // ---- Structure (schema) ---------------------------------------------------------------------------------------
  'unknown-field': { group: 'Structure', severity: 'error', message: 'Field "{field}" is not valid {where}.',
    description: 'Step Functions rejects fields it does not know on states, retriers, catchers, choice rules and the top level. (Objects whose content is yours — Parameters, Arguments, Assign, Output, Result, ItemSelector, ResultSelector — accept any key.)' },
  'missing-field': { group: 'Structure', severity: 'error', message: '{what} needs "{field}".',
    description: 'A required field is missing: StartAt and States at the top level and in every branch or processor, Type on every state, Resource on a Task, Choices on a Choice, Branches on a Parallel, ErrorEquals on a retrier or catcher, Next on a catcher or choice rule. Reported on the key of the object that lacks it.' },
  'invalid-type': { group: 'Structure', severity: 'error', message: '"{field}" must be {expected}.',
    description: 'A field holds a value of the wrong kind (a string where a number goes, an object where an array goes…). `${Placeholder}` strings are accepted wherever a value goes when `stepwise.validation.placeholders` is on.' },
  'invalid-value': { group: 'Structure', severity: 'error', message: '"{field}" {problem}.',
    description: 'A value out of its allowed range or set: a negative MaxAttempts, a BackoffRate below 1, a ToleratedFailurePercentage above 100, an unknown ProcessorConfig Mode, an empty ErrorEquals or Choices…' },
  'invalid-state-type': { group: 'Structure', severity: 'error', message: '"{type}" is not a state type: use one of Task, Pass, Choice, Wait, Succeed, Fail, Parallel, Map.',
    description: 'The Type of a state must be one of the eight ASL state types (case-sensitive).' },
  'state-not-object': { group: 'Structure', severity: 'error', message: 'State "{name}" must be an object with a "Type".',
    description: 'Every entry of a States object is a state, written as an object.' },
  'duplicate-state-name': { group: 'Structure', severity: 'error', message: 'State name "{name}" is already used{where}: state names must be unique in the whole state machine.',
    description: 'AWS requires state names to be unique within the whole state machine, including the states of Parallel branches and Map processors.' },
  'state-name-too-long': { group: 'Structure', severity: 'error', message: 'State name is {length} characters long: the limit is 80.',
    description: 'A state name may have at most 80 Unicode characters.' },
  'duplicate-key': { group: 'Structure', severity: 'warning', message: 'Field "{field}" appears more than once in this object: only the last one counts.',
    description: 'A key is repeated in one object. JSON parsers (Step Functions\' included) keep the last, so the earlier ones are silently ignored — almost certainly a mistake.' },
  'query-language-in-states': { group: 'Structure', severity: 'information', message: '"QueryLanguage" is not a state: it belongs at the top level or on a state. Stepwise applies it to the states of this block.',
    description: 'A `"QueryLanguage"` entry inside a States object. Real workflows do this; Stepwise reads it as the query language of the block and says where the field belongs (information, not an error, since such workflows are deployed).' },
  'deprecated-field': { group: 'Structure', severity: 'hint', message: '"{field}" is deprecated: use "{replacement}".',
    description: 'Iterator (use ItemProcessor) and Parameters on a Map (use ItemSelector) still work but are superseded. Shown struck through, not as a problem.' },

  // ---- Transitions --------------------------------------------------------------------------------------------
  'undefined-state': { group: 'Transitions', severity: 'error', message: 'State "{name}" does not exist in {scope}.{suggestion}',
    description: 'A StartAt, Next, Default, choice rule or catcher names a state that is not in its scope.' },
  'cross-scope-transition': { group: 'Transitions', severity: 'error', message: 'State "{name}" is in {targetScope}, not in {scope}: a transition cannot cross a Parallel or Map boundary.',
    description: 'A transition names a state that exists, but in another block: states inside a Parallel branch or a Map processor can only reach states of the same branch or processor, and the outside cannot jump in.' },
  'unreachable-state': { group: 'Transitions', severity: 'error', message: 'State "{name}" cannot be reached from {start}.',
    description: 'No path from the StartAt of its block leads to this state; Step Functions rejects such definitions. Shown faded.' },
  'no-terminal-state': { group: 'Transitions', severity: 'error', message: '{scope} has no terminal state: add a Succeed or Fail state, or "End": true.',
    description: 'A state machine, branch or processor in which no state ends the execution (no `End: true`, Succeed or Fail).' },
  'missing-transition': { group: 'Transitions', severity: 'error', message: '{type} state "{name}" needs "Next" or "End": true.',
    description: 'Every Task, Pass, Wait, Parallel and Map state either names the next state or ends its block.' },
  'next-and-end': { group: 'Transitions', severity: 'error', message: '"Next" and "End" cannot be used together.',
    description: 'A state either continues (Next) or ends (End: true), not both.' },
  'transition-on-terminal-type': { group: 'Transitions', severity: 'error', message: 'A {type} state cannot have "{field}".',
    description: 'Choice, Succeed and Fail states do not use Next or End: a Choice transitions through its rules and Default; Succeed and Fail end the execution.' },

  // ---- Fields -------------------------------------------------------------------------------------------------
  'mutually-exclusive-fields': { group: 'Fields', severity: 'error', message: '"{field}" cannot be used with "{other}".',
    description: 'Fields that give the same setting two ways: Seconds/SecondsPath/Timestamp/TimestampPath, TimeoutSeconds/TimeoutSecondsPath, HeartbeatSeconds/HeartbeatSecondsPath, Error/ErrorPath, Cause/CausePath, ItemProcessor/Iterator, ItemSelector/Parameters, MaxConcurrency/MaxConcurrencyPath, ToleratedFailure…/…Path, MaxItemsPerBatch/…Path, MaxInputBytesPerBatch/…Path, MaxItems/MaxItemsPath.' },
  'missing-one-of': { group: 'Fields', severity: 'error', message: '{what} needs one of {fields}.',
    description: 'A Wait needs one of Seconds, Timestamp, SecondsPath or TimestampPath; a Map needs ItemProcessor (or the older Iterator).' },
  'heartbeat-not-below-timeout': { group: 'Fields', severity: 'error', message: 'HeartbeatSeconds ({heartbeat}) must be smaller than TimeoutSeconds ({timeout}).',
    description: 'A Task heartbeat longer than or equal to its timeout can never fire.' },
  'invalid-resource': { group: 'Fields', severity: 'error', message: '"{value}" is not an ARN: a Task Resource is an ARN such as "arn:aws:states:::lambda:invoke".',
    description: 'A Task Resource must be an Amazon Resource Name (a service integration, an activity or a Lambda function). `${Placeholder}` strings are accepted when placeholders are on.' },
  'invalid-timestamp': { group: 'Fields', severity: 'error', message: '"{value}" is not an RFC 3339 timestamp such as "2026-03-14T01:59:00Z".',
    description: 'Timestamps use the RFC 3339 profile of ISO 8601 with an uppercase T and a Z or numeric offset.' },

  // ---- Query languages ----------------------------------------------------------------------------------------
  'jsonpath-field-in-jsonata': { group: 'Query languages', severity: 'error', message: '"{field}" is a JSONPath field, and {state} uses JSONata: {hint}',
    description: 'InputPath, Parameters, ResultSelector, ResultPath, OutputPath, ItemsPath, Result, the …Path fields and choice-rule Variable/operators exist only in JSONPath states.' },
  'jsonata-field-in-jsonpath': { group: 'Query languages', severity: 'error', message: '"{field}" is a JSONata field, and {state} uses JSONPath: {hint}',
    description: 'Arguments, Output, Items and choice-rule Condition exist only in JSONata states (set `"QueryLanguage": "JSONata"` on the state or the state machine).' },
  'dollar-key-in-jsonata': { group: 'Query languages', severity: 'error', message: 'Keys ending in ".$" are JSONPath: in a JSONata state write "{key}" with a "{% … %}" value.',
    description: 'JSONata states do not evaluate `.$` keys; the value is written with `{% %}` instead.' },
  'jsonata-in-jsonpath': { group: 'Query languages', severity: 'error', message: 'JSONata expressions are evaluated only in JSONata states, and {state} uses JSONPath.',
    description: 'A `{% … %}` expression where a number, timestamp or boolean is expected in a JSONPath state would be taken literally and rejected.' },
  'jsonpath-state-in-jsonata-machine': { group: 'Query languages', severity: 'error', message: 'A state cannot use JSONPath when the state machine uses JSONata.',
    description: 'With `"QueryLanguage": "JSONata"` at the top level, every state uses JSONata; only the reverse (a JSONPath machine with some JSONata states) is allowed.' },

  // ---- Paths and expressions ------------------------------------------------------------------------------------
  'invalid-jsonpath': { group: 'Paths and expressions', severity: 'error', message: '{problem}',
    description: 'A JSONPath (InputPath, OutputPath, ResultPath, ItemsPath, …Path fields, a choice rule Variable, the value of a `.$` key) that does not parse, or that is not allowed there (ResultPath is a reference path without `$$`).' },
  'jsonpath-warning': { group: 'Paths and expressions', severity: 'warning', message: '{problem}',
    description: 'A JSONPath that parses but that Step Functions does not evaluate as written, such as a Jayway function (`.length()`).' },
  'invalid-intrinsic': { group: 'Paths and expressions', severity: 'error', message: '{problem}',
    description: 'An intrinsic function call (`States.Format(…)`, …) that does not parse, names an unknown function, or has the wrong number of arguments.' },
  'intrinsic-warning': { group: 'Paths and expressions', severity: 'warning', message: '{problem}',
    description: 'An intrinsic function call that parses but is likely wrong: an argument of the wrong type, a States.Format template whose placeholders and values do not match, an unknown hash algorithm, a deep States.JsonMerge.' },
  'dollar-value-not-string': { group: 'Paths and expressions', severity: 'error', message: 'The value of "{key}" must be a string: a path or an intrinsic function.',
    description: 'A key ending in `.$` takes a JSONPath or an intrinsic function as a string.' },
  'invalid-jsonata': { group: 'Paths and expressions', severity: 'error', message: 'JSONata: {problem}',
    description: 'A `{% … %}` expression that JSONata cannot parse; the range is the offending token inside the string.' },

  // ---- Variables ------------------------------------------------------------------------------------------------
  'undefined-variable': { group: 'Variables', severity: 'error', message: 'Variable "${name}" is never assigned{where}.',
    description: 'A workflow variable is read (in a `.$` path, a Choice Variable or a JSONata expression) but no state in reach assigns it.' },
  'variable-out-of-scope': { group: 'Variables', severity: 'error', message: 'Variable "${name}" is assigned only in {where}, which this state cannot see.',
    description: 'Variables assigned inside a Parallel branch or Map processor are not visible outside it or in other branches; a Distributed Map cannot read the variables of outer scopes.' },
  'variable-unassigned-on-path': { group: 'Variables', severity: 'warning', message: 'Variable "${name}" is not assigned on any path that reaches this state.',
    description: 'The variable is assigned in this scope, but only by states that cannot run before this one; reading it would fail at run time.' },
  'invalid-variable-name': { group: 'Variables', severity: 'error', message: '"{name}" is not a valid variable name: {problem}',
    description: 'Variable names start with a letter or underscore, hold letters, digits and underscores, and `states` is reserved.' },

  // ---- Errors and retries -----------------------------------------------------------------------------------------
  'states-all-not-alone': { group: 'Errors and retries', severity: 'error', message: '"States.ALL" must be the only error name in its ErrorEquals.',
    description: 'The wildcard States.ALL matches every error, so it must appear alone.' },
  'states-all-not-last': { group: 'Errors and retries', severity: 'error', message: 'A {kind} with "States.ALL" must be the last one: the {kind}s after it can never match.',
    description: 'Retriers and catchers are tried in order; one matching States.ALL must come last.' },
  'unknown-states-error': { group: 'Errors and retries', severity: 'warning', message: '"{name}" is not a predefined error: error names are case-sensitive; did you mean "{suggestion}"?',
    description: 'An error name that differs from a predefined one (States.ALL, States.Timeout, States.TaskFailed, …) only in case never matches it.' },

  // ---- Choice -----------------------------------------------------------------------------------------------------
  'choice-rule-no-comparison': { group: 'Choice', severity: 'error', message: 'This choice rule has no comparison: add a Variable with an operator such as StringEquals, or And/Or/Not.',
    description: 'A JSONPath choice rule must be a comparison (Variable plus one operator) or a boolean combination (And, Or, Not).' },
  'choice-rule-many-comparisons': { group: 'Choice', severity: 'error', message: 'A choice rule holds one comparison: "{field}" cannot be used with "{other}" here (use And/Or to combine).',
    description: 'Two comparison operators, or an operator together with And/Or/Not, in one rule.' },
  'choice-rule-no-variable': { group: 'Choice', severity: 'error', message: '"{field}" compares a "Variable", which this rule lacks.',
    description: 'A comparison operator without the Variable it compares.' },

  // ---- Engine -------------------------------------------------------------------------------------------------------
  'internal-error': { group: 'Engine', severity: 'warning', message: 'Rule {rule} failed: {problem}',
    description: 'A validation rule threw: a bug in Stepwise, reported so that it is seen. The other rules still ran.' },
} satisfies Record<string, CodeSpec>;

export type DiagnosticCode = keyof typeof CODES;

export function formatMessage(code: DiagnosticCode, args: Record<string, string | number> = {}): string {
  return CODES[code].message.replace(/\{(\w+)\}/g, (_, k: string) => String(args[k] ?? `{${k}}`));
}
