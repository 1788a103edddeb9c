// AWS's error names and the cause texts the simulator reports, in one table.
// https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html

export const ErrorNames = {
  ALL: 'States.ALL',
  Runtime: 'States.Runtime',
  TaskFailed: 'States.TaskFailed',
  Timeout: 'States.Timeout',
  HeartbeatTimeout: 'States.HeartbeatTimeout',
  NoChoiceMatched: 'States.NoChoiceMatched',
  QueryEvaluationError: 'States.QueryEvaluationError',
  DataLimitExceeded: 'States.DataLimitExceeded',
  BranchFailed: 'States.BranchFailed',
  IntrinsicFailure: 'States.IntrinsicFailure',
  ParameterPathFailure: 'States.ParameterPathFailure',
  ResultPathMatchFailure: 'States.ResultPathMatchFailure',
  ExceedToleratedFailureThreshold: 'States.ExceedToleratedFailureThreshold',
  ItemReaderFailed: 'States.ItemReaderFailed',
  Permissions: 'States.Permissions',
} as const;

/** A failure inside a state: an error name (possibly absent, for a Fail state without Error) and a cause. */
export class StatesError extends Error {
  readonly error: string | undefined;
  readonly causeText: string | undefined;
  /** The field whose JSONata evaluation failed (the EvaluationFailed event's location). */
  location: string | undefined;
  /** The EvaluationFailed event for this error is in the history already. */
  recorded = false;
  /** A heartbeat timeout: AWS records it as States.Timeout, and a Retrier or Catcher on States.HeartbeatTimeout
   * matches it too. */
  heartbeat = false;
  constructor(error: string | undefined, cause?: string) {
    super(cause ? `${error ?? '(no error)'}: ${cause}` : (error ?? '(no error)'));
    this.error = error;
    this.causeText = cause;
  }
}

/** A JSONata state's field evaluated to something it may not be: States.QueryEvaluationError at that field. */
export function evaluationError(field: string, cause: string): StatesError {
  const e = new StatesError(ErrorNames.QueryEvaluationError, cause);
  e.location = field;
  return e;
}

/** Render a value the way AWS quotes data inside cause texts (compact JSON). */
export function jsonText(value: unknown): string {
  if (value === undefined) return 'null';
  try { return JSON.stringify(value); } catch { return String(value); }
}

/** `$.a.b[0]` → `$['a']['b'][0]`, the form AWS prints after "No results for path:". */
export function normalizedPath(path: string): string {
  if (!/^\$(\.[A-Za-z_][\w]*|\[\d+\])*$/.test(path)) return path;
  return path.replace(/\.([A-Za-z_][\w]*)/g, "['$1']");
}

// Cause texts.
export const Causes = {
  /** States.Runtime causes say where they happened, once. */
  withState: (state: string, enteredEventId: number, cause: string | undefined) =>
    cause?.startsWith('An error occurred while executing the state')
      ? cause : `An error occurred while executing the state '${state}' (entered at the event id #${enteredEventId}). ${cause ?? ''}`.trimEnd(),
  invalidPath: (field: string, path: string) => `Invalid path '${path}' : No results for path: ${normalizedPath(path)}`
    + (field ? '' : ''),
  parameterPath: (field: string, path: string, input: unknown) =>
    `The JSONPath '${path}' specified for the field '${field}' could not be found in the input '${jsonText(input)}'`,
  choicePath: (path: string) => `Invalid path '${path}': The choice state's condition path references an invalid value.`,
  noChoiceMatched: (input: unknown) => `No Matches! The input ${jsonText(input)} did not match any Choice rule.`,
  resultPath: (path: string, target: unknown) =>
    `Unable to apply ResultPath '${path}' to input '${jsonText(target)}'`,
  itemsPathNotArray: (path: string, value: unknown) =>
    `Unable to apply ItemsPath '${path}': the value '${jsonText(value)}' is not an array.`,
  itemsNotArray: (value: unknown) => `The Items field must evaluate to a JSON array, but it was '${jsonText(value)}'.`,
  waitPath: (field: string, path: string, value?: unknown) => value === undefined
    ? `Invalid path '${path}' : No results for path: ${normalizedPath(path)}`
    : `The ${field} value '${jsonText(value)}' at '${path}' is not valid for a Wait state.`,
  dataLimit: (what: string, size: number, limit: number) =>
    `The state/task '${what}' returned a result with a size exceeding the maximum number of bytes service limit (${size} > ${limit}).`,
  historyLimit: (limit: number) =>
    `The execution reached the maximum number of history events (${limit}).`,
  hardCap: (limit: number) =>
    `The execution was stopped after ${limit} history events: the simulator's hard cap on runaway executions.`,
  jsonata: (expression: string, detail: string) =>
    `An error occurred while evaluating the expression '${expression}': ${detail}`,
  jsonataType: (field: string, expected: string, value: unknown) =>
    `The JSONata expression in '${field}' returned ${jsonText(value)}, but ${expected} is required.`,
  intrinsic: (detail: string) => detail,
  toleratedFailure: () => 'The specified tolerated failure threshold was exceeded',
  noMock: (state: string, testCase: string | undefined) => testCase === undefined
    ? `No task result for state '${state}': no task handler was given for this execution.`
    : `No mocked response for state '${state}' in test case '${testCase}'.`,
} as const;

/** Does a Retrier's or Catcher's ErrorEquals match this error? States.ALL matches everything but States.Runtime and
 * States.DataLimitExceeded; States.TaskFailed matches everything but States.Timeout (and those two). States.Runtime is
 * never retried or caught. A heartbeat timeout (recorded as States.Timeout) is also matched by States.HeartbeatTimeout. */
export function errorMatches(errorEquals: readonly string[], error: string | undefined, heartbeat = false): boolean {
  const name = error ?? '';
  if (name === ErrorNames.Runtime) return false;
  for (const e of errorEquals) {
    if (e === name) return true;
    if (heartbeat && e === ErrorNames.HeartbeatTimeout) return true;
    if (e === ErrorNames.ALL && name !== ErrorNames.DataLimitExceeded) return true;
    if (e === ErrorNames.TaskFailed && name !== ErrorNames.Timeout && name !== ErrorNames.DataLimitExceeded) return true;
  }
  return false;
}
