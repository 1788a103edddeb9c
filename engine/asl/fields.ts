// Every field ASL defines, where it may appear, in which QueryLanguage, what its value is, and a short doc.
// This table is the one source for completion, hover and the field/QueryLanguage validation rules.
// Sources: the AWS Step Functions developer guide pages linked from each entry.
import type { QueryLanguage, StateType } from '../model/types';
import { FIELD_SPECS } from './fieldTable';

/** The kind of object a field belongs to. */
export type FieldContainer =
  | 'StateMachine' // the top-level object
  | 'State' // a state object (see `stateTypes`)
  | 'Branch' // one element of a Parallel state's Branches
  | 'ItemProcessor' // a Map state's ItemProcessor
  | 'Iterator' // a Map state's deprecated Iterator
  | 'ProcessorConfig'
  | 'Retrier' // one element of Retry
  | 'Catcher' // one element of Catch
  | 'ChoiceRule' // one element of a Choice state's Choices (top-level rule, with Next)
  | 'NestedChoiceRule' // a rule inside And / Or / Not (no Next)
  | 'ItemReader'
  | 'ReaderConfig'
  | 'ItemBatcher'
  | 'ResultWriter'
  | 'WriterConfig'
  | 'Credentials';

/** Which query language a field belongs to. */
export type QueryLanguageSupport = 'JSONPath' | 'JSONata' | 'both';

/** What a field's value is. */
export type ValueKind =
  | 'string' // any string
  | 'stateName' // the name of a state of the same scope
  | 'enum' // one of `values`
  | 'integer'
  | 'number'
  | 'boolean'
  | 'timestamp' // an RFC 3339 timestamp string
  | 'resourceArn' // a Task Resource ARN (or an ItemReader/ResultWriter S3 action)
  | 'path' // a JSONPath Path (may hold filters and wildcards); `null` allowed when `nullable`
  | 'referencePath' // a JSONPath Reference Path (a single node), or an intrinsic where the guide says so
  | 'payloadTemplate' // JSONPath: an object whose `key.$` fields take paths or intrinsic functions
  | 'jsonataTemplate' // JSONata: any JSON value; strings inside `{% %}` are evaluated
  | 'assign' // an object: variable name → value (JSONPath: `name.$` paths; JSONata: `{% %}` strings)
  | 'jsonata' // a JSONata expression string `{% … %}`
  | 'json' // any JSON value, used as is
  | 'errorNames' // an array of error names
  | 'states' // the States object
  | 'branches' // an array of { StartAt, States }
  | 'choices' // an array of choice rules
  | 'choiceRules' // an array of nested choice rules (And, Or)
  | 'choiceRule' // one nested choice rule (Not)
  | 'retriers' // the Retry array
  | 'catchers' // the Catch array
  | 'stringArray'
  | 'object'; // a structured object described by its own container (ItemProcessor, ItemReader, …)

export interface FieldSpec {
  readonly name: string;
  readonly container: FieldContainer;
  /** For `State` fields: the state types that accept the field. */
  readonly stateTypes?: readonly StateType[];
  readonly queryLanguage: QueryLanguageSupport;
  readonly kind: ValueKind;
  /** In a JSONata state the whole value may instead be a `{% %}` expression (e.g. `"TimeoutSeconds": "{% $t %}"`). */
  readonly acceptsJsonata?: boolean;
  /** `null` is a valid value (InputPath, OutputPath, ResultPath). */
  readonly nullable?: boolean;
  readonly values?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  /** Required wherever the field's container (and state type) applies. Required-one-of groups are in EXCLUSIVE_GROUPS. */
  readonly required?: boolean;
  /** Id of the group of fields of which at most one may appear (see EXCLUSIVE_GROUPS). */
  readonly exclusive?: string;
  /** For objects described by another container. */
  readonly object?: FieldContainer;
  /** Why the field should not be used any more, and what replaces it. */
  readonly deprecated?: string;
  /** Only meaningful for a Map state in DISTRIBUTED mode. */
  readonly distributedOnly?: boolean;
  /** The value when the field is absent, as the guide states it. */
  readonly defaultValue?: string;
  /** Markdown, in our own words. */
  readonly doc: string;
  readonly url: string;
}

export interface ExclusiveGroup {
  readonly id: string;
  readonly container: FieldContainer;
  readonly stateTypes?: readonly StateType[];
  readonly fields: readonly string[];
  /** Exactly one of the fields must be present (otherwise: at most one). */
  readonly required: boolean;
  readonly doc: string;
}

export { FIELD_SPECS };

const FLOWING: readonly StateType[] = ['Task', 'Pass', 'Wait', 'Parallel', 'Map'];

