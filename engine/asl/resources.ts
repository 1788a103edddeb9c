// Task Resource ARNs: the optimized service integrations with their integration patterns, the AWS SDK
// integrations for a broad set of services, and `describeResource()` for labels (graph nodes, hovers, symbols).
import { guide } from './guide';

export type IntegrationPattern = 'requestResponse' | 'sync' | 'waitForTaskToken';

export interface OptimizedIntegration {
  /** The service part of the ARN: `lambda` in `arn:aws:states:::lambda:invoke`. */
  readonly service: string;
  /** The action part: `invoke`. */
  readonly action: string;
  /** `Lambda Invoke`, `SQS SendMessage`. */
  readonly displayName: string;
  /** The suffixes the integration supports besides request-response: `.sync`, `.sync:2`, `.waitForTaskToken`. */
  readonly patterns: readonly ('requestResponse' | '.sync' | '.sync:2' | '.waitForTaskToken')[];
  readonly doc: string;
  readonly url: string;
  /** The request fields a new task needs, for snippets: name → placeholder. */
  readonly arguments?: Readonly<Record<string, string>>;
  /** Only valid as a Map's ItemReader or ResultWriter resource, not as a Task resource. */
  readonly mapOnly?: boolean;
}

const RR = 'requestResponse' as const;

const SM = 'SageMaker';
const smSync = (action: string, display: string, what: string): OptimizedIntegration => ({
  service: 'sagemaker', action, displayName: `${SM} ${display}`, patterns: [RR, '.sync'], url: guide('connect-sagemaker.html'), doc: `Starts a SageMaker ${what}; with \`.sync\`, waits for it to complete.`,
});
const smRR = (action: string, display: string, what: string): OptimizedIntegration => ({
  service: 'sagemaker', action, displayName: `${SM} ${display}`, patterns: [RR], url: guide('connect-sagemaker.html'), doc: `${what}.`,
});
const rrSync = (service: string, action: string, displayName: string, url: string, doc: string): OptimizedIntegration => ({ service, action, displayName, patterns: [RR, '.sync'], url, doc });

