// Snippet trees: a new state of each type with its required fields, Retry/Catch entries, choice rules, branches, and
// the value inserted with a field name. One tree per snippet; render.ts writes it as JSON or YAML.
import type { FieldSpec } from '../asl';
import type { QueryLanguage, StateType } from '../model';
import { arr, lit, obj, open, str, type Snip } from './render';

export interface StateSnippet {
  readonly label: string;
  readonly type: StateType;
  readonly detail: string;
  readonly body: (ql: QueryLanguage) => Snip;
}

const END = ['End', lit('true')] as const;

export const RETRIER = (): Snip => obj(
  ['ErrorEquals', arr(str('${1:States.ALL}'))],
  ['IntervalSeconds', lit('${2:1}')],
  ['MaxAttempts', lit('${3:3}')],
  ['BackoffRate', lit('${4:2}')],
);

export const CATCHER = (ql: QueryLanguage, next = '${2:HandleError}'): Snip => obj(
  ['ErrorEquals', arr(str('${1:States.ALL}'))],
  ...(ql === 'JSONPath' ? [['ResultPath', str('\\$.${3:error}')] as const] : []),
  ['Next', str(next)],
);

export const CHOICE_RULE = (ql: QueryLanguage, n = 1): Snip => ql === 'JSONata'
  ? obj(['Condition', str(`{% \\$states.input.\${${n}:field} = \${${n + 1}:'value'} %}`)], ['Next', str(`\${${n + 2}:NextState}`)])
  : obj(['Variable', str(`\\$.\${${n}:field}`)], ['StringEquals', str(`\${${n + 1}:value}`)], ['Next', str(`\${${n + 2}:NextState}`)]);

export const BRANCH = (n = 1): Snip => obj(
  ['StartAt', str(`\${${n}:Step}`)],
  ['States', obj([`\${${n}:Step}`, obj(['Type', str('Pass')], END)])],
);

const PROCESSOR = (mode: 'INLINE' | 'DISTRIBUTED'): Snip => obj(
  ['ProcessorConfig', obj(['Mode', str(mode)], ...(mode === 'DISTRIBUTED' ? [['ExecutionType', str('${3|STANDARD,EXPRESS|}')] as const] : []))],
  ['StartAt', str('${2:ProcessItem}')],
  ['States', obj(['${2:ProcessItem}', obj(['Type', str('Pass')], END)])],
);

export const STATE_SNIPPETS: readonly StateSnippet[] = [
  { label: 'Task', type: 'Task', detail: 'A Lambda Invoke task', body: (ql) => ql === 'JSONata'
    ? obj(['Type', str('Task')], ['Resource', str('arn:aws:states:::lambda:invoke')],
      ['Arguments', obj(['FunctionName', str('${2:arn:aws:lambda:REGION:ACCOUNT_ID:function:NAME}')], ['Payload', str('{% \\$states.input %}')])],
      ['Output', str('{% \\$states.result.Payload %}')], END)
    : obj(['Type', str('Task')], ['Resource', str('arn:aws:states:::lambda:invoke')],
      ['Parameters', obj(['FunctionName', str('${2:arn:aws:lambda:REGION:ACCOUNT_ID:function:NAME}')], ['Payload.\\$', str('\\$')])],
      ['OutputPath', str('\\$.Payload')], END) },
  { label: 'Pass', type: 'Pass', detail: 'Passes its input on', body: () => obj(['Type', str('Pass')], END) },
  { label: 'Choice', type: 'Choice', detail: 'Branches on rules, with a Default', body: (ql) =>
    obj(['Type', str('Choice')], ['Choices', arr(CHOICE_RULE(ql, 2))], ['Default', str('${5:DefaultState}')]) },
  { label: 'Wait', type: 'Wait', detail: 'Waits a number of seconds', body: () => obj(['Type', str('Wait')], ['Seconds', lit('${2:10}')], END) },
  { label: 'Succeed', type: 'Succeed', detail: 'Ends successfully', body: () => obj(['Type', str('Succeed')]) },
  { label: 'Fail', type: 'Fail', detail: 'Ends with an error', body: () => obj(['Type', str('Fail')], ['Error', str('${2:ErrorName}')], ['Cause', str('${3:What went wrong}')]) },
  { label: 'Parallel', type: 'Parallel', detail: 'Runs branches at the same time', body: () =>
    obj(['Type', str('Parallel')], ['Branches', arr(BRANCH(2), BRANCH(3))], END) },
  { label: 'Map', type: 'Map', detail: 'Runs steps for each item (inline)', body: (ql) =>
    obj(['Type', str('Map')], ...(ql === 'JSONata' ? [['Items', str('{% \\$states.input.${3:items} %}')] as const] : [['ItemsPath', str('\\$.${3:items}')] as const]),
      ['ItemProcessor', PROCESSOR('INLINE')], END) },
];

