// The words of the Amazon States Language that the grammars single out. Facts from the ASL specification and the
// AWS Step Functions developer guide; one list per kind so that the JSON and the YAML grammar agree.

/** Field names of state machines, states, Choice rules, Retriers, Catchers and the Map/Parallel sub-objects. */
export const FIELD_NAMES = [
  // state machine
  'Comment', 'StartAt', 'States', 'Version', 'TimeoutSeconds', 'QueryLanguage',
  // every state
  'Type', 'Next', 'End', 'InputPath', 'OutputPath', 'Parameters', 'ResultPath', 'ResultSelector', 'Retry', 'Catch',
  'Arguments', 'Output', 'Assign',
  // Task
  'Resource', 'TimeoutSecondsPath', 'HeartbeatSeconds', 'HeartbeatSecondsPath', 'Credentials', 'RoleArn',
  // Pass
  'Result',
  // Choice
  'Choices', 'Default', 'Variable', 'And', 'Or', 'Not', 'Condition',
  // Wait
  'Seconds', 'SecondsPath', 'Timestamp', 'TimestampPath',
  // Fail
  'Error', 'ErrorPath', 'Cause', 'CausePath',
  // Parallel
  'Branches',
  // Map (inline and distributed)
  'Iterator', 'ItemProcessor', 'ProcessorConfig', 'Mode', 'ExecutionType', 'ItemsPath', 'Items', 'ItemSelector',
  'ItemReader', 'ReaderConfig', 'InputType', 'CSVHeaderLocation', 'CSVHeaders', 'CSVDelimiter', 'MaxItems',
  'MaxItemsPath', 'ManifestType', 'ItemBatcher', 'MaxItemsPerBatch', 'MaxItemsPerBatchPath', 'MaxInputBytesPerBatch',
  'MaxInputBytesPerBatchPath', 'BatchInput', 'ResultWriter', 'WriterConfig', 'OutputType', 'Transformation',
  'MaxConcurrency', 'MaxConcurrencyPath', 'ToleratedFailurePercentage', 'ToleratedFailurePercentagePath',
  'ToleratedFailureCount', 'ToleratedFailureCountPath', 'Label',
  // Retry and Catch
  'ErrorEquals', 'IntervalSeconds', 'MaxAttempts', 'BackoffRate', 'MaxDelaySeconds', 'JitterStrategy',
];

/** Choice rule comparison operators, as one regular expression (there are too many to list one by one). */
export const CHOICE_OPERATORS =
  '(?:String|Numeric|Timestamp)(?:Equals|LessThan|GreaterThan|LessThanEquals|GreaterThanEquals)(?:Path)?'
  + '|BooleanEquals(?:Path)?|StringMatches|Is(?:Null|Present|Numeric|String|Boolean|Timestamp)';

/** Fields whose value is the name of a state. */
export const STATE_REFERENCE_FIELDS = ['Next', 'StartAt', 'Default'];

/** Fields whose value is a payload template or literal data: its keys are the user's, not ASL's. */
export const PAYLOAD_FIELDS = ['Parameters', 'Arguments', 'ItemSelector', 'ResultSelector', 'Result', 'Output', 'BatchInput', 'Items'];

export const STATE_TYPES = ['Task', 'Pass', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map'];

/** Fields with a closed set of values, and the scope those values get. `Type` is handled apart (state types). */
export const ENUM_FIELDS = {
  QueryLanguage: { values: ['JSONPath', 'JSONata'], scope: 'constant.language.query-language.asl' },
  Mode: { values: ['INLINE', 'DISTRIBUTED'], scope: 'constant.language.enum.asl' },
  ExecutionType: { values: ['STANDARD', 'EXPRESS'], scope: 'constant.language.enum.asl' },
  JitterStrategy: { values: ['FULL', 'NONE'], scope: 'constant.language.enum.asl' },
};

/** The predefined error names (all begin with `States.`). */
export const ERROR_NAMES = [
  'ALL', 'BranchFailed', 'DataLimitExceeded', 'ExceedToleratedFailureThreshold', 'HeartbeatTimeout', 'Http.Socket',
  'IntrinsicFailure', 'ItemReaderFailed', 'NoChoiceMatched', 'ParameterPathFailure', 'Permissions',
  'QueryEvaluationError', 'ResultPathMatchFailure', 'ResultWriterFailed', 'Runtime', 'TaskFailed', 'Timeout',
];

/** JSONata's built-in functions plus the ones Step Functions adds ($partition, $range, $hash, $random, $uuid, $parse). */
export const JSONATA_FUNCTIONS = [
  'string', 'length', 'substring', 'substringBefore', 'substringAfter', 'uppercase', 'lowercase', 'trim', 'pad',
  'contains', 'split', 'join', 'match', 'replace', 'eval', 'base64encode', 'base64decode', 'encodeUrlComponent',
  'encodeUrl', 'decodeUrlComponent', 'decodeUrl', 'number', 'abs', 'floor', 'ceil', 'round', 'power', 'sqrt', 'random',
  'formatNumber', 'formatBase', 'formatInteger', 'parseInteger', 'sum', 'max', 'min', 'average', 'boolean', 'not',
  'exists', 'count', 'append', 'sort', 'reverse', 'shuffle', 'distinct', 'zip', 'keys', 'lookup', 'spread', 'merge',
  'sift', 'each', 'error', 'assert', 'type', 'now', 'millis', 'fromMillis', 'toMillis', 'map', 'filter', 'single',
  'reduce', 'partition', 'range', 'hash', 'uuid', 'parse',
];