export const OPTIMIZED_INTEGRATIONS: readonly OptimizedIntegration[] = [
  { service: 'lambda', action: 'invoke', displayName: 'Lambda Invoke', patterns: [RR, '.waitForTaskToken'], url: guide('connect-lambda.html'),
    doc: 'Invokes an AWS Lambda function. The function\'s response is in the result\'s `Payload`; with `.waitForTaskToken`, pass `$$.Task.Token` in the payload and the state waits for `SendTaskSuccess`.',
    arguments: { FunctionName: 'arn:aws:lambda:REGION:ACCOUNT_ID:function:NAME', Payload: '{}' } },
  { service: 'sqs', action: 'sendMessage', displayName: 'SQS SendMessage', patterns: [RR, '.waitForTaskToken'], url: guide('connect-sqs.html'),
    doc: 'Sends a message to an Amazon SQS queue; with `.waitForTaskToken`, the state waits until a consumer returns the task token.',
    arguments: { QueueUrl: 'https://sqs.REGION.amazonaws.com/ACCOUNT_ID/QUEUE', MessageBody: '{}' } },
  { service: 'sns', action: 'publish', displayName: 'SNS Publish', patterns: [RR, '.waitForTaskToken'], url: guide('connect-sns.html'),
    doc: 'Publishes a message to an Amazon SNS topic (or phone number or target ARN); with `.waitForTaskToken`, the state waits for the token to come back.',
    arguments: { TopicArn: 'arn:aws:sns:REGION:ACCOUNT_ID:TOPIC', Message: '{}' } },
  { service: 'dynamodb', action: 'getItem', displayName: 'DynamoDB GetItem', patterns: [RR], url: guide('connect-ddb.html'),
    doc: 'Reads one item of a DynamoDB table by its key.', arguments: { TableName: 'TABLE', Key: '{}' } },
  { service: 'dynamodb', action: 'putItem', displayName: 'DynamoDB PutItem', patterns: [RR], url: guide('connect-ddb.html'),
    doc: 'Writes (creates or replaces) one item of a DynamoDB table.', arguments: { TableName: 'TABLE', Item: '{}' } },
  { service: 'dynamodb', action: 'updateItem', displayName: 'DynamoDB UpdateItem', patterns: [RR], url: guide('connect-ddb.html'),
    doc: 'Updates attributes of one item of a DynamoDB table with an update expression.', arguments: { TableName: 'TABLE', Key: '{}', UpdateExpression: 'SET #a = :v' } },
  { service: 'dynamodb', action: 'deleteItem', displayName: 'DynamoDB DeleteItem', patterns: [RR], url: guide('connect-ddb.html'),
    doc: 'Deletes one item of a DynamoDB table by its key.', arguments: { TableName: 'TABLE', Key: '{}' } },
  { service: 'ecs', action: 'runTask', displayName: 'ECS RunTask', patterns: [RR, '.sync', '.waitForTaskToken'], url: guide('connect-ecs.html'),
    doc: 'Runs an Amazon ECS or AWS Fargate task; with `.sync`, waits for the task to stop.',
    arguments: { Cluster: 'arn:aws:ecs:REGION:ACCOUNT_ID:cluster/CLUSTER', TaskDefinition: 'TASK_DEFINITION', LaunchType: 'FARGATE' } },
  { service: 'batch', action: 'submitJob', displayName: 'Batch SubmitJob', patterns: [RR, '.sync', '.waitForTaskToken'], url: guide('connect-batch.html'),
    doc: 'Submits an AWS Batch job; with `.sync`, waits for the job to finish.', arguments: { JobName: 'JOB', JobQueue: 'QUEUE_ARN', JobDefinition: 'DEFINITION_ARN' } },
  { service: 'glue', action: 'startJobRun', displayName: 'Glue StartJobRun', patterns: [RR, '.sync'], url: guide('connect-glue.html'),
    doc: 'Starts an AWS Glue job run; with `.sync`, waits for it to complete.', arguments: { JobName: 'JOB' } },
  { service: 'databrew', action: 'startJobRun', displayName: 'DataBrew StartJobRun', patterns: [RR, '.sync'], url: guide('connect-databrew.html'),
    doc: 'Starts an AWS Glue DataBrew job run; with `.sync`, waits for it to complete.', arguments: { Name: 'JOB' } },
  { service: 'states', action: 'startExecution', displayName: 'Step Functions StartExecution', patterns: [RR, '.sync', '.sync:2', '.waitForTaskToken'], url: guide('connect-stepfunctions.html'),
    doc: 'Starts another state machine (a nested workflow). `.sync` waits and returns the output as a JSON string; `.sync:2` waits and returns it as JSON; `.waitForTaskToken` waits for a callback.',
    arguments: { StateMachineArn: 'arn:aws:states:REGION:ACCOUNT_ID:stateMachine:NAME', Input: '{}' } },
  { service: 'events', action: 'putEvents', displayName: 'EventBridge PutEvents', patterns: [RR, '.waitForTaskToken'], url: guide('connect-eventbridge.html'),
    doc: 'Sends custom events to an Amazon EventBridge event bus.', arguments: { Entries: '[]' } },
  { service: 'apigateway', action: 'invoke', displayName: 'API Gateway Invoke', patterns: [RR, '.waitForTaskToken'], url: guide('connect-api-gateway.html'),
    doc: 'Calls an Amazon API Gateway REST or HTTP API endpoint.', arguments: { ApiEndpoint: 'API_ID.execute-api.REGION.amazonaws.com', Method: 'GET', Stage: 'prod', Path: '/' } },
  { service: 'http', action: 'invoke', displayName: 'HTTP Invoke', patterns: [RR], url: guide('connect-third-party-apis.html'),
    doc: 'Calls a public HTTPS API (an HTTP Task), authenticated through an EventBridge connection.',
    arguments: { ApiEndpoint: 'https://api.example.com/path', Method: 'GET', Authentication: '{}' } },
  { service: 'bedrock', action: 'invokeModel', displayName: 'Bedrock InvokeModel', patterns: [RR], url: guide('connect-bedrock.html'),
    doc: 'Runs inference on an Amazon Bedrock foundation model; the request body goes in `Body` (or is read from S3 with `Input`).', arguments: { ModelId: 'MODEL_ID', Body: '{}' } },
  { service: 'bedrock', action: 'createModelCustomizationJob', displayName: 'Bedrock CreateModelCustomizationJob', patterns: [RR, '.sync'], url: guide('connect-bedrock.html'),
    doc: 'Starts fine-tuning or continued pre-training of an Amazon Bedrock model; with `.sync`, waits for it to finish.' },
  rrSync('athena', 'startQueryExecution', 'Athena StartQueryExecution', guide('connect-athena.html'), 'Runs an Amazon Athena SQL query; with `.sync`, waits for it to finish.'),
  { service: 'athena', action: 'stopQueryExecution', displayName: 'Athena StopQueryExecution', patterns: [RR], url: guide('connect-athena.html'), doc: 'Stops a running Athena query.' },
  { service: 'athena', action: 'getQueryExecution', displayName: 'Athena GetQueryExecution', patterns: [RR], url: guide('connect-athena.html'), doc: 'Gets the status and statistics of an Athena query.' },
  { service: 'athena', action: 'getQueryResults', displayName: 'Athena GetQueryResults', patterns: [RR], url: guide('connect-athena.html'), doc: 'Reads (a page of) the results of a finished Athena query.' },
  smSync('createTrainingJob', 'CreateTrainingJob', 'training job'),
  smSync('createTransformJob', 'CreateTransformJob', 'batch transform job'),
  smSync('createProcessingJob', 'CreateProcessingJob', 'processing job'),
  smSync('createHyperParameterTuningJob', 'CreateHyperParameterTuningJob', 'hyperparameter tuning job'),
  smSync('createLabelingJob', 'CreateLabelingJob', 'Ground Truth labeling job'),
  smRR('createModel', 'CreateModel', 'Creates a SageMaker model from a container image and model artifacts'),
  smRR('createEndpointConfig', 'CreateEndpointConfig', 'Creates a SageMaker endpoint configuration'),
  smRR('createEndpoint', 'CreateEndpoint', 'Creates a SageMaker real-time inference endpoint'),
  smRR('updateEndpoint', 'UpdateEndpoint', 'Moves a SageMaker endpoint to a new endpoint configuration'),
  rrSync('eks', 'createCluster', 'EKS CreateCluster', guide('connect-eks.html'), 'Creates an Amazon EKS cluster; with `.sync`, waits until it is active.'),
  rrSync('eks', 'deleteCluster', 'EKS DeleteCluster', guide('connect-eks.html'), 'Deletes an Amazon EKS cluster; with `.sync`, waits until it is gone.'),
  rrSync('eks', 'createFargateProfile', 'EKS CreateFargateProfile', guide('connect-eks.html'), 'Creates a Fargate profile in an EKS cluster.'),
  rrSync('eks', 'deleteFargateProfile', 'EKS DeleteFargateProfile', guide('connect-eks.html'), 'Deletes a Fargate profile of an EKS cluster.'),
  rrSync('eks', 'createNodegroup', 'EKS CreateNodegroup', guide('connect-eks.html'), 'Creates a managed node group in an EKS cluster.'),
  rrSync('eks', 'deleteNodegroup', 'EKS DeleteNodegroup', guide('connect-eks.html'), 'Deletes a managed node group of an EKS cluster.'),
  rrSync('eks', 'runJob', 'EKS RunJob', guide('connect-eks.html'), 'Runs a Kubernetes job on an EKS cluster; with `.sync`, waits for it to complete and returns its logs.'),
  { service: 'eks', action: 'call', displayName: 'EKS Call', patterns: [RR], url: guide('connect-eks.html'), doc: 'Calls the Kubernetes API of an EKS cluster.' },
  rrSync('elasticmapreduce', 'createCluster', 'EMR CreateCluster', guide('connect-emr.html'), 'Creates and starts an Amazon EMR cluster; with `.sync`, waits until it is running.'),
  rrSync('elasticmapreduce', 'terminateCluster', 'EMR TerminateCluster', guide('connect-emr.html'), 'Shuts down an EMR cluster; with `.sync`, waits until it is terminated.'),
  rrSync('elasticmapreduce', 'addStep', 'EMR AddStep', guide('connect-emr.html'), 'Adds a step to a running EMR cluster; with `.sync`, waits for the step to finish.'),
  { service: 'elasticmapreduce', action: 'cancelStep', displayName: 'EMR CancelStep', patterns: [RR], url: guide('connect-emr.html'), doc: 'Cancels a pending step of an EMR cluster.' },
  { service: 'elasticmapreduce', action: 'setClusterTerminationProtection', displayName: 'EMR SetClusterTerminationProtection', patterns: [RR], url: guide('connect-emr.html'), doc: 'Turns termination protection of an EMR cluster on or off.' },
  { service: 'elasticmapreduce', action: 'modifyInstanceFleetByName', displayName: 'EMR ModifyInstanceFleetByName', patterns: [RR], url: guide('connect-emr.html'), doc: 'Resizes an instance fleet of an EMR cluster.' },
  { service: 'elasticmapreduce', action: 'modifyInstanceGroupByName', displayName: 'EMR ModifyInstanceGroupByName', patterns: [RR], url: guide('connect-emr.html'), doc: 'Resizes an instance group of an EMR cluster.' },
  rrSync('emr-containers', 'startJobRun', 'EMR on EKS StartJobRun', guide('connect-emr-eks.html'), 'Starts a job run on an EMR on EKS virtual cluster; with `.sync`, waits for it to finish.'),
  { service: 'emr-containers', action: 'createVirtualCluster', displayName: 'EMR on EKS CreateVirtualCluster', patterns: [RR], url: guide('connect-emr-eks.html'), doc: 'Creates an EMR on EKS virtual cluster.' },
  rrSync('emr-containers', 'deleteVirtualCluster', 'EMR on EKS DeleteVirtualCluster', guide('connect-emr-eks.html'), 'Deletes an EMR on EKS virtual cluster.'),
  rrSync('emr-serverless', 'createApplication', 'EMR Serverless CreateApplication', guide('connect-emr-serverless.html'), 'Creates an EMR Serverless application.'),
  rrSync('emr-serverless', 'startApplication', 'EMR Serverless StartApplication', guide('connect-emr-serverless.html'), 'Starts an EMR Serverless application.'),
  rrSync('emr-serverless', 'stopApplication', 'EMR Serverless StopApplication', guide('connect-emr-serverless.html'), 'Stops an EMR Serverless application.'),
  rrSync('emr-serverless', 'deleteApplication', 'EMR Serverless DeleteApplication', guide('connect-emr-serverless.html'), 'Deletes an EMR Serverless application.'),
  rrSync('emr-serverless', 'startJobRun', 'EMR Serverless StartJobRun', guide('connect-emr-serverless.html'), 'Starts a job run on an EMR Serverless application; with `.sync`, waits for it to finish.'),
  rrSync('emr-serverless', 'cancelJobRun', 'EMR Serverless CancelJobRun', guide('connect-emr-serverless.html'), 'Cancels an EMR Serverless job run.'),
  rrSync('codebuild', 'startBuild', 'CodeBuild StartBuild', guide('connect-codebuild.html'), 'Starts an AWS CodeBuild build; with `.sync`, waits for it to finish.'),
  { service: 'codebuild', action: 'stopBuild', displayName: 'CodeBuild StopBuild', patterns: [RR], url: guide('connect-codebuild.html'), doc: 'Stops a running CodeBuild build.' },
  { service: 'codebuild', action: 'batchDeleteBuilds', displayName: 'CodeBuild BatchDeleteBuilds', patterns: [RR], url: guide('connect-codebuild.html'), doc: 'Deletes CodeBuild builds.' },
  { service: 'codebuild', action: 'batchGetReports', displayName: 'CodeBuild BatchGetReports', patterns: [RR], url: guide('connect-codebuild.html'), doc: 'Gets CodeBuild test reports.' },
  rrSync('codebuild', 'startBuildBatch', 'CodeBuild StartBuildBatch', guide('connect-codebuild.html'), 'Starts a CodeBuild batch build; with `.sync`, waits for it to finish.'),
  { service: 'codebuild', action: 'stopBuildBatch', displayName: 'CodeBuild StopBuildBatch', patterns: [RR], url: guide('connect-codebuild.html'), doc: 'Stops a running CodeBuild batch build.' },
  rrSync('codebuild', 'retryBuildBatch', 'CodeBuild RetryBuildBatch', guide('connect-codebuild.html'), 'Retries a CodeBuild batch build.'),
  { service: 'codebuild', action: 'deleteBuildBatch', displayName: 'CodeBuild DeleteBuildBatch', patterns: [RR], url: guide('connect-codebuild.html'), doc: 'Deletes a CodeBuild batch build.' },
  rrSync('mediaconvert', 'createJob', 'MediaConvert CreateJob', guide('connect-mediaconvert.html'), 'Starts an AWS Elemental MediaConvert transcoding job; with `.sync`, waits for it to finish.'),
  { service: 's3', action: 'getObject', displayName: 'S3 GetObject', patterns: [RR], url: guide('input-output-itemreader.html'), mapOnly: true,
    doc: 'Distributed Map `ItemReader`: reads the items from one S3 object (JSON, JSON Lines, CSV, Parquet or a manifest).' },
  { service: 's3', action: 'listObjectsV2', displayName: 'S3 ListObjectsV2', patterns: [RR], url: guide('input-output-itemreader.html'), mapOnly: true,
    doc: 'Distributed Map `ItemReader`: iterates over the objects under an S3 bucket prefix.' },
  { service: 's3', action: 'putObject', displayName: 'S3 PutObject', patterns: [RR], url: guide('input-output-resultwriter.html'), mapOnly: true,
    doc: 'Distributed Map `ResultWriter`: writes the child execution results under an S3 prefix.' },
];

