// The ASL knowledge tables (engine/asl): consistent, linked, and agreeing with the libraries and the corpus.
import jsonata from 'jsonata';
import { describe, expect, it } from 'vitest';
import {
  CHOICE_OPERATORS, CONTEXT_FIELDS, ERROR_SPECS, EXCLUSIVE_GROUPS, FIELD_SPECS, JSONATA_FUNCTIONS, STATE_TYPE_SPECS,
  describeResource, errorsForResource, fieldsFor, fieldsIn, findField, isChoiceOperator, jsonataSignature, optimizedResourceArns, type FieldContainer,
} from '../../engine/asl';
import { analyze, STATE_TYPES, type QueryLanguage } from '../../engine/model';
import { getValue, type AstNode } from '../../engine/syntax';
import { corpusFiles, formatOfPath, readFixture } from '../util/fixtures';

const asArray = (n: AstNode | undefined): AstNode[] => (n?.kind === 'array' ? n.items : []);

describe('engine/asl tables', () => {
  it('documents every state type, with a guide link', () => {
    expect(STATE_TYPE_SPECS.map((s) => s.name).sort()).toEqual([...STATE_TYPES].sort());
    for (const s of STATE_TYPE_SPECS) expect(s.url).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/step-functions\/latest\/dg\/state-/);
  });

  it('gives every field a doc and a link, and never two specs for one field, state type and query language', () => {
    const seen = new Set<string>();
    for (const f of FIELD_SPECS) {
      expect(f.doc.length, f.name).toBeGreaterThan(10);
      expect(f.url, f.name).toMatch(/^https:\/\//);
      const qls = f.queryLanguage === 'both' ? ['JSONPath', 'JSONata'] : [f.queryLanguage];
      for (const t of f.stateTypes ?? ['-']) for (const ql of qls) {
        const key = `${f.container}/${t}/${ql}/${f.name}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
  });

  it('keeps JSONPath-only fields out of JSONata states and the reverse', () => {
    const names = (t: string, ql: 'JSONPath' | 'JSONata') => fieldsFor(t, ql).map((f) => f.name);
    expect(names('Task', 'JSONata')).toEqual(expect.arrayContaining(['Arguments', 'Output', 'Assign', 'Resource', 'Retry', 'Catch', 'TimeoutSeconds']));
    expect(names('Task', 'JSONata')).not.toEqual(expect.arrayContaining(['Parameters']));
    for (const jp of ['Parameters', 'InputPath', 'OutputPath', 'ResultPath', 'ResultSelector', 'TimeoutSecondsPath']) expect(names('Task', 'JSONata')).not.toContain(jp);
    expect(names('Task', 'JSONPath')).toEqual(expect.arrayContaining(['Parameters', 'InputPath', 'OutputPath', 'ResultPath', 'ResultSelector', 'Assign']));
    expect(names('Task', 'JSONPath')).not.toContain('Arguments');
    expect(names('Task', 'JSONPath')).not.toContain('Output');
    expect(names('Fail', 'JSONPath').sort()).toEqual(['Cause', 'CausePath', 'Comment', 'Error', 'ErrorPath', 'QueryLanguage', 'Type']);
    expect(names('Fail', 'JSONata').sort()).toEqual(['Cause', 'Comment', 'Error', 'QueryLanguage', 'Type']);
    expect(names('Succeed', 'JSONata').sort()).toEqual(['Comment', 'Output', 'QueryLanguage', 'Type']);
    expect(names('Choice', 'JSONPath')).not.toContain('Next');
    expect(names('Map', 'JSONata')).toContain('Items');
    expect(names('Map', 'JSONata')).not.toContain('ItemsPath');
    expect(fieldsIn('Catcher', 'JSONata').map((f) => f.name)).toContain('Output');
    expect(fieldsIn('Catcher', 'JSONPath').map((f) => f.name)).toContain('ResultPath');
  });

  it('names the same fields as the JSON schema validation compiles, for every state type and the top level', () => {
    // The schema repeats the field lists (it is compiled ahead of time); this keeps the two from drifting apart.
    // Choice, Succeed and Fail accept Next/End in the schema on purpose: the transitions rule reports them better.
    const schemaJson = JSON.parse(readFixture('engine/validate/schema/asl.schema.json')) as unknown;
    const defs = (schemaJson as { definitions: Record<string, { properties?: Record<string, unknown> }> }).definitions;
    const inSchema = (def: string) => Object.keys(defs[def].properties ?? {}).sort();
    const inTable = (names: string[]) => [...new Set(names)].sort();
    for (const t of STATE_TYPES) {
      const table = inTable([...fieldsFor(t, 'JSONPath'), ...fieldsFor(t, 'JSONata')].map((f) => f.name));
      const schema = inSchema(t).filter((k) => !(['Choice', 'Succeed', 'Fail'].includes(t) && (k === 'Next' || k === 'End')));
      expect(schema, t).toEqual(table);
    }
    const top = inTable([...fieldsIn('StateMachine', 'JSONPath'), ...fieldsIn('StateMachine', 'JSONata')].map((f) => f.name));
    expect(inSchema('root')).toEqual(top);
  });

  it('tells Map Parameters (deprecated) from Task Parameters', () => {
    expect(findField('State', 'Parameters', 'Map')?.deprecated).toBeTruthy();
    expect(findField('State', 'Parameters', 'Task')?.deprecated).toBeUndefined();
    expect(findField('State', 'Parameters', 'Task', 'JSONata')?.queryLanguage).toBe('JSONPath');
  });

  it('names only known fields in exclusive groups', () => {
    for (const g of EXCLUSIVE_GROUPS) for (const name of g.fields) expect(findField(g.container, name, g.stateTypes?.[0]), `${g.id}/${name}`).toBeDefined();
  });

  it('accepts every field the corpus uses, in the query language of its state (real, deployed workflows)', () => {
    const unknown: string[] = [];
    let checked = 0;
    const check = (container: FieldContainer, node: AstNode | undefined, ql: QueryLanguage, where: string, stateType?: string) => {
      if (node?.kind !== 'object') return;
      for (const p of node.properties) {
        const name = p.key.value;
        if (container === 'ChoiceRule' || container === 'NestedChoiceRule') if (isChoiceOperator(name)) continue;
        checked++;
        if (!fieldsIn(container, ql, stateType).some((f) => f.name === name)) unknown.push(`${where}: ${container}${stateType ? `(${stateType})` : ''} ${ql} ${name}`);
      }
    };
    for (const file of corpusFiles()) {
      // This one puts `"QueryLanguage": "JSONata"` inside States (as if it were a state), so its states are JSONPath.
      if (file.includes('shared-fallback-state-jsonata')) continue;
      const model = analyze(readFixture(file), formatOfPath(file));
      check('StateMachine', model.root, model.queryLanguage, file);
      for (const s of model.states) {
        const where = `${file} ${s.name}`;
        check('State', s.node, s.queryLanguage, where, s.type);
        const v = (k: string) => getValue(s.node, k);
        for (const r of asArray(v('Retry'))) check('Retrier', r, s.queryLanguage, where);
        for (const c of asArray(v('Catch'))) check('Catcher', c, s.queryLanguage, where);
        const rules = (items: AstNode[], container: FieldContainer) => {
          for (const r of items) {
            check(container, r, s.queryLanguage, where);
            rules([...asArray(getValue(r, 'And')), ...asArray(getValue(r, 'Or')), ...(getValue(r, 'Not') ? [getValue(r, 'Not')!] : [])], 'NestedChoiceRule');
          }
        };
        rules(asArray(v('Choices')), 'ChoiceRule');
        for (const b of asArray(v('Branches'))) check('Branch', b, s.queryLanguage, where);
        check('ItemProcessor', v('ItemProcessor'), s.queryLanguage, where);
        check('ProcessorConfig', getValue(v('ItemProcessor'), 'ProcessorConfig'), s.queryLanguage, where);
        check('Iterator', v('Iterator'), s.queryLanguage, where);
        check('ItemReader', v('ItemReader'), s.queryLanguage, where);
        check('ReaderConfig', getValue(v('ItemReader'), 'ReaderConfig'), s.queryLanguage, where);
        check('ItemBatcher', v('ItemBatcher'), s.queryLanguage, where);
        check('ResultWriter', v('ResultWriter'), s.queryLanguage, where);
        check('WriterConfig', getValue(v('ResultWriter'), 'WriterConfig'), s.queryLanguage, where);
      }
    }
    expect(unknown).toEqual([]);
    expect(checked).toBeGreaterThan(5000);
  });

  it('describes Resource ARNs for labels', () => {
    expect(describeResource('arn:aws:states:::lambda:invoke')).toMatchObject({ kind: 'optimized', service: 'lambda', action: 'invoke', displayName: 'Lambda Invoke', pattern: 'requestResponse' });
    expect(describeResource('arn:aws:states:::sqs:sendMessage.waitForTaskToken')).toMatchObject({ displayName: 'SQS SendMessage', pattern: 'waitForTaskToken', patternSupported: true });
    expect(describeResource('arn:aws:states:::states:startExecution.sync:2')).toMatchObject({ displayName: 'Step Functions StartExecution', pattern: 'sync', suffix: '.sync:2' });
    expect(describeResource('arn:aws:states:::dynamodb:putItem.sync')).toMatchObject({ displayName: 'DynamoDB PutItem', patternSupported: false });
    expect(describeResource('arn:aws:states:::aws-sdk:s3:getObject')).toMatchObject({ kind: 'sdk', service: 's3', action: 'getObject', displayName: 'S3 GetObject' });
    expect(describeResource('arn:aws-us-gov:states:::ecs:runTask.sync')).toMatchObject({ displayName: 'ECS RunTask', pattern: 'sync' });
    expect(describeResource('arn:aws:lambda:us-east-1:123456789012:function:hello')).toMatchObject({ kind: 'lambdaFunction', displayName: 'Lambda hello' });
    expect(describeResource('arn:aws:states:us-east-1:123456789012:activity:approve')).toMatchObject({ kind: 'activity', displayName: 'Activity approve' });
    expect(describeResource('${FunctionArn}')).toMatchObject({ kind: 'unknown', displayName: '${FunctionArn}' });
    expect(optimizedResourceArns().map((a) => a.arn)).toEqual(expect.arrayContaining([
      'arn:aws:states:::lambda:invoke', 'arn:aws:states:::lambda:invoke.waitForTaskToken', 'arn:aws:states:::states:startExecution.sync:2', 'arn:aws:states:::http:invoke',
    ]));
  });

  it('offers Lambda errors only for Lambda resources', () => {
    const lambda = errorsForResource('arn:aws:states:::lambda:invoke').map((e) => e.name);
    expect(lambda).toEqual(expect.arrayContaining(['States.ALL', 'States.TaskFailed', 'Lambda.ServiceException', 'Lambda.TooManyRequestsException']));
    expect(errorsForResource('arn:aws:states:::sqs:sendMessage').map((e) => e.name)).not.toContain('Lambda.ServiceException');
    expect(ERROR_SPECS.find((e) => e.name === 'States.Runtime')?.notRetriable).toBe(true);
  });

  it('lists 39 Choice operators, each …Path variant pointing back at its literal', () => {
    expect(CHOICE_OPERATORS).toHaveLength(39);
    for (const o of CHOICE_OPERATORS.filter((x) => x.literalOf)) expect(CHOICE_OPERATORS.find((x) => x.name === o.literalOf)?.pathVariant).toBe(o.name);
  });

  it('names only functions JSONata really has, plus the AWS additions', async () => {
    for (const f of JSONATA_FUNCTIONS.filter((x) => !x.aws)) {
      expect(await jsonata(`$type(${f.name})`).evaluate({}), f.name).toBe('function');
    }
    expect(JSONATA_FUNCTIONS.filter((f) => f.aws).map((f) => f.name).sort()).toEqual(['$hash', '$parse', '$partition', '$random', '$range', '$uuid']);
    expect(JSONATA_FUNCTIONS.find((f) => f.name === '$eval')?.disallowed).toBeTruthy();
    expect(jsonataSignature(JSONATA_FUNCTIONS.find((f) => f.name === '$substring')!)).toBe('$substring(str, start[, length]) → string');
  });

  it('has the context fields of the guide', () => {
    expect(CONTEXT_FIELDS.map((c) => c.path)).toEqual(expect.arrayContaining(['Execution.Id', 'Execution.Input', 'State.Name', 'State.RetryCount', 'StateMachine.Id', 'Task.Token', 'Map.Item.Index', 'Map.Item.Value']));
  });
});
