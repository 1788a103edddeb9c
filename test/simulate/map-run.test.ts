// A Distributed Map's Map Run through the API: child executions with their own histories and statuses, an abort
// when the tolerated failures are passed, and the ResultWriter (no S3: the Map's result is the object AWS returns and
// the files it would write are on the Map Run; WriterConfig alone shapes the result in place).
// https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultwriter.html
import { describe, it, expect } from 'vitest';
import { createExecution } from '../../engine/simulate';

const distributed = (extra: Record<string, unknown>, states?: Record<string, unknown>) => ({
  StartAt: 'M',
  States: {
    M: {
      Type: 'Map', End: true, ...extra,
      ItemProcessor: {
        ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'P',
        States: states ?? { P: { Type: 'Pass', End: true } },
      },
    },
  },
});

const failOnTwo = {
  P: { Type: 'Choice', Choices: [{ Variable: '$', NumericEquals: 2, Next: 'F' }], Default: 'W' },
  F: { Type: 'Fail', Error: 'Two', Cause: 'no twos' },
  W: { Type: 'Wait', Seconds: 1, End: true },
};

describe('Distributed Map runs', () => {
  it('records each child execution and its history, and aborts the running ones when the Map Run fails', async () => {
    const ex = createExecution(distributed({ MaxConcurrency: 2 }, failOnTwo), { input: [1, 2, 3] });
    expect(await ex.run()).toEqual({ status: 'FAILED', error: 'States.ExceedToleratedFailureThreshold', cause: 'The specified tolerated failure threshold was exceeded' });
    const [run] = ex.mapRuns;
    expect(run.status).toBe('FAILED');
    expect(run.executions.map((c) => [c.index, c.status])).toEqual([[0, 'ABORTED'], [1, 'FAILED']]);
    expect(run.executions[0].events.map((e) => e.type)).toEqual(['ExecutionStarted', 'ChoiceStateEntered', 'ChoiceStateExited', 'WaitStateEntered', 'ExecutionAborted']);
    expect(run.executions[1].events.at(-1)).toMatchObject({ type: 'ExecutionFailed', executionFailedEventDetails: { error: 'Two', cause: 'no twos' } });
    expect(ex.events.map((e) => e.type)).toEqual(['ExecutionStarted', 'MapStateEntered', 'MapStateStarted', 'MapRunStarted', 'MapRunFailed', 'MapStateFailed', 'ExecutionFailed']);
    expect(ex.events[4].mapRunFailedEventDetails).toEqual({ error: 'States.ExceedToleratedFailureThreshold', cause: 'The specified tolerated failure threshold was exceeded' });
    // The child executions' visits are the execution's too, under their scope.
    expect(ex.stateVisits.filter((v) => v.name === 'F').map((v) => v.scope)).toEqual([['M', 1]]);
  });

  it('tolerates failures up to ToleratedFailureCount: failed children give {Error, Cause} in the result', async () => {
    const ex = createExecution(distributed({ ToleratedFailureCount: 1 }, failOnTwo), { input: [1, 2, 3] });
    expect(await ex.run()).toEqual({ status: 'SUCCEEDED', output: [1, { Error: 'Two', Cause: 'no twos' }, 3] });
    expect(ex.mapRuns[0].executions.map((c) => c.status)).toEqual(['SUCCEEDED', 'FAILED', 'SUCCEEDED']);
  });

  it('ResultWriter with Resource and Parameters: the result is { MapRunArn, ResultWriterDetails }, the files are on the Map Run', async () => {
    const def = distributed({
      ToleratedFailurePercentage: 50,
      ResultWriter: { Resource: 'arn:aws:states:::s3:putObject', Parameters: { 'Bucket': 'results', 'Prefix.$': '$.prefix' } },
      ItemsPath: '$.items',
    }, failOnTwo);
    const ex = createExecution(def, { input: { prefix: 'runs', items: [1, 2, 3] } });
    const r = await ex.run();
    const [run] = ex.mapRuns;
    const id = run.mapRunArn.split(':').at(-1)!;
    expect(r).toEqual({ status: 'SUCCEEDED', output: { MapRunArn: run.mapRunArn, ResultWriterDetails: { Bucket: 'results', Key: `runs/${id}/manifest.json` } } });
    const w = run.resultWriter!;
    expect(Object.keys(w.files).sort()).toEqual([`runs/${id}/FAILED_0.json`, `runs/${id}/SUCCEEDED_0.json`, `runs/${id}/manifest.json`]);
    const manifest = JSON.parse(w.files[w.manifestKey]);
    expect(manifest.DestinationBucket).toBe('results');
    expect(manifest.MapRunArn).toBe(run.mapRunArn);
    expect(manifest.ResultFiles.SUCCEEDED).toEqual([{ Key: `runs/${id}/SUCCEEDED_0.json`, Size: Buffer.byteLength(w.files[`runs/${id}/SUCCEEDED_0.json`]) }]);
    expect(manifest.ResultFiles.PENDING).toEqual([]);
    // Transformation NONE (the default when exporting): each child with its metadata; outputs as JSON texts.
    const succeeded = JSON.parse(w.files[`runs/${id}/SUCCEEDED_0.json`]);
    expect(succeeded.map((e: { Input: string; Output: string; Status: string }) => [e.Input, e.Output, e.Status])).toEqual([['1', '1', 'SUCCEEDED'], ['3', '3', 'SUCCEEDED']]);
    expect(succeeded[0]).toMatchObject({ ExecutionArn: run.executions[0].executionArn, Name: run.executions[0].name, StateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:Main/M' });
    const failed = JSON.parse(w.files[`runs/${id}/FAILED_0.json`]);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ Input: '2', Status: 'FAILED', Error: 'Two', Cause: 'no twos' });
  });

  it('ResultWriter with only WriterConfig shapes the Map\'s own result: FLATTEN, COMPACT, JSONL', async () => {
    const pairs = { P: { Type: 'Pass', Parameters: { 'pair.$': 'States.Array($, $)' }, OutputPath: '$.pair', End: true } };
    const run = async (config: Record<string, unknown>) => (await createExecution(distributed({ ResultWriter: { WriterConfig: config } }, pairs), { input: [1, 2] }).run()).output;
    expect(await run({ Transformation: 'FLATTEN', OutputType: 'JSON' })).toEqual([1, 1, 2, 2]);
    expect(await run({ Transformation: 'COMPACT', OutputType: 'JSON' })).toEqual([[1, 1], [2, 2]]);
    expect(await run({ Transformation: 'COMPACT', OutputType: 'JSONL' })).toBe('[1,1]\n[2,2]');
  });

  it('MapStateStarted has length 0 when an ItemReader supplies the items (the Map Run reads them)', async () => {
    const def = distributed({ ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'JSON' }, Parameters: { Bucket: 'b', Key: 'k' } } });
    const ex = createExecution(def, { taskHandler: () => ({ kind: 'success', output: [{ a: 1 }, { a: 2 }] }) });
    expect(await ex.run()).toEqual({ status: 'SUCCEEDED', output: [{ a: 1 }, { a: 2 }] });
    expect(ex.events.find((e) => e.type === 'MapStateStarted')!.mapStateStartedEventDetails).toEqual({ length: 0 });
  });
});