/** AWS SDK integrations: `arn:aws:states:::aws-sdk:<service>:<action>`. Services by SDK id, with a few common actions. */
export interface SdkService { readonly id: string; readonly displayName: string; readonly actions: readonly string[] }

export const SDK_SERVICES: readonly SdkService[] = [
  { id: 's3', displayName: 'S3', actions: ['getObject', 'putObject', 'copyObject', 'deleteObject', 'headObject', 'listObjectsV2', 'listBuckets', 'getObjectAttributes', 'createBucket', 'deleteObjects'] },
  { id: 'dynamodb', displayName: 'DynamoDB', actions: ['getItem', 'putItem', 'updateItem', 'deleteItem', 'query', 'scan', 'batchGetItem', 'batchWriteItem', 'transactWriteItems', 'transactGetItems', 'describeTable'] },
  { id: 'lambda', displayName: 'Lambda', actions: ['invoke', 'listFunctions', 'getFunction', 'updateFunctionCode', 'updateFunctionConfiguration', 'publishVersion'] },
  { id: 'sqs', displayName: 'SQS', actions: ['sendMessage', 'sendMessageBatch', 'receiveMessage', 'deleteMessage', 'getQueueAttributes', 'purgeQueue'] },
  { id: 'sns', displayName: 'SNS', actions: ['publish', 'publishBatch', 'subscribe', 'createTopic', 'listSubscriptionsByTopic'] },
  { id: 'sfn', displayName: 'Step Functions', actions: ['startExecution', 'startSyncExecution', 'describeExecution', 'listExecutions', 'stopExecution', 'sendTaskSuccess', 'sendTaskFailure', 'sendTaskHeartbeat'] },
  { id: 'eventbridge', displayName: 'EventBridge', actions: ['putEvents', 'putRule', 'putTargets', 'listRules'] },
  { id: 'scheduler', displayName: 'EventBridge Scheduler', actions: ['createSchedule', 'deleteSchedule', 'getSchedule', 'updateSchedule'] },
  { id: 'ec2', displayName: 'EC2', actions: ['describeInstances', 'runInstances', 'startInstances', 'stopInstances', 'terminateInstances', 'createTags', 'createSnapshot', 'describeSnapshots', 'createVolume', 'describeVolumes', 'attachVolume', 'modifyInstanceAttribute', 'authorizeSecurityGroupIngress'] },
  { id: 'ecs', displayName: 'ECS', actions: ['describeTasks', 'listTasks', 'stopTask', 'updateService', 'describeServices'] },
  { id: 'eks', displayName: 'EKS', actions: ['describeCluster', 'listClusters', 'describeNodegroup'] },
  { id: 'ecr', displayName: 'ECR', actions: ['describeImages', 'listImages', 'batchDeleteImage', 'describeImageScanFindings'] },
  { id: 'batch', displayName: 'Batch', actions: ['describeJobs', 'listJobs', 'cancelJob', 'terminateJob'] },
  { id: 'iam', displayName: 'IAM', actions: ['getRole', 'createRole', 'attachRolePolicy', 'listRoles', 'getUser', 'listUsers'] },
  { id: 'sts', displayName: 'STS', actions: ['assumeRole', 'getCallerIdentity'] },
  { id: 'kms', displayName: 'KMS', actions: ['encrypt', 'decrypt', 'generateDataKey', 'describeKey'] },
  { id: 'secretsmanager', displayName: 'Secrets Manager', actions: ['getSecretValue', 'putSecretValue', 'createSecret', 'rotateSecret', 'describeSecret'] },
  { id: 'ssm', displayName: 'Systems Manager', actions: ['getParameter', 'getParameters', 'putParameter', 'sendCommand', 'getCommandInvocation', 'startAutomationExecution'] },
  { id: 'cloudwatch', displayName: 'CloudWatch', actions: ['putMetricData', 'getMetricData', 'describeAlarms', 'setAlarmState'] },
  { id: 'cloudwatchlogs', displayName: 'CloudWatch Logs', actions: ['putLogEvents', 'startQuery', 'getQueryResults', 'createLogGroup', 'filterLogEvents'] },
  { id: 'cloudformation', displayName: 'CloudFormation', actions: ['createStack', 'updateStack', 'deleteStack', 'describeStacks', 'describeStackSetOperation', 'createStackInstances'] },
  { id: 'rds', displayName: 'RDS', actions: ['describeDBInstances', 'startDBInstance', 'stopDBInstance', 'createDBSnapshot', 'describeDBSnapshots', 'describeDBClusters'] },
  { id: 'rdsdata', displayName: 'RDS Data', actions: ['executeStatement', 'batchExecuteStatement', 'beginTransaction', 'commitTransaction'] },
  { id: 'redshiftdata', displayName: 'Redshift Data', actions: ['executeStatement', 'describeStatement', 'getStatementResult'] },
  { id: 'athena', displayName: 'Athena', actions: ['startQueryExecution', 'getQueryExecution', 'getQueryResults'] },
  { id: 'glue', displayName: 'Glue', actions: ['startCrawler', 'getCrawler', 'startJobRun', 'getJobRun', 'getTable', 'createPartition', 'startWorkflowRun'] },
  { id: 'textract', displayName: 'Textract', actions: ['analyzeDocument', 'analyzeExpense', 'detectDocumentText', 'startDocumentTextDetection', 'getDocumentTextDetection', 'startDocumentAnalysis', 'getDocumentAnalysis'] },
  { id: 'rekognition', displayName: 'Rekognition', actions: ['detectLabels', 'detectText', 'detectFaces', 'detectModerationLabels', 'startSegmentDetection', 'getSegmentDetection', 'compareFaces'] },
  { id: 'comprehend', displayName: 'Comprehend', actions: ['detectSentiment', 'detectEntities', 'detectDominantLanguage', 'detectKeyPhrases', 'detectPiiEntities'] },
  { id: 'translate', displayName: 'Translate', actions: ['translateText', 'startTextTranslationJob'] },
  { id: 'transcribe', displayName: 'Transcribe', actions: ['startTranscriptionJob', 'getTranscriptionJob', 'createVocabularyFilter', 'listVocabularyFilters'] },
  { id: 'polly', displayName: 'Polly', actions: ['synthesizeSpeech', 'startSpeechSynthesisTask', 'getSpeechSynthesisTask'] },
  { id: 'bedrock', displayName: 'Bedrock', actions: ['listFoundationModels', 'getFoundationModel', 'createEvaluationJob', 'getEvaluationJob', 'createModelInvocationJob', 'getModelInvocationJob'] },
  { id: 'bedrockruntime', displayName: 'Bedrock Runtime', actions: ['converse', 'invokeModel', 'applyGuardrail'] },
  { id: 'bedrockagent', displayName: 'Bedrock Agent', actions: ['startIngestionJob', 'getIngestionJob', 'createKnowledgeBase', 'createDataSource'] },
  { id: 'bedrockagentruntime', displayName: 'Bedrock Agent Runtime', actions: ['invokeAgent', 'retrieve', 'retrieveAndGenerate'] },
  { id: 'sagemaker', displayName: 'SageMaker', actions: ['describeTrainingJob', 'describeEndpoint', 'listModels', 'deleteEndpoint', 'startPipelineExecution'] },
  { id: 'sagemakerruntime', displayName: 'SageMaker Runtime', actions: ['invokeEndpoint'] },
  { id: 'kinesis', displayName: 'Kinesis', actions: ['putRecord', 'putRecords', 'describeStream'] },
  { id: 'firehose', displayName: 'Data Firehose', actions: ['putRecord', 'putRecordBatch'] },
  { id: 'apigateway', displayName: 'API Gateway', actions: ['getRestApis', 'createDeployment', 'getApiKeys'] },
  { id: 'apigatewaymanagementapi', displayName: 'API Gateway Management', actions: ['postToConnection', 'getConnection', 'deleteConnection'] },
  { id: 'route53', displayName: 'Route 53', actions: ['changeResourceRecordSets', 'listHostedZones', 'listResourceRecordSets'] },
  { id: 'acm', displayName: 'Certificate Manager', actions: ['requestCertificate', 'describeCertificate', 'listCertificates'] },
  { id: 'cognitoidentityprovider', displayName: 'Cognito User Pools', actions: ['adminGetUser', 'adminCreateUser', 'adminUpdateUserAttributes', 'listUsers'] },
  { id: 'organizations', displayName: 'Organizations', actions: ['listAccounts', 'listRoots', 'createAccount', 'describeCreateAccountStatus', 'moveAccount'] },
  { id: 'config', displayName: 'Config', actions: ['listAggregateDiscoveredResources', 'getComplianceDetailsByConfigRule', 'startConfigRulesEvaluation'] },
  { id: 'support', displayName: 'Support', actions: ['describeCases', 'createCase'] },
  { id: 'costexplorer', displayName: 'Cost Explorer', actions: ['getCostAndUsage', 'getCostForecast'] },
  { id: 'autoscaling', displayName: 'Auto Scaling', actions: ['describeAutoScalingGroups', 'describeAutoScalingInstances', 'setDesiredCapacity', 'detachInstances', 'updateAutoScalingGroup'] },
  { id: 'elasticloadbalancingv2', displayName: 'Elastic Load Balancing', actions: ['describeTargetHealth', 'registerTargets', 'deregisterTargets'] },
  { id: 'sesv2', displayName: 'SES', actions: ['sendEmail', 'sendBulkEmail'] },
  { id: 'ses', displayName: 'SES (v1)', actions: ['sendEmail', 'sendTemplatedEmail', 'sendRawEmail'] },
  { id: 'pinpoint', displayName: 'Pinpoint', actions: ['sendMessages', 'sendUsersMessages'] },
  { id: 'mediaconvert', displayName: 'MediaConvert', actions: ['createJob', 'getJob', 'describeEndpoints'] },
  { id: 'codebuild', displayName: 'CodeBuild', actions: ['startBuild', 'batchGetBuilds'] },
  { id: 'codepipeline', displayName: 'CodePipeline', actions: ['startPipelineExecution', 'getPipelineExecution', 'putJobSuccessResult', 'putJobFailureResult'] },
  { id: 'codecommit', displayName: 'CodeCommit', actions: ['getFile', 'getBranch', 'createCommit'] },
  { id: 'emr', displayName: 'EMR', actions: ['describeCluster', 'listClusters', 'listSteps'] },
  { id: 'xray', displayName: 'X-Ray', actions: ['getTraceSummaries', 'batchGetTraces'] },
  { id: 'backup', displayName: 'Backup', actions: ['startBackupJob', 'describeBackupJob', 'startRestoreJob'] },
  { id: 'opensearch', displayName: 'OpenSearch', actions: ['describeDomain', 'listDomainNames'] },
  { id: 'elasticache', displayName: 'ElastiCache', actions: ['describeCacheClusters', 'createSnapshot'] },
  { id: 'appconfig', displayName: 'AppConfig', actions: ['startDeployment', 'getConfiguration'] },
  { id: 'appsync', displayName: 'AppSync', actions: ['startSchemaCreation', 'getGraphqlApi'] },
  { id: 'cloudfront', displayName: 'CloudFront', actions: ['createInvalidation', 'getDistribution'] },
  { id: 'efs', displayName: 'EFS', actions: ['describeFileSystems', 'createFileSystem'] },
  { id: 'guardduty', displayName: 'GuardDuty', actions: ['listFindings', 'getFindings'] },
  { id: 'securityhub', displayName: 'Security Hub', actions: ['getFindings', 'batchUpdateFindings'] },
  { id: 'timestreamwrite', displayName: 'Timestream', actions: ['writeRecords'] },
  { id: 'location', displayName: 'Location', actions: ['searchPlaceIndexForText', 'calculateRoute'] },
  { id: 'personalize', displayName: 'Personalize', actions: ['createSolutionVersion', 'describeSolutionVersion'] },
];

