// A failed intrinsic function. The specification names the error States.IntrinsicFailure, but AWS reports
// intrinsic failures as States.Runtime with causes such as "Invalid arguments in States.MathAdd": seen in executions
// recorded against AWS by independent test suites (an execution with {"secondNumber": "NOT A NUMBER"} failing with
// error States.Runtime and that cause; a conformance suite's AWS runs of every States.* function). We follow AWS.

export const INTRINSIC_ERROR_NAME = 'States.Runtime';

export class IntrinsicError extends Error {
  /** The AWS error name the execution fails with. */
  readonly errorName: string;
  /** The function that failed, when known. */
  readonly functionName?: string;

  constructor(message: string, functionName?: string, errorName: string = INTRINSIC_ERROR_NAME) {
    super(message);
    this.name = 'IntrinsicError';
    this.errorName = errorName;
    this.functionName = functionName;
  }
}

/** "Invalid arguments in States.X: detail", the shape of AWS's causes. */
export function invalidArguments(name: string, detail: string): IntrinsicError {
  return new IntrinsicError(`Invalid arguments in ${name}: ${detail}`, name);
}
