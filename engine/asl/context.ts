// The Context object (`$$.` in JSONPath, `$states.context.` in JSONata) and the `$states` variable of JSONata states.
import { guide } from './guide';

export interface ContextFieldSpec {
  /** The path below the context root: `Execution.Id`. */
  readonly path: string;
  readonly type: 'string' | 'number' | 'object' | 'any';
  readonly doc: string;
  /** Only inside a Map state's ItemSelector / processor. */
  readonly mapOnly?: boolean;
  /** Only in a Task state (the task token). */
  readonly taskOnly?: boolean;
}

export const CONTEXT_URL = guide('input-output-contextobject.html');

export const CONTEXT_FIELDS: readonly ContextFieldSpec[] = [
  { path: 'Execution', type: 'object', doc: 'Facts about the current execution.' },
  { path: 'Execution.Id', type: 'string', doc: 'The execution ARN, `arn:aws:states:REGION:ACCOUNT:execution:MACHINE:NAME`.' },
  { path: 'Execution.Input', type: 'object', doc: 'The input the execution was started with (unchanged by any state).' },
  { path: 'Execution.Name', type: 'string', doc: 'The execution name.' },
  { path: 'Execution.RoleArn', type: 'string', doc: 'The IAM role the execution runs as.' },
  { path: 'Execution.StartTime', type: 'string', doc: 'When the execution started, as an ISO 8601 timestamp.' },
  { path: 'Execution.RedriveCount', type: 'number', doc: 'How many times the execution was redriven; 0 if never.' },
  { path: 'Execution.RedriveTime', type: 'string', doc: 'When the execution was last redriven (ISO 8601); only present after a redrive.' },
  { path: 'State', type: 'object', doc: 'Facts about the current state.' },
  { path: 'State.Name', type: 'string', doc: 'The name of the current state.' },
  { path: 'State.EnteredTime', type: 'string', doc: 'When the current state was entered, as an ISO 8601 timestamp.' },
  { path: 'State.RetryCount', type: 'number', doc: 'How many times the current state has been retried so far.' },
  { path: 'StateMachine', type: 'object', doc: 'Facts about the state machine.' },
  { path: 'StateMachine.Id', type: 'string', doc: 'The state machine ARN.' },
  { path: 'StateMachine.Name', type: 'string', doc: 'The state machine name.' },
  { path: 'Task', type: 'object', doc: 'Facts about the current task.', taskOnly: true },
  { path: 'Task.Token', type: 'string', taskOnly: true,
    doc: 'The task token of a `.waitForTaskToken` task: pass it to the worker, which returns it with `SendTaskSuccess` or `SendTaskFailure`.' },
  { path: 'Map', type: 'object', doc: 'Inside a Map state: the current item.', mapOnly: true },
  { path: 'Map.Item', type: 'object', doc: 'The item being processed.', mapOnly: true },
  { path: 'Map.Item.Index', type: 'number', doc: 'The zero-based index of the current item.', mapOnly: true },
  { path: 'Map.Item.Value', type: 'any', doc: 'The current item itself.', mapOnly: true },
  { path: 'Map.Item.Key', type: 'string', doc: 'When the Map iterates over a JSON object: the key of the current entry.', mapOnly: true },
];

export interface StatesVariableSpec {
  /** Below `$states`: `input`, `result`, `errorOutput`, `context`. */
  readonly name: string;
  readonly doc: string;
  /** Where the field has a value. */
  readonly availableIn: string;
}

export const STATES_VARIABLE_URL = guide('transforming-data.html');

export const STATES_VARIABLE_FIELDS: readonly StatesVariableSpec[] = [
  { name: 'input', availableIn: 'every field of a JSONata state', doc: 'The state\'s raw input, as it entered the state.' },
  { name: 'result', availableIn: '`Output` and `Assign` of Task, Parallel and Map states, after success',
    doc: 'The result of the task, or the array of branch or iteration results, when the state succeeded.' },
  { name: 'errorOutput', availableIn: '`Output` and `Assign` of a Catch',
    doc: 'The error output (`{ "Error": …, "Cause": … }`) of the failure a catcher matched.' },
  { name: 'context', availableIn: 'every field of a JSONata state', doc: 'The Context object: `Execution`, `State`, `StateMachine`, `Task` and, in Map states, `Map`.' },
];

const CONTEXT_BY_PATH = new Map(CONTEXT_FIELDS.map((c) => [c.path, c]));

export function contextField(path: string): ContextFieldSpec | undefined {
  return CONTEXT_BY_PATH.get(path);
}

/** The direct children of a context path (`''` for the top: Execution, State, …). */
export function contextChildren(parent: string): ContextFieldSpec[] {
  const depth = parent === '' ? 0 : parent.split('.').length;
  return CONTEXT_FIELDS.filter((c) => c.path.split('.').length === depth + 1 && (parent === '' || c.path.startsWith(parent + '.')));
}