export const SDK_URL = guide('supported-services-awssdk.html');
export const INTEGRATIONS_URL = guide('integrate-optimized.html');
export const PATTERNS_URL = guide('connect-to-resource.html');

export type ResourceKind = 'optimized' | 'sdk' | 'lambdaFunction' | 'activity' | 'unknown';

export interface ResourceDescription {
  readonly kind: ResourceKind;
  /** `lambda`, `sqs`, `s3` (for aws-sdk), `activity`… */
  readonly service: string;
  /** `invoke`, `sendMessage`, the function or activity name… */
  readonly action: string;
  /** `Lambda Invoke`, `S3 GetObject (SDK)`, `Activity MyActivity`. */
  readonly displayName: string;
  readonly pattern: IntegrationPattern;
  /** The exact suffix written: `.sync`, `.sync:2`, `.waitForTaskToken`, or '' for request-response. */
  readonly suffix: string;
  /** The optimized integration, when the ARN names one. */
  readonly integration?: OptimizedIntegration;
  /** Whether the suffix is one the integration supports (always true for SDK and unknown ARNs). */
  readonly patternSupported: boolean;
  readonly url: string;
}

const OPTIMIZED_BY_KEY = new Map(OPTIMIZED_INTEGRATIONS.map((i) => [`${i.service}:${i.action}`, i]));
const SDK_BY_ID = new Map(SDK_SERVICES.map((s) => [s.id, s]));

