// Error names for Retry/Catch `ErrorEquals`: the predefined States.* errors and common service errors.
import { guide } from './guide';

export interface ErrorSpec {
  readonly name: string;
  readonly doc: string;
  readonly url: string;
  /** Predefined by Step Functions (`States.*`) or raised by a service integration. */
  readonly source: 'states' | 'service';
  /** Cannot be retried (only caught), e.g. States.DataLimitExceeded, States.Runtime. */
  readonly notRetriable?: boolean;
  /** For service errors: the Resource ARN prefix that raises them (e.g. `arn:aws:states:::lambda:`). */
  readonly resourcePrefix?: string;
}

const ERRORS_URL = guide('concepts-error-handling.html#error-handling-error-representation');
const LAMBDA_URL = guide('connect-lambda.html');
const RETRY_LAMBDA_URL = guide('bp-lambda-serviceexception.html');

export const ERROR_SPECS: readonly ErrorSpec[] = [
  { name: 'States.ALL', source: 'states', url: ERRORS_URL,
    doc: 'Matches every error name except `States.DataLimitExceeded` and `States.Runtime` (which cannot be retried; Catch still catches them). It must be the only name in its `ErrorEquals`, and its retrier or catcher must be the last one.' },
  { name: 'States.TaskFailed', source: 'states', url: ERRORS_URL,
    doc: 'Matches any failure of a Task state except `States.Timeout` — a wildcard for task errors such as `Lambda.ServiceException` or a function\'s own error.' },
  { name: 'States.Timeout', source: 'states', url: ERRORS_URL,
    doc: 'A Task ran longer than `TimeoutSeconds`, missed a heartbeat for longer than `HeartbeatSeconds`, or a child workflow or the whole execution ran longer than its `TimeoutSeconds`.' },
  { name: 'States.HeartbeatTimeout', source: 'states', url: ERRORS_URL,
    doc: 'A Task did not send a heartbeat for longer than `HeartbeatSeconds`. This name is only available in Retry and Catch.' },
  { name: 'States.Permissions', source: 'states', url: ERRORS_URL,
    doc: 'A Task failed because the execution role lacks the permissions needed to run it.' },
  { name: 'States.ResultPathMatchFailure', source: 'states', url: ERRORS_URL,
    doc: 'The state\'s `ResultPath` cannot be applied to its input (e.g. the path goes through a value that is not an object).' },
  { name: 'States.ParameterPathFailure', source: 'states', url: ERRORS_URL,
    doc: 'A `key.$` field of `Parameters` (or `ItemSelector`, `ResultSelector`) names a path that does not exist in the input.' },
  { name: 'States.QueryEvaluationError', source: 'states', url: ERRORS_URL,
    doc: 'A JSONata expression failed: a type error, an undefined result where a value is needed, or a value of the wrong type for its field.' },
  { name: 'States.BranchFailed', source: 'states', url: ERRORS_URL,
    doc: 'A branch of a Parallel state failed.' },
  { name: 'States.NoChoiceMatched', source: 'states', url: ERRORS_URL,
    doc: 'No rule of a Choice state matched its input and the state has no `Default`.' },
  { name: 'States.IntrinsicFailure', source: 'states', url: ERRORS_URL,
    doc: 'An intrinsic function (`States.Format`, `States.StringToJson`, …) failed to evaluate with the arguments it was given.' },
  { name: 'States.ExceedToleratedFailureThreshold', source: 'states', url: ERRORS_URL,
    doc: 'A distributed Map run failed more items than `ToleratedFailureCount` or `ToleratedFailurePercentage` allow.' },
  { name: 'States.ItemReaderFailed', source: 'states', url: ERRORS_URL,
    doc: 'A distributed Map state could not read its dataset through `ItemReader` (missing object, bad format, no permission…).' },
  { name: 'States.ResultWriterFailed', source: 'states', url: ERRORS_URL,
    doc: 'A distributed Map state could not write its results through `ResultWriter`.' },
  { name: 'States.DataLimitExceeded', source: 'states', url: ERRORS_URL, notRetriable: true,
    doc: 'An input, output, result or error output grew beyond the payload quota (256 KiB). It cannot be retried, and `States.ALL` in a Retry does not match it.' },
  { name: 'States.Runtime', source: 'states', url: ERRORS_URL, notRetriable: true,
    doc: 'An execution failed on an exception it could not process, such as a path that selects nothing or an input that is not an object where one is needed. It cannot be retried.' },

  // Lambda (arn:aws:states:::lambda:invoke and Lambda function ARNs).
  { name: 'Lambda.ServiceException', source: 'service', url: RETRY_LAMBDA_URL, resourcePrefix: 'arn:aws:states:::lambda:',
    doc: 'An internal error of the Lambda service. Transient: AWS recommends retrying it.' },
  { name: 'Lambda.AWSLambdaException', source: 'service', url: RETRY_LAMBDA_URL, resourcePrefix: 'arn:aws:states:::lambda:',
    doc: 'A general error returned by the Lambda service while invoking the function; usually transient, so retry it.' },
  { name: 'Lambda.SdkClientException', source: 'service', url: RETRY_LAMBDA_URL, resourcePrefix: 'arn:aws:states:::lambda:',
    doc: 'The call to Lambda did not complete, for example because of a network problem. Transient: retry it.' },
  { name: 'Lambda.TooManyRequestsException', source: 'service', url: LAMBDA_URL, resourcePrefix: 'arn:aws:states:::lambda:',
    doc: 'The function is being throttled (concurrency limit reached). Retry it with backoff.' },
  { name: 'Lambda.ClientExecutionTimeoutException', source: 'service', url: RETRY_LAMBDA_URL, resourcePrefix: 'arn:aws:states:::lambda:',
    doc: 'The call to Lambda timed out on the client side. Transient: retry it.' },
  { name: 'Lambda.Unknown', source: 'service', url: LAMBDA_URL, resourcePrefix: 'arn:aws:states:::lambda:',
    doc: 'The function failed in a way Lambda could not report precisely — often it ran out of memory or time.' },
  { name: 'Lambda.ResourceNotFoundException', source: 'service', url: LAMBDA_URL, resourcePrefix: 'arn:aws:states:::lambda:',
    doc: 'The function (or the version or alias) does not exist.' },
  { name: 'Lambda.InvalidParameterValueException', source: 'service', url: LAMBDA_URL, resourcePrefix: 'arn:aws:states:::lambda:',
    doc: 'The invocation request had an invalid parameter.' },
  { name: 'Lambda.RequestTooLargeException', source: 'service', url: LAMBDA_URL, resourcePrefix: 'arn:aws:states:::lambda:',
    doc: 'The payload is larger than Lambda accepts.' },

  // Other services, as the optimized integrations name them.
  { name: 'States.Http.Socket', source: 'service', url: guide('connect-third-party-apis.html'), resourcePrefix: 'arn:aws:states:::http:',
    doc: 'An HTTP Task could not connect or the connection was closed (the request timed out after 60 seconds).' },
  { name: 'DynamoDB.ConditionalCheckFailedException', source: 'service', url: guide('connect-ddb.html'), resourcePrefix: 'arn:aws:states:::dynamodb:',
    doc: 'A DynamoDB write\'s `ConditionExpression` evaluated to false.' },
  { name: 'DynamoDB.ProvisionedThroughputExceededException', source: 'service', url: guide('connect-ddb.html'), resourcePrefix: 'arn:aws:states:::dynamodb:',
    doc: 'The table\'s provisioned throughput is exhausted; retry with backoff.' },
  { name: 'DynamoDB.AmazonDynamoDBException', source: 'service', url: guide('connect-ddb.html'), resourcePrefix: 'arn:aws:states:::dynamodb:',
    doc: 'A general error returned by DynamoDB.' },
  { name: 'SQS.AmazonSQSException', source: 'service', url: guide('connect-sqs.html'), resourcePrefix: 'arn:aws:states:::sqs:',
    doc: 'A general error returned by Amazon SQS.' },
  { name: 'SNS.AmazonSNSException', source: 'service', url: guide('connect-sns.html'), resourcePrefix: 'arn:aws:states:::sns:',
    doc: 'A general error returned by Amazon SNS.' },
  { name: 'StepFunctions.ExecutionAlreadyExistsException', source: 'service', url: guide('connect-stepfunctions.html'), resourcePrefix: 'arn:aws:states:::states:',
    doc: 'A child execution with the same name already exists.' },
  { name: 'ECS.AmazonECSException', source: 'service', url: guide('connect-ecs.html'), resourcePrefix: 'arn:aws:states:::ecs:',
    doc: 'A general error returned by Amazon ECS.' },
  { name: 'Batch.AWSBatchException', source: 'service', url: guide('connect-batch.html'), resourcePrefix: 'arn:aws:states:::batch:',
    doc: 'A general error returned by AWS Batch.' },
  { name: 'Glue.AWSGlueException', source: 'service', url: guide('connect-glue.html'), resourcePrefix: 'arn:aws:states:::glue:',
    doc: 'A general error returned by AWS Glue.' },
];

const BY_NAME = new Map(ERROR_SPECS.map((e) => [e.name, e]));

export function errorSpec(name: string): ErrorSpec | undefined {
  return BY_NAME.get(name);
}

/** The predefined error names (`States.*`). */
export const STATES_ERROR_NAMES: readonly string[] = ERROR_SPECS.filter((e) => e.source === 'states').map((e) => e.name);

/**
 * The error names worth offering for a state: every `States.*` name, plus the service errors of its Resource
 * (Lambda errors for a Lambda invoke or a Lambda function ARN).
 */
export function errorsForResource(resource: string | undefined): ErrorSpec[] {
  const isLambda = !!resource && (/^arn:aws[\w-]*:lambda:/.test(resource) || /^arn:aws[\w-]*:states:::lambda:/.test(resource));
  return ERROR_SPECS.filter((e) => {
    if (e.source === 'states') return true;
    if (!resource || !e.resourcePrefix) return false;
    if (e.resourcePrefix === 'arn:aws:states:::lambda:') return isLambda;
    return resource.replace(/^arn:aws[\w-]*:/, 'arn:aws:').startsWith(e.resourcePrefix);
  });
}