export const EXCLUSIVE_GROUPS: readonly ExclusiveGroup[] = [
  { id: 'transition', container: 'State', stateTypes: FLOWING, fields: ['Next', 'End'], required: true, doc: 'A state other than Choice, Succeed and Fail has exactly one of `Next` and `End`.' },
  { id: 'wait', container: 'State', stateTypes: ['Wait'], fields: ['Seconds', 'SecondsPath', 'Timestamp', 'TimestampPath'], required: true, doc: 'A Wait state has exactly one of `Seconds`, `SecondsPath`, `Timestamp` and `TimestampPath`.' },
  { id: 'timeout', container: 'State', stateTypes: ['Task'], fields: ['TimeoutSeconds', 'TimeoutSecondsPath'], required: false, doc: '`TimeoutSeconds` and `TimeoutSecondsPath` cannot both be set.' },
  { id: 'heartbeat', container: 'State', stateTypes: ['Task'], fields: ['HeartbeatSeconds', 'HeartbeatSecondsPath'], required: false, doc: '`HeartbeatSeconds` and `HeartbeatSecondsPath` cannot both be set.' },
  { id: 'error', container: 'State', stateTypes: ['Fail'], fields: ['Error', 'ErrorPath'], required: false, doc: '`Error` and `ErrorPath` cannot both be set.' },
  { id: 'cause', container: 'State', stateTypes: ['Fail'], fields: ['Cause', 'CausePath'], required: false, doc: '`Cause` and `CausePath` cannot both be set.' },
  { id: 'processor', container: 'State', stateTypes: ['Map'], fields: ['ItemProcessor', 'Iterator'], required: true, doc: 'A Map state has exactly one of `ItemProcessor` and (the deprecated) `Iterator`.' },
  { id: 'itemSelector', container: 'State', stateTypes: ['Map'], fields: ['ItemSelector', 'Parameters'], required: false, doc: '`ItemSelector` and (the deprecated) `Parameters` cannot both be set on a Map state.' },
  { id: 'maxConcurrency', container: 'State', stateTypes: ['Map'], fields: ['MaxConcurrency', 'MaxConcurrencyPath'], required: false, doc: '`MaxConcurrency` and `MaxConcurrencyPath` cannot both be set.' },
  { id: 'toleratedCount', container: 'State', stateTypes: ['Map'], fields: ['ToleratedFailureCount', 'ToleratedFailureCountPath'], required: false, doc: '`ToleratedFailureCount` and `ToleratedFailureCountPath` cannot both be set.' },
  { id: 'toleratedPercentage', container: 'State', stateTypes: ['Map'], fields: ['ToleratedFailurePercentage', 'ToleratedFailurePercentagePath'], required: false, doc: '`ToleratedFailurePercentage` and `ToleratedFailurePercentagePath` cannot both be set.' },
  { id: 'maxItems', container: 'ReaderConfig', fields: ['MaxItems', 'MaxItemsPath'], required: false, doc: '`MaxItems` and `MaxItemsPath` cannot both be set.' },
  { id: 'maxItemsPerBatch', container: 'ItemBatcher', fields: ['MaxItemsPerBatch', 'MaxItemsPerBatchPath'], required: false, doc: '`MaxItemsPerBatch` and `MaxItemsPerBatchPath` cannot both be set.' },
  { id: 'maxInputBytesPerBatch', container: 'ItemBatcher', fields: ['MaxInputBytesPerBatch', 'MaxInputBytesPerBatchPath'], required: false, doc: '`MaxInputBytesPerBatch` and `MaxInputBytesPerBatchPath` cannot both be set.' },
  { id: 'choiceCondition', container: 'ChoiceRule', fields: ['Condition', 'Variable', 'And', 'Or', 'Not'], required: false, doc: 'A choice rule tests one thing: a JSONata `Condition`, or a `Variable` with one comparison operator, or `And`, `Or` or `Not`.' },
];

/** Whether a field of the given support is valid in a state of the given effective query language. */
export function supports(spec: FieldSpec, queryLanguage: QueryLanguage): boolean {
  return spec.queryLanguage === 'both' || spec.queryLanguage === queryLanguage;
}

function appliesTo(spec: FieldSpec, stateType: string | undefined): boolean {
  return !spec.stateTypes || stateType === undefined || (spec.stateTypes as readonly string[]).includes(stateType);
}

const BY_CONTAINER = new Map<FieldContainer, FieldSpec[]>();
for (const s of FIELD_SPECS) {
  const list = BY_CONTAINER.get(s.container) ?? [];
  list.push(s);
  BY_CONTAINER.set(s.container, list);
}

/**
 * The fields valid in a container for a query language. For `State`, pass the state type: with no type, every
 * state field is returned once (the first spec of each name).
 */
export function fieldsIn(container: FieldContainer, queryLanguage: QueryLanguage, stateType?: string): FieldSpec[] {
  const out: FieldSpec[] = [];
  const seen = new Set<string>();
  for (const s of BY_CONTAINER.get(container) ?? []) {
    if (!supports(s, queryLanguage) || !appliesTo(s, stateType) || seen.has(s.name)) continue;
    seen.add(s.name);
    out.push(s);
  }
  return out;
}

/** The fields valid in a state of this type and effective query language. */
export function fieldsFor(stateType: string, queryLanguage: QueryLanguage): FieldSpec[] {
  return fieldsIn('State', queryLanguage, stateType);
}

/**
 * The spec of a field by name, whatever the query language (so that a JSONPath-only field met in a JSONata state
 * can be reported as such). Prefers the spec for the given state type and query language.
 */
export function findField(container: FieldContainer, name: string, stateType?: string, queryLanguage?: QueryLanguage): FieldSpec | undefined {
  let best: FieldSpec | undefined;
  let bestScore = -1;
  for (const s of BY_CONTAINER.get(container) ?? []) {
    if (s.name !== name) continue;
    const score = (appliesTo(s, stateType) ? 2 : 0) + (queryLanguage && supports(s, queryLanguage) ? 1 : 0);
    if (score > bestScore) { best = s; bestScore = score; }
  }
  return best;
}

/** Every spec with this name in this container (e.g. Parameters on Task vs Map). */
export function fieldSpecsNamed(container: FieldContainer, name: string): FieldSpec[] {
  return (BY_CONTAINER.get(container) ?? []).filter((s) => s.name === name);
}

/** The exclusive groups that apply to a container (and state type). */
export function exclusiveGroupsFor(container: FieldContainer, stateType?: string): ExclusiveGroup[] {
  return EXCLUSIVE_GROUPS.filter((g) => g.container === container && (!g.stateTypes || stateType === undefined || (g.stateTypes as readonly string[]).includes(stateType)));
}

/** Whether the value kind is a JSONPath path that a state name must not be confused with. */
export function isPathKind(kind: ValueKind): boolean {
  return kind === 'path' || kind === 'referencePath';
}
