// The eight state types, each with a short summary written for hovers and completion.
import type { StateType } from '../model/types';
import { guide } from './guide';

export interface StateTypeSpec {
  readonly name: StateType;
  /** One line, for completion details and graph tooltips. */
  readonly summary: string;
  /** One paragraph of Markdown. */
  readonly doc: string;
  readonly url: string;
  /** Whether the state ends its scope by itself (Succeed, Fail) or never has Next/End (Choice). */
  readonly transition: 'nextOrEnd' | 'choices' | 'terminal';
}

export const STATE_TYPE_SPECS: readonly StateTypeSpec[] = [
  {
    name: 'Task', transition: 'nextOrEnd', url: guide('state-task.html'),
    summary: 'Does one unit of work: calls an AWS service, a Lambda function, an HTTPS API or an activity.',
    doc: 'A **Task** state hands its input to the service named by `Resource` (an optimized integration such as `arn:aws:states:::lambda:invoke`, an `aws-sdk` call, an HTTP task or an activity) and waits for the result. '
      + 'The integration pattern is picked by the ARN suffix: request-response by default, `.sync` to wait for a job to finish, `.waitForTaskToken` to pause until a callback returns the token. '
      + 'Tasks can time out (`TimeoutSeconds`, `HeartbeatSeconds`), retry failures (`Retry`) and route errors elsewhere (`Catch`).',
  },
  {
    name: 'Pass', transition: 'nextOrEnd', url: guide('state-pass.html'),
    summary: 'Passes its input on, optionally reshaped or replaced by a fixed result; does no work.',
    doc: 'A **Pass** state does no work: it forwards its input to its output. '
      + 'It is handy to inject fixed data (`Result` in JSONPath, `Output` in JSONata), to reshape data (`Parameters`, `ResultPath`), to set variables with `Assign`, or as a placeholder while sketching a workflow.',
  },
  {
    name: 'Choice', transition: 'choices', url: guide('state-choice.html'),
    summary: 'Branches: goes to the Next of the first rule that matches, else to Default.',
    doc: 'A **Choice** state adds branching. It evaluates its `Choices` rules in order and transitions to the `Next` of the first rule that matches; when none matches it goes to `Default`, '
      + 'or fails with `States.NoChoiceMatched` when there is no `Default`. JSONPath rules compare a `Variable` with operators such as `StringEquals` or `NumericGreaterThan` and combine them with `And`, `Or` and `Not`; '
      + 'JSONata rules use one boolean `Condition`. A Choice state has no `Next` or `End` of its own.',
  },
  {
    name: 'Wait', transition: 'nextOrEnd', url: guide('state-wait.html'),
    summary: 'Pauses for a number of seconds or until a timestamp, then continues.',
    doc: 'A **Wait** state pauses the execution, either for a fixed or computed number of seconds (`Seconds`, `SecondsPath`) or until an absolute time (`Timestamp`, `TimestampPath`, an RFC 3339 string such as `2026-01-01T00:00:00Z`). '
      + 'Exactly one of these fields is given. Its input passes through to its output.',
  },
  {
    name: 'Succeed', transition: 'terminal', url: guide('state-succeed.html'),
    summary: 'Stops the execution (or the branch or iteration) successfully.',
    doc: 'A **Succeed** state ends the execution successfully — or, inside a Parallel branch or a Map iteration, ends just that branch or iteration. '
      + 'It is a terminal state, so it takes neither `Next` nor `End`; it is a common target for Choice rules that have nothing left to do.',
  },
  {
    name: 'Fail', transition: 'terminal', url: guide('state-fail.html'),
    summary: 'Stops the execution with an error name and a cause.',
    doc: 'A **Fail** state stops the execution and marks it failed, with an error name (`Error`/`ErrorPath`) and a human-readable cause (`Cause`/`CausePath`). '
      + 'An enclosing Parallel or Map can catch that error with `Catch`. A Fail state is terminal and accepts no data-processing fields.',
  },
  {
    name: 'Parallel', transition: 'nextOrEnd', url: guide('state-parallel.html'),
    summary: 'Runs several branches at the same time and outputs an array of their results.',
    doc: 'A **Parallel** state runs each of its `Branches` — small state machines with their own `StartAt` and `States` — on the same input, at the same time. '
      + 'It finishes when all branches finish, and its result is an array with one element per branch, in branch order. If any branch fails, the whole state fails (and the other branches are stopped) unless the error is retried or caught. '
      + 'States inside a branch can only transition to states of the same branch.',
  },
  {
    name: 'Map', transition: 'nextOrEnd', url: guide('state-map.html'),
    summary: 'Runs the same steps for each item of an array (inline) or of a large dataset (distributed).',
    doc: 'A **Map** state runs its `ItemProcessor` — a small state machine — once for every item of a collection and outputs the array of results. '
      + 'In `INLINE` mode the items come from the state input (`ItemsPath` / `Items`) and up to 40 iterations run at once; '
      + 'in `DISTRIBUTED` mode each iteration is a child workflow execution, items can be read from Amazon S3 (`ItemReader`), batched (`ItemBatcher`) and results written back to S3 (`ResultWriter`), with up to 10,000 running in parallel. '
      + '`MaxConcurrency` limits parallelism; `ToleratedFailureCount`/`ToleratedFailurePercentage` let a distributed run succeed despite some failed items.',
  },
];

const BY_NAME = new Map(STATE_TYPE_SPECS.map((s) => [s.name as string, s]));

export function stateTypeSpec(name: string | undefined): StateTypeSpec | undefined {
  return name === undefined ? undefined : BY_NAME.get(name);
}
