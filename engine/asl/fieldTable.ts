// The field table itself: every field of the top level, of each state type and of the structures inside states
// (Retry, Catch, choice rules, ItemProcessor, ItemReader, ItemBatcher, ResultWriter…). Types and lookups: fields.ts.
import type { StateType } from '../model/types';
import type { FieldContainer, FieldSpec, QueryLanguageSupport, ValueKind } from './fields';
import { guide } from './guide';

const ALL: readonly StateType[] = ['Task', 'Pass', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map'];
const FLOWING: readonly StateType[] = ['Task', 'Pass', 'Wait', 'Parallel', 'Map'];
const NOT_FAIL: readonly StateType[] = ['Task', 'Pass', 'Choice', 'Wait', 'Succeed', 'Parallel', 'Map'];
const ASSIGNING: readonly StateType[] = ['Task', 'Pass', 'Choice', 'Wait', 'Parallel', 'Map'];
const WITH_RESULT: readonly StateType[] = ['Task', 'Pass', 'Parallel', 'Map'];
const WORKING: readonly StateType[] = ['Task', 'Parallel', 'Map'];

const U = {
  structure: guide('statemachine-structure.html'),
  common: guide('statemachine-structure.html#amazon-states-language-common-fields'),
  inputPath: guide('input-output-inputpath-params.html'),
  resultSelector: guide('input-output-inputpath-params.html#input-output-resultselector'),
  resultPath: guide('input-output-resultpath.html'),
  outputPath: guide('input-output-example.html'),
  jsonata: guide('transforming-data.html'),
  variables: guide('workflow-variables.html'),
  errors: guide('concepts-error-handling.html'),
  retry: guide('concepts-error-handling.html#error-handling-retrying-after-an-error'),
  catch: guide('concepts-error-handling.html#error-handling-fallback-states'),
  task: guide('state-task.html'),
  pass: guide('state-pass.html'),
  choice: guide('state-choice.html'),
  wait: guide('state-wait.html'),
  fail: guide('state-fail.html'),
  succeed: guide('state-succeed.html'),
  parallel: guide('state-parallel.html'),
  map: guide('state-map.html'),
  mapDistributed: guide('state-map-distributed.html'),
  itemProcessor: guide('state-map.html#map-state-item-processor'),
  itemsPath: guide('input-output-itemspath.html'),
  itemSelector: guide('input-output-itemselector.html'),
  itemReader: guide('input-output-itemreader.html'),
  itemBatcher: guide('input-output-itembatcher.html'),
  resultWriter: guide('input-output-resultwriter.html'),
  tolerated: guide('state-map-distributed.html#maprun-fail-threshold'),
  credentials: guide('concepts-access-cross-acct-resources.html'),
};

type Opts = Omit<FieldSpec, 'name' | 'container' | 'doc' | 'url' | 'queryLanguage' | 'kind'>;

function f(container: FieldContainer, name: string, queryLanguage: QueryLanguageSupport, kind: ValueKind, url: string, doc: string, opts: Opts = {}): FieldSpec {
  return { name, container, queryLanguage, kind, url, doc, ...opts };
}

const st = (name: string, ql: QueryLanguageSupport, kind: ValueKind, stateTypes: readonly StateType[], url: string, doc: string, opts: Opts = {}) =>
  f('State', name, ql, kind, url, doc, { stateTypes, ...opts });

const MAX_SECONDS = 99999999;

export const FIELD_SPECS: readonly FieldSpec[] = [
  // ── Top level ──────────────────────────────────────────────────────────────────────────────────────────────
  f('StateMachine', 'Comment', 'both', 'string', U.structure, 'A description of the state machine, for people. Step Functions ignores it.'),
  f('StateMachine', 'StartAt', 'both', 'stateName', U.structure, 'The name of the state the execution starts with. It must match a key of `States` exactly (names are case-sensitive).', { required: true }),
  f('StateMachine', 'States', 'both', 'states', U.structure, 'The states of the workflow, as an object from state name to state. Names are unique and at most 80 characters long.', { required: true }),
  f('StateMachine', 'TimeoutSeconds', 'both', 'integer', U.structure, 'The longest an execution may run, in seconds. When exceeded, the execution fails with `States.Timeout`.', { min: 0, max: MAX_SECONDS }),
  f('StateMachine', 'Version', 'both', 'string', U.structure, 'The version of the Amazon States Language the definition is written in. Only `"1.0"` exists, and it is the default.', { values: ['1.0'], defaultValue: '1.0' }),
  f('StateMachine', 'QueryLanguage', 'both', 'enum', U.structure,
    'The query language of every state that does not set its own: `JSONPath` (the default: InputPath, Parameters, ResultSelector, ResultPath, OutputPath and intrinsic functions) '
    + 'or `JSONata` (Arguments, Output and `{% %}` expressions). When the top level is `JSONata`, states cannot switch back to `JSONPath`.',
    { values: ['JSONPath', 'JSONata'], defaultValue: 'JSONPath' }),

  // ── Common state fields ────────────────────────────────────────────────────────────────────────────────────
  st('Type', 'both', 'enum', ALL, U.common, 'The state type: `Task`, `Pass`, `Choice`, `Wait`, `Succeed`, `Fail`, `Parallel` or `Map`.', { required: true, values: ALL }),
  st('Comment', 'both', 'string', ALL, U.common, 'A description of the state, for people. Step Functions ignores it.'),
  st('QueryLanguage', 'both', 'enum', ALL, U.common,
    'The query language of this state, overriding the top-level `QueryLanguage`. A state may switch to `JSONata` in a `JSONPath` workflow, not the reverse.',
    { values: ['JSONPath', 'JSONata'] }),
  st('Next', 'both', 'stateName', FLOWING, U.common, 'The name of the state to run after this one. It must be a state of the same `States` object (the same branch or processor).', { exclusive: 'transition' }),
  st('End', 'both', 'boolean', FLOWING, U.common, 'Set to `true` to make this a terminal state: the execution (or the branch or iteration) ends after it.', { exclusive: 'transition' }),

  // ── JSONPath data processing ───────────────────────────────────────────────────────────────────────────────
  st('InputPath', 'JSONPath', 'path', NOT_FAIL, U.inputPath,
    'A path that selects the part of the state input the state works on. Defaults to `$` (all of it); `null` gives the state an empty object `{}`.', { nullable: true, defaultValue: '$' }),
  st('OutputPath', 'JSONPath', 'path', NOT_FAIL, U.outputPath,
    'A path that selects the part of the state output passed to the next state. Defaults to `$` (all of it); `null` passes an empty object `{}`.', { nullable: true, defaultValue: '$' }),
  st('Parameters', 'JSONPath', 'payloadTemplate', ['Task', 'Pass', 'Parallel'], U.inputPath,
    'A payload template that builds the state\'s effective input (for a Task, the request sent to the service). Static values are copied; a key ending in `.$` takes a path (`$.x`, `$$.Execution.Id`, `$var`) or an intrinsic function (`States.Format(…)`) whose value replaces it.'),
  st('Parameters', 'JSONPath', 'payloadTemplate', ['Map'], U.itemSelector,
    'The old name of `ItemSelector`: a payload template applied to each item before it is processed.',
    { exclusive: 'itemSelector', deprecated: 'Use `ItemSelector`: `Parameters` on a Map state is its old name.' }),
  st('ResultSelector', 'JSONPath', 'payloadTemplate', WORKING, U.resultSelector,
    'A payload template applied to the raw result (before `ResultPath`): keep only what you need from a service response. Keys ending in `.$` take paths into the result or intrinsic functions.'),
  st('ResultPath', 'JSONPath', 'referencePath', WITH_RESULT, U.resultPath,
    'Where to put the state\'s result in its input to make its output. `$` (the default) replaces the input with the result; `$.x` adds or overwrites field `x`; `null` discards the result and passes the input through.',
    { nullable: true, defaultValue: '$' }),

  // ── JSONata data processing ────────────────────────────────────────────────────────────────────────────────
  st('Arguments', 'JSONata', 'jsonataTemplate', ['Task', 'Parallel'], U.jsonata,
    'The input sent to the task (the service request) or to each branch. Any JSON value; strings written `{% … %}` are JSONata expressions, and the whole field may be one expression.', { acceptsJsonata: true }),
  st('Output', 'JSONata', 'jsonataTemplate', NOT_FAIL, U.jsonata,
    'The state\'s output. Any JSON value; strings written `{% … %}` are JSONata expressions over `$states.input`, `$states.result`, variables and so on. Without it, the output is the result (Task, Parallel, Map) or the input.',
    { acceptsJsonata: true }),

  // ── Variables ──────────────────────────────────────────────────────────────────────────────────────────────
  st('Assign', 'both', 'assign', ASSIGNING, U.variables,
    'Sets workflow variables once the state succeeds: an object from variable name to value. Later states read them as `$name`. '
    + 'In JSONPath states, a key ending in `.$` takes a path or intrinsic function; in JSONata states, `{% %}` strings are evaluated. All values are computed from the state\'s data before any variable changes.'),

  // ── Task ───────────────────────────────────────────────────────────────────────────────────────────────────
  st('Resource', 'both', 'resourceArn', ['Task'], U.task,
    'What the task runs: an optimized service integration (`arn:aws:states:::lambda:invoke`), an AWS SDK call (`arn:aws:states:::aws-sdk:s3:getObject`), an HTTPS API (`arn:aws:states:::http:invoke`), a Lambda function ARN or an activity ARN. '
    + 'A suffix selects the integration pattern: `.sync` waits for a job, `.waitForTaskToken` waits for a callback.', { required: true }),
  st('Credentials', 'both', 'object', ['Task'], U.credentials,
    'The IAM role the task assumes to call the service, for cross-account access: `{ "RoleArn": "arn:aws:iam::…:role/…" }`.', { object: 'Credentials' }),
  st('TimeoutSeconds', 'both', 'integer', ['Task'], U.task,
    'The longest the task may run, in seconds, before it fails with `States.Timeout`. Defaults to 99999999 (about three years) — set it, especially for callbacks.',
    { exclusive: 'timeout', acceptsJsonata: true, min: 1, max: MAX_SECONDS, defaultValue: '99999999' }),
  st('TimeoutSecondsPath', 'JSONPath', 'referencePath', ['Task'], U.task,
    'A reference path to a positive integer in the state input, used as `TimeoutSeconds`.', { exclusive: 'timeout' }),
  st('HeartbeatSeconds', 'both', 'integer', ['Task'], U.task,
    'For activities and callbacks: the longest gap between heartbeats (`SendTaskHeartbeat`) before the task fails with `States.HeartbeatTimeout`. Must be smaller than `TimeoutSeconds`.',
    { exclusive: 'heartbeat', acceptsJsonata: true, min: 1, max: MAX_SECONDS }),
  st('HeartbeatSecondsPath', 'JSONPath', 'referencePath', ['Task'], U.task,
    'A reference path to a positive integer in the state input, used as `HeartbeatSeconds`.', { exclusive: 'heartbeat' }),

  // ── Pass ───────────────────────────────────────────────────────────────────────────────────────────────────
  st('Result', 'JSONPath', 'json', ['Pass'], U.pass,
    'A fixed value used as the Pass state\'s result, as if a task had returned it; `ResultPath` places it in the input.'),

  // ── Retry / Catch ──────────────────────────────────────────────────────────────────────────────────────────
  st('Retry', 'both', 'retriers', WORKING, U.retry,
    'Retriers tried in order when the state fails: the first whose `ErrorEquals` matches the error decides whether and when to try again (`IntervalSeconds`, `BackoffRate`, `MaxAttempts`, `MaxDelaySeconds`, `JitterStrategy`).'),
  st('Catch', 'both', 'catchers', WORKING, U.catch,
    'Catchers tried in order once retries are exhausted: the first whose `ErrorEquals` matches sends the execution to its `Next` state, with the error output placed by `ResultPath` (JSONPath) or `Output` (JSONata).'),

  // ── Choice ─────────────────────────────────────────────────────────────────────────────────────────────────
  st('Choices', 'both', 'choices', ['Choice'], U.choice,
    'The rules, evaluated in order; the first that matches gives the next state. At least one rule is needed.', { required: true }),
  st('Default', 'both', 'stateName', ['Choice'], U.choice,
    'The state to go to when no rule matches. Without it, an unmatched input fails the execution with `States.NoChoiceMatched`.'),

  // ── Wait ───────────────────────────────────────────────────────────────────────────────────────────────────
  st('Seconds', 'both', 'integer', ['Wait'], U.wait, 'How long to wait, in seconds (0 to 99999999).', { exclusive: 'wait', acceptsJsonata: true, min: 0, max: MAX_SECONDS }),
  st('SecondsPath', 'JSONPath', 'referencePath', ['Wait'], U.wait, 'A reference path to a non-negative integer in the state input: the number of seconds to wait.', { exclusive: 'wait' }),
  st('Timestamp', 'both', 'timestamp', ['Wait'], U.wait,
    'Wait until this time: an RFC 3339 timestamp in UTC such as `2026-03-14T01:59:00Z`. A time in the past does not wait.', { exclusive: 'wait', acceptsJsonata: true }),
  st('TimestampPath', 'JSONPath', 'referencePath', ['Wait'], U.wait, 'A reference path to an RFC 3339 timestamp string in the state input: the time to wait until.', { exclusive: 'wait' }),

  // ── Fail ───────────────────────────────────────────────────────────────────────────────────────────────────
  st('Error', 'both', 'string', ['Fail'], U.fail, 'The error name the execution fails with; a Catch on an enclosing Parallel or Map can match it.', { exclusive: 'error', acceptsJsonata: true }),
  st('ErrorPath', 'JSONPath', 'referencePath', ['Fail'], U.fail,
    'A reference path (or an intrinsic function returning a string) giving the error name from the state input.', { exclusive: 'error' }),
  st('Cause', 'both', 'string', ['Fail'], U.fail, 'A human-readable explanation of the failure.', { exclusive: 'cause', acceptsJsonata: true }),
  st('CausePath', 'JSONPath', 'referencePath', ['Fail'], U.fail,
    'A reference path (or an intrinsic function returning a string, e.g. `States.Format`) giving the cause from the state input.', { exclusive: 'cause' }),

  // ── Parallel ───────────────────────────────────────────────────────────────────────────────────────────────
  st('Branches', 'both', 'branches', ['Parallel'], U.parallel,
    'The branches to run at the same time: an array of objects, each with its own `StartAt` and `States`. The result is an array of the branch outputs, in this order.', { required: true }),

  // ── Map ────────────────────────────────────────────────────────────────────────────────────────────────────
  st('ItemProcessor', 'both', 'object', ['Map'], U.itemProcessor,
    'The steps run for each item: a `StartAt` and `States`, plus a `ProcessorConfig` choosing `INLINE` or `DISTRIBUTED` mode.', { object: 'ItemProcessor', exclusive: 'processor' }),
  st('Iterator', 'JSONPath', 'object', ['Map'], U.itemProcessor,
    'The old name of `ItemProcessor` (inline mode only).', { object: 'Iterator', exclusive: 'processor', deprecated: 'Use `ItemProcessor`: `Iterator` is its old name.' }),
  st('ItemsPath', 'JSONPath', 'referencePath', ['Map'], U.itemsPath,
    'A reference path to the array (or, in distributed mode, object) in the state input to iterate over. Defaults to `$`.', { defaultValue: '$' }),
  st('Items', 'JSONata', 'jsonataTemplate', ['Map'], U.itemsPath,
    'The items to iterate over: a JSON array, or a `{% %}` expression that evaluates to one. Defaults to `$states.input`.', { acceptsJsonata: true }),
  st('ItemSelector', 'both', 'payloadTemplate', ['Map'], U.itemSelector,
    'Reshapes each item before it is processed. In JSONPath, `key.$` fields read the item through `$$.Map.Item.Value` (and its index through `$$.Map.Item.Index`); in JSONata, use `$states.context.Map.Item.Value`.',
    { exclusive: 'itemSelector', acceptsJsonata: true }),
  st('MaxConcurrency', 'both', 'integer', ['Map'], U.map,
    'The most iterations that run at once. `0` (the default) means as many as possible: up to 40 inline, up to 10,000 distributed.', { exclusive: 'maxConcurrency', acceptsJsonata: true, min: 0, defaultValue: '0' }),
  st('MaxConcurrencyPath', 'JSONPath', 'referencePath', ['Map'], U.map, 'A reference path to a non-negative integer in the state input, used as `MaxConcurrency`.', { exclusive: 'maxConcurrency' }),
  st('ItemReader', 'both', 'object', ['Map'], U.itemReader,
    'Distributed mode: reads the items from Amazon S3 (a JSON, JSON Lines, CSV or Parquet file, an S3 inventory manifest, or the objects under a prefix) instead of from the state input.',
    { object: 'ItemReader', distributedOnly: true }),
  st('ItemBatcher', 'both', 'object', ['Map'], U.itemBatcher,
    'Distributed mode: groups items into batches so that each child execution receives an array of items (`{ "Items": [...] }`).', { object: 'ItemBatcher', distributedOnly: true }),
  st('ResultWriter', 'both', 'object', ['Map'], U.resultWriter,
    'Distributed mode: writes the child execution results to Amazon S3 and/or chooses their format, instead of returning them all in the state output.', { object: 'ResultWriter', distributedOnly: true }),
  st('ToleratedFailureCount', 'both', 'integer', ['Map'], U.tolerated,
    'Distributed mode: how many items may fail before the Map Run fails with `States.ExceedToleratedFailureThreshold`. Defaults to 0.',
    { exclusive: 'toleratedCount', acceptsJsonata: true, min: 0, distributedOnly: true }),
  st('ToleratedFailureCountPath', 'JSONPath', 'referencePath', ['Map'], U.tolerated, 'A reference path to a non-negative integer in the state input, used as `ToleratedFailureCount`.',
    { exclusive: 'toleratedCount', distributedOnly: true }),
  st('ToleratedFailurePercentage', 'both', 'number', ['Map'], U.tolerated,
    'Distributed mode: the percentage (0–100) of items that may fail before the Map Run fails with `States.ExceedToleratedFailureThreshold`. Defaults to 0.',
    { exclusive: 'toleratedPercentage', acceptsJsonata: true, min: 0, max: 100, distributedOnly: true }),
  st('ToleratedFailurePercentagePath', 'JSONPath', 'referencePath', ['Map'], U.tolerated, 'A reference path to a number from 0 to 100 in the state input, used as `ToleratedFailurePercentage`.',
    { exclusive: 'toleratedPercentage', distributedOnly: true }),
  st('Label', 'both', 'string', ['Map'], U.mapDistributed,
    'Distributed mode: a label (at most 40 characters) added to the names of the child executions and the Map Run, to tell them apart.', { distributedOnly: true }),

  // ── Parallel branches and Map processors ─────────────────────────────────────────────────────────────────────
  f('Branch', 'StartAt', 'both', 'stateName', U.parallel, 'The first state of this branch; it must be a key of this branch\'s `States`.', { required: true }),
  f('Branch', 'States', 'both', 'states', U.parallel, 'The states of this branch. They can only transition to each other, not to states outside the branch.', { required: true }),
  f('Branch', 'Comment', 'both', 'string', U.parallel, 'A description of the branch, for people.'),
  f('ItemProcessor', 'ProcessorConfig', 'both', 'object', U.itemProcessor, 'How the iterations run: `Mode` (`INLINE` or `DISTRIBUTED`) and, when distributed, `ExecutionType`.', { object: 'ProcessorConfig' }),
  f('ItemProcessor', 'StartAt', 'both', 'stateName', U.itemProcessor, 'The first state of each iteration; it must be a key of this processor\'s `States`.', { required: true }),
  f('ItemProcessor', 'States', 'both', 'states', U.itemProcessor, 'The states run for each item. They can only transition to each other.', { required: true }),
  f('ItemProcessor', 'Comment', 'both', 'string', U.itemProcessor, 'A description of the processor, for people.'),
  f('Iterator', 'StartAt', 'both', 'stateName', U.itemProcessor, 'The first state of each iteration.', { required: true }),
  f('Iterator', 'States', 'both', 'states', U.itemProcessor, 'The states run for each item.', { required: true }),
  f('Iterator', 'Comment', 'both', 'string', U.itemProcessor, 'A description of the iterator, for people.'),
  f('ProcessorConfig', 'Mode', 'both', 'enum', U.itemProcessor,
    '`INLINE` (the default) runs the iterations inside this execution, at most 40 at once, with the items taken from the state input. `DISTRIBUTED` runs each iteration as a child workflow execution, for large datasets read with `ItemReader`.',
    { values: ['INLINE', 'DISTRIBUTED'], defaultValue: 'INLINE' }),
  f('ProcessorConfig', 'ExecutionType', 'both', 'enum', U.mapDistributed,
    'Distributed mode: the type of the child executions — `STANDARD` (up to a year, exactly-once) or `EXPRESS` (up to five minutes, at-least-once).', { values: ['STANDARD', 'EXPRESS'], distributedOnly: true }),

  // ── Retrier ────────────────────────────────────────────────────────────────────────────────────────────────
  f('Retrier', 'ErrorEquals', 'both', 'errorNames', U.retry, 'The error names this retrier handles. `States.ALL` matches every error and must then be the only name, in the last retrier.', { required: true }),
  f('Retrier', 'IntervalSeconds', 'both', 'integer', U.retry, 'Seconds to wait before the first retry. Defaults to 1.', { min: 1, max: MAX_SECONDS, defaultValue: '1' }),
  f('Retrier', 'MaxAttempts', 'both', 'integer', U.retry, 'How many times to retry at most. Defaults to 3; `0` means never retry these errors.', { min: 0, max: MAX_SECONDS, defaultValue: '3' }),
  f('Retrier', 'BackoffRate', 'both', 'number', U.retry, 'The multiplier applied to the wait before each further retry. At least 1.0; defaults to 2.0.', { min: 1, defaultValue: '2.0' }),
  f('Retrier', 'MaxDelaySeconds', 'both', 'integer', U.retry, 'The longest wait between two retries, in seconds, however large the backoff grows (up to 31622400).', { min: 1, max: 31622400 }),
  f('Retrier', 'JitterStrategy', 'both', 'enum', U.retry,
    '`FULL` randomises each wait between 0 and the computed interval, which spreads out retries from many executions; `NONE` (the default) waits exactly the computed interval.',
    { values: ['FULL', 'NONE'], defaultValue: 'NONE' }),
  f('Retrier', 'Comment', 'both', 'string', U.retry, 'A description of the retrier, for people.'),

  // ── Catcher ────────────────────────────────────────────────────────────────────────────────────────────────
  f('Catcher', 'ErrorEquals', 'both', 'errorNames', U.catch, 'The error names this catcher handles. `States.ALL` matches every error and must then be the only name, in the last catcher.', { required: true }),
  f('Catcher', 'Next', 'both', 'stateName', U.catch, 'The state to go to when this catcher matches; a state of the same `States` object.', { required: true }),
  f('Catcher', 'ResultPath', 'JSONPath', 'referencePath', U.catch,
    'Where to put the error output (`{ "Error": …, "Cause": … }`) in the state input. `$` (the default) replaces the input; `null` discards the error.', { nullable: true, defaultValue: '$' }),
  f('Catcher', 'Output', 'JSONata', 'jsonataTemplate', U.catch, 'The output passed to the `Next` state; `$states.errorOutput` holds the error. Defaults to the error output.', { acceptsJsonata: true }),
  f('Catcher', 'Assign', 'both', 'assign', U.variables, 'Variables to set when this catcher matches; `$states.errorOutput` (JSONata) or `$` (JSONPath) is the error output.'),
  f('Catcher', 'Comment', 'both', 'string', U.catch, 'A description of the catcher, for people.'),

  // ── Choice rules ───────────────────────────────────────────────────────────────────────────────────────────
  f('ChoiceRule', 'Next', 'both', 'stateName', U.choice, 'The state to go to when this rule matches; a state of the same `States` object.', { required: true }),
  f('ChoiceRule', 'Condition', 'JSONata', 'jsonata', U.choice, 'A `{% %}` JSONata expression that must evaluate to `true` or `false`; the rule matches when it is `true`.', { required: true }),
  f('ChoiceRule', 'Variable', 'JSONPath', 'path', U.choice, 'The path (into the state input, `$$.` context or a `$variable`) of the value compared by the rule\'s operator.'),
  f('ChoiceRule', 'And', 'JSONPath', 'choiceRules', U.choice, 'Matches when every nested rule matches. Nested rules have no `Next`.'),
  f('ChoiceRule', 'Or', 'JSONPath', 'choiceRules', U.choice, 'Matches when at least one nested rule matches. Nested rules have no `Next`.'),
  f('ChoiceRule', 'Not', 'JSONPath', 'choiceRule', U.choice, 'Matches when the nested rule does not match. The nested rule has no `Next`.'),
  f('ChoiceRule', 'Assign', 'both', 'assign', U.variables, 'Variables to set when this rule matches (in addition to the state\'s own `Assign`).'),
  f('ChoiceRule', 'Output', 'JSONata', 'jsonataTemplate', U.choice, 'The output passed on when this rule matches, overriding the state\'s `Output`.', { acceptsJsonata: true }),
  f('ChoiceRule', 'Comment', 'both', 'string', U.choice, 'A description of the rule, for people.'),
  f('NestedChoiceRule', 'Variable', 'JSONPath', 'path', U.choice, 'The path of the value compared by the rule\'s operator.'),
  f('NestedChoiceRule', 'And', 'JSONPath', 'choiceRules', U.choice, 'Matches when every nested rule matches.'),
  f('NestedChoiceRule', 'Or', 'JSONPath', 'choiceRules', U.choice, 'Matches when at least one nested rule matches.'),
  f('NestedChoiceRule', 'Not', 'JSONPath', 'choiceRule', U.choice, 'Matches when the nested rule does not match.'),
  f('NestedChoiceRule', 'Comment', 'both', 'string', U.choice, 'A description of the rule, for people.'),

  // ── ItemReader ─────────────────────────────────────────────────────────────────────────────────────────────
  f('ItemReader', 'Resource', 'both', 'resourceArn', U.itemReader,
    'The Amazon S3 action that reads the dataset: `arn:aws:states:::s3:getObject` for one file or manifest, `arn:aws:states:::s3:listObjectsV2` for the objects under a prefix.',
    { required: true, values: ['arn:aws:states:::s3:getObject', 'arn:aws:states:::s3:listObjectsV2'] }),
  f('ItemReader', 'Parameters', 'JSONPath', 'payloadTemplate', U.itemReader, 'The S3 request: `Bucket` and `Key` (for getObject) or `Bucket` and `Prefix` (for listObjectsV2); `key.$` fields take paths.'),
  f('ItemReader', 'Arguments', 'JSONata', 'jsonataTemplate', U.itemReader, 'The S3 request: `Bucket` and `Key` (for getObject) or `Bucket` and `Prefix` (for listObjectsV2); `{% %}` strings are evaluated.', { acceptsJsonata: true }),
  f('ItemReader', 'ReaderConfig', 'both', 'object', U.itemReader, 'How to read the dataset: its `InputType`, CSV options and a `MaxItems` limit.', { object: 'ReaderConfig' }),
  f('ReaderConfig', 'InputType', 'both', 'enum', U.itemReader,
    'The format of the S3 object: `CSV`, `JSON` (an array), `JSONL` (one JSON value per line), `PARQUET`, or `MANIFEST` (an S3 inventory or Athena manifest). Omit it when listing objects with listObjectsV2.',
    { values: ['CSV', 'JSON', 'JSONL', 'PARQUET', 'MANIFEST'] }),
  f('ReaderConfig', 'CSVHeaderLocation', 'both', 'enum', U.itemReader, 'For CSV: `FIRST_ROW` takes the column names from the first line; `GIVEN` takes them from `CSVHeaders`.', { values: ['FIRST_ROW', 'GIVEN'] }),
  f('ReaderConfig', 'CSVHeaders', 'both', 'stringArray', U.itemReader, 'For CSV with `CSVHeaderLocation: GIVEN`: the column names, in order.'),
  f('ReaderConfig', 'CSVDelimiter', 'both', 'enum', U.itemReader, 'For CSV: the field separator. Defaults to `COMMA`.', { values: ['COMMA', 'PIPE', 'SEMICOLON', 'SPACE', 'TAB'], defaultValue: 'COMMA' }),
  f('ReaderConfig', 'ManifestType', 'both', 'enum', U.itemReader, 'For `MANIFEST`: which kind of manifest — `ATHENA_DATA` (an Athena UNLOAD manifest) or `S3_INVENTORY`.', { values: ['ATHENA_DATA', 'S3_INVENTORY'] }),
  f('ReaderConfig', 'MaxItems', 'both', 'integer', U.itemReader, 'Read at most this many items (up to 100,000,000) from the dataset.', { exclusive: 'maxItems', acceptsJsonata: true, min: 0, max: 100000000 }),
  f('ReaderConfig', 'MaxItemsPath', 'JSONPath', 'referencePath', U.itemReader, 'A reference path to a positive integer in the state input, used as `MaxItems`.', { exclusive: 'maxItems' }),

  // ── ItemBatcher ────────────────────────────────────────────────────────────────────────────────────────────
  f('ItemBatcher', 'MaxItemsPerBatch', 'both', 'integer', U.itemBatcher, 'The most items in one batch.', { exclusive: 'maxItemsPerBatch', acceptsJsonata: true, min: 1 }),
  f('ItemBatcher', 'MaxItemsPerBatchPath', 'JSONPath', 'referencePath', U.itemBatcher, 'A reference path to a positive integer in the state input, used as `MaxItemsPerBatch`.', { exclusive: 'maxItemsPerBatch' }),
  f('ItemBatcher', 'MaxInputBytesPerBatch', 'both', 'integer', U.itemBatcher, 'The largest size of one batch, in bytes (up to 256 KiB).', { exclusive: 'maxInputBytesPerBatch', acceptsJsonata: true, min: 1, max: 262144 }),
  f('ItemBatcher', 'MaxInputBytesPerBatchPath', 'JSONPath', 'referencePath', U.itemBatcher, 'A reference path to a positive integer in the state input, used as `MaxInputBytesPerBatch`.', { exclusive: 'maxInputBytesPerBatch' }),
  f('ItemBatcher', 'BatchInput', 'both', 'jsonataTemplate', U.itemBatcher, 'A fixed JSON object added to every batch, next to `Items`, as `BatchInput`. In JSONPath states, `key.$` fields take paths into the state input.', { acceptsJsonata: true }),

  // ── ResultWriter ───────────────────────────────────────────────────────────────────────────────────────────
  f('ResultWriter', 'Resource', 'both', 'resourceArn', U.resultWriter, 'The S3 action that exports the results: `arn:aws:states:::s3:putObject`.', { values: ['arn:aws:states:::s3:putObject'] }),
  f('ResultWriter', 'Parameters', 'JSONPath', 'payloadTemplate', U.resultWriter, 'Where to write: `Bucket` and `Prefix`.'),
  f('ResultWriter', 'Arguments', 'JSONata', 'jsonataTemplate', U.resultWriter, 'Where to write: `Bucket` and `Prefix`; `{% %}` strings are evaluated.', { acceptsJsonata: true }),
  f('ResultWriter', 'WriterConfig', 'both', 'object', U.resultWriter, 'The shape of the results: `OutputType` and `Transformation`.', { object: 'WriterConfig' }),
  f('WriterConfig', 'OutputType', 'both', 'enum', U.resultWriter, '`JSON` writes the results as one array; `JSONL` writes one result per line.', { values: ['JSON', 'JSONL'] }),
  f('WriterConfig', 'Transformation', 'both', 'enum', U.resultWriter,
    '`NONE` keeps each child execution\'s metadata with its output; `COMPACT` keeps only the outputs; `FLATTEN` also flattens outputs that are arrays into one list.', { values: ['NONE', 'COMPACT', 'FLATTEN'] }),

  // ── Credentials ────────────────────────────────────────────────────────────────────────────────────────────
  f('Credentials', 'RoleArn', 'both', 'string', U.credentials, 'The ARN of the IAM role to assume for this task. In JSONPath, `RoleArn.$` takes a path; in JSONata, a `{% %}` expression.', { acceptsJsonata: true }),
];

