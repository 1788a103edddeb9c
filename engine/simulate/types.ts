// Shared shapes of the simulator: history events, state visits, task results and the options an execution takes.
// Everything here is plain data so that the debugger, the graph and the CLI can show it as it is.

export type Json = unknown;

/** One history event, shaped as GetExecutionHistory returns it: id, previousEventId, timestamp, type and one details
 * object named after the type (`stateEnteredEventDetails`, `taskSucceededEventDetails`, …). Inputs and outputs in
 * the details are JSON texts, as AWS records them. */
export interface HistoryEvent {
  id: number;
  previousEventId: number;
  timestamp: string;
  type: string;
  /** The path of the child execution that recorded the event: [] for the top level, then state name and branch or
   * iteration index pairs (["Map", 3], ["P", 0, "Inner", 1]). Not part of AWS's shape; the debugger uses it. */
  scope?: (string | number)[];
  [details: string]: unknown;
}

export type ExecutionStatus = 'RUNNING' | 'WAITING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

/** Data at each stage of one state visit, named as AWS's TestState API names them. Stages that did not run are
 * undefined. Read-only: the history's events read their details from the visits. */
export interface StateVisit {
  name: string;
  type: string;
  scope: (string | number)[];
  enteredEventId: number;
  input?: Json;
  afterInputPath?: Json;
  afterParameters?: Json;
  afterArguments?: Json;
  result?: Json;
  afterResultSelector?: Json;
  afterResultPath?: Json;
  output?: Json;
  /** Variables after the state's Assign (the whole visible set). */
  variables?: Record<string, Json>;
  /** The variables this state's Assign set (what AWS records as the StateExited event's assignedVariables). */
  assigned?: Record<string, Json>;
  error?: string;
  cause?: string;
  next?: string;
  retryCount?: number;
}

/** What a task handler answers. `pending` makes the stepper wait for `sendTaskSuccess`/`sendTaskFailure` with the
 * given token (a `.waitForTaskToken` task whose callback has not come yet, or an editor asking its user). */
export type TaskResult =
  | { kind: 'success'; output: Json; seconds?: number }
  | { kind: 'failure'; error?: string; cause?: string; seconds?: number }
  | { kind: 'pending' };
// `seconds`: how long the task took, in virtual time (default: no time). Past TimeoutSeconds (or, for a callback or an
// activity, HeartbeatSeconds) the task times out at that deadline instead. A pending task times out likewise when
// the execution is run with `timeOutCallbacks` (or heartbeats stop: `sendTaskHeartbeat`).

export interface TaskRequest {
  /** Name of the Task state. */
  state: string;
  resource: string;
  /** The effective parameters (after InputPath and Parameters, or Arguments). */
  parameters: Json;
  /** 0 for the first invocation of this state in the execution, counting retries and revisits. */
  invocation: number;
  /** 0 for the first attempt of this visit, then one more per retry. */
  retryCount: number;
  /** The task token, when the resource ends in `.waitForTaskToken`. */
  taskToken?: string;
  callback: boolean;
  scope: (string | number)[];
  /** The task's TimeoutSeconds and HeartbeatSeconds, when it has them. */
  timeoutSeconds?: number;
  heartbeatSeconds?: number;
}

export type TaskHandler = (request: TaskRequest) => TaskResult | Promise<TaskResult>;

export interface Limits {
  /** Largest state input, result or output, in bytes of UTF-8 JSON (AWS: 256 KiB). */
  maxPayloadBytes: number;
  /** Largest history, in events (AWS: 25,000). */
  maxHistoryEvents: number;
  /** Hard cap on history events that even `noLimits` keeps, so nothing can run forever. */
  hardEventCap: number;
  /** JSONata evaluation guards: nesting depth and wall time per expression. */
  jsonataMaxDepth: number;
  jsonataTimeoutMs: number;
}

export interface ExecutionContextInfo {
  executionName: string;
  executionArn: string;
  stateMachineName: string;
  stateMachineArn: string;
  roleArn: string;
  region: string;
  account: string;
  partition: string;
}

export interface ExecutionOptions {
  input?: Json;
  /** Start time in ms since the epoch; the virtual clock starts there and moves only by Wait and retry intervals. */
  startTime?: number;
  /** A random number in [0, 1); default: a generator seeded with `seed`. */
  random?: () => number;
  /** A UUID v4 string; default: built from `random`. */
  uuid?: () => string;
  seed?: number;
  taskHandler?: TaskHandler;
  limits?: Partial<Limits>;
  /** Lift the payload and history limits (a hard event cap and the JSONata guards remain). */
  noLimits?: boolean;
  context?: Partial<ExecutionContextInfo>;
}

export interface ExecutionResult {
  status: ExecutionStatus;
  output?: Json;
  error?: string;
  cause?: string;
}