function pascal(s: string): string {
  return s.length ? s[0].toUpperCase() + s.slice(1) : s;
}

function splitSuffix(rest: string): { base: string; suffix: string; pattern: IntegrationPattern } {
  const m = /^(.*?)(\.sync(?::2)?|\.waitForTaskToken)$/.exec(rest);
  if (!m) return { base: rest, suffix: '', pattern: 'requestResponse' };
  return { base: m[1], suffix: m[2], pattern: m[2] === '.waitForTaskToken' ? 'waitForTaskToken' : 'sync' };
}

/**
 * What a Task's Resource ARN calls, for labels: `arn:aws:states:::sqs:sendMessage.waitForTaskToken` →
 * { service: 'sqs', action: 'sendMessage', displayName: 'SQS SendMessage', pattern: 'waitForTaskToken' }.
 * Accepts any partition (`aws`, `aws-cn`, `aws-us-gov`) and `${Placeholder}` parts; never throws.
 */
export function describeResource(arn: string): ResourceDescription {
  const states = /^arn:aws[\w-]*:states:[^:]*:[^:]*:(.*)$/.exec(arn);
  if (states) {
    const rest = states[1];
    if (rest.startsWith('activity:')) {
      const name = rest.slice('activity:'.length);
      return { kind: 'activity', service: 'activity', action: name, displayName: `Activity ${name}`, pattern: 'requestResponse', suffix: '', patternSupported: true, url: guide('concepts-activities.html') };
    }
    const { base, suffix, pattern } = splitSuffix(rest);
    const sdk = /^aws-sdk:([^:]+):(.+)$/.exec(base);
    if (sdk) {
      const [, service, action] = sdk;
      const svc = SDK_BY_ID.get(service);
      const displayName = `${svc?.displayName ?? pascal(service)} ${pascal(action)}`;
      // AWS SDK integrations support request-response and .waitForTaskToken, not .sync.
      return { kind: 'sdk', service, action, displayName, pattern, suffix, patternSupported: suffix !== '.sync' && suffix !== '.sync:2', url: SDK_URL };
    }
    const colon = base.indexOf(':');
    if (colon > 0) {
      const service = base.slice(0, colon), action = base.slice(colon + 1);
      const integration = OPTIMIZED_BY_KEY.get(`${service}:${action}`);
      if (integration) {
        const supported = (integration.patterns as readonly string[]).includes(suffix || 'requestResponse');
        return { kind: 'optimized', service, action, displayName: integration.displayName, pattern, suffix, integration, patternSupported: supported, url: integration.url };
      }
      return { kind: 'unknown', service, action, displayName: `${pascal(service)} ${pascal(action)}`, pattern, suffix, patternSupported: true, url: INTEGRATIONS_URL };
    }
  }
  const fn = /^arn:aws[\w-]*:lambda:[^:]*:[^:]*:function:([^:]+)(?::.*)?$/.exec(arn);
  if (fn) {
    return { kind: 'lambdaFunction', service: 'lambda', action: fn[1], displayName: `Lambda ${fn[1]}`, pattern: 'requestResponse', suffix: '', patternSupported: true, url: guide('connect-lambda.html') };
  }
  return { kind: 'unknown', service: '', action: '', displayName: arn, pattern: 'requestResponse', suffix: '', patternSupported: true, url: INTEGRATIONS_URL };
}