/** The Distributed Map skeleton, offered besides the inline one. */
export const DISTRIBUTED_MAP: StateSnippet = {
  label: 'Map (distributed)', type: 'Map', detail: 'Child executions over items read from S3', body: (ql) =>
    obj(['Type', str('Map')],
      ['ItemReader', obj(['Resource', str('arn:aws:states:::s3:getObject')], ['ReaderConfig', obj(['InputType', str('${4|JSON,JSONL,CSV|}')])],
        [ql === 'JSONata' ? 'Arguments' : 'Parameters', obj(['Bucket', str('${5:bucket}')], ['Key', str('${6:items.json}')])])],
      ['ItemProcessor', PROCESSOR('DISTRIBUTED')], ['MaxConcurrency', lit('${7:100}')], ['Label', str('${8:Items}')], END),
};

/** The value inserted after a field name, by its kind. `undefined` when the field takes a plain value typed by hand. */
export function fieldValueSnippet(f: FieldSpec, ql: QueryLanguage): Snip {
  if (f.values && f.kind === 'enum') return str(`\${1|${f.values.join(',')}|}`);
  switch (f.kind) {
    case 'boolean': return lit('true');
    case 'integer': case 'number': return lit(`\${1:${f.defaultValue ?? (f.min !== undefined && f.min > 0 ? f.min : 0)}}`);
    case 'path': case 'referencePath': return str(f.name === 'ResultPath' ? '\\$.${1:result}' : '\\$${1}');
    case 'payloadTemplate': case 'assign': return open();
    case 'jsonataTemplate': return f.name === 'Items' ? str('{% ${1} %}') : open();
    case 'jsonata': return str(f.name === 'Condition' ? '{% ${1:\\$states.input.field = true} %}' : '{% ${1} %}');
    case 'json': return open();
    case 'errorNames': return arr(str('${1:States.ALL}'));
    case 'retriers': return arr(RETRIER());
    case 'catchers': return arr(CATCHER(ql));
    case 'choices': return arr(CHOICE_RULE(ql));
    case 'choiceRules': return arr(obj(['Variable', str('\\$.${1:field}')], ['StringEquals', str('${2:value}')]));
    case 'choiceRule': return obj(['Variable', str('\\$.${1:field}')], ['StringEquals', str('${2:value}')]);
    case 'branches': return arr(BRANCH());
    case 'states': return open();
    case 'stringArray': return arr(str('${1}'));
    case 'timestamp': return str('${1:2026-01-01T00:00:00Z}');
    case 'object':
      switch (f.object) {
        case 'Iterator': return obj(['StartAt', str('${1:Step}')], ['States', open('$2')]);
        case 'ItemProcessor': return obj(['ProcessorConfig', obj(['Mode', str('${1|INLINE,DISTRIBUTED|}')])], ['StartAt', str('${2:Step}')], ['States', open('$3')]);
        case 'ProcessorConfig': return obj(['Mode', str('${1|INLINE,DISTRIBUTED|}')]);
        case 'Credentials': return obj(['RoleArn', str('${1:arn:aws:iam::ACCOUNT_ID:role/NAME}')]);
        case 'ItemReader': return obj(['Resource', str('arn:aws:states:::s3:getObject')], ['ReaderConfig', obj(['InputType', str('${1|JSON,JSONL,CSV,PARQUET,MANIFEST|}')])],
          [ql === 'JSONata' ? 'Arguments' : 'Parameters', obj(['Bucket', str('${2:bucket}')], ['Key', str('${3:key}')])]);
        case 'ItemBatcher': return obj(['MaxItemsPerBatch', lit('${1:100}')]);
        case 'ResultWriter': return obj(['Resource', str('arn:aws:states:::s3:putObject')], [ql === 'JSONata' ? 'Arguments' : 'Parameters', obj(['Bucket', str('${1:bucket}')], ['Prefix', str('${2:results}')])]);
        case 'ReaderConfig': return obj(['InputType', str('${1|JSON,JSONL,CSV,PARQUET,MANIFEST|}')]);
        case 'WriterConfig': return obj(['OutputType', str('${1|JSON,JSONL|}')], ['Transformation', str('${2|NONE,COMPACT,FLATTEN|}')]);
        default: return open();
      }
    default: return str('${1}');
  }
}

/** A whole new state machine, for an empty document. */
export const STATE_MACHINE = (ql: QueryLanguage): Snip => obj(
  ['Comment', str('${1:What this workflow does}')],
  ...(ql === 'JSONata' ? [['QueryLanguage', str('JSONata')] as const] : []),
  ['StartAt', str('${2:FirstState}')],
  ['States', obj(['${2:FirstState}', obj(['Type', str('Pass')], END)])],
);