/** Every optimized Task ARN with each supported suffix (`…:lambda:invoke`, `…:lambda:invoke.waitForTaskToken`…). */
export function optimizedResourceArns(): { arn: string; integration: OptimizedIntegration; suffix: string }[] {
  const out: { arn: string; integration: OptimizedIntegration; suffix: string }[] = [];
  for (const i of OPTIMIZED_INTEGRATIONS) {
    if (i.mapOnly) continue;
    for (const p of i.patterns) {
      const suffix = p === 'requestResponse' ? '' : p;
      out.push({ arn: `arn:aws:states:::${i.service}:${i.action}${suffix}`, integration: i, suffix });
    }
  }
  return out;
}

/** Every AWS SDK integration ARN we know of (`arn:aws:states:::aws-sdk:s3:getObject`…). */
export function sdkResourceArns(): { arn: string; service: SdkService; action: string }[] {
  return SDK_SERVICES.flatMap((s) => s.actions.map((a) => ({ arn: `arn:aws:states:::aws-sdk:${s.id}:${a}`, service: s, action: a })));
}

export function patternLabel(p: IntegrationPattern): string {
  return p === 'sync' ? 'Run a job (.sync)' : p === 'waitForTaskToken' ? 'Wait for callback (.waitForTaskToken)' : 'Request response';
}
