// Fields that belong to the other QueryLanguage than the state's effective one (its own QueryLanguage, else the
// state machine's). JSONata states have Arguments/Output and `{% %}`; JSONPath states have the five path fields,
// `.$` keys and the …Path variants. See https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html.
import type { QueryLanguage, StateInfo } from '../../model';
import { asString, getProperty, type AstNode, type ObjectNode } from '../../syntax';
import { analysisOf, isJsonataExpression, objectAt } from '../analysis';
import type { RuleContext, Rule } from '../rule';

const OUTPUT = 'use "Output" (and "Assign" for variables).';
const expr = (f: string) => `use "${f}" with a "{% … %}" expression.`;

/** State-level fields that exist only in JSONPath states, with what to use in JSONata instead. */
export const JSONPATH_ONLY: Record<string, string> = {
  InputPath: 'use "Arguments" with "{% $states.input… %}" expressions.',
  Parameters: 'use "Arguments".',
  ResultSelector: OUTPUT, ResultPath: OUTPUT, OutputPath: OUTPUT,
  Result: 'use "Output".',
  ItemsPath: 'use "Items".',
  TimeoutSecondsPath: expr('TimeoutSeconds'), HeartbeatSecondsPath: expr('HeartbeatSeconds'),
  SecondsPath: expr('Seconds'), TimestampPath: expr('Timestamp'),
  ErrorPath: expr('Error'), CausePath: expr('Cause'),
  MaxConcurrencyPath: expr('MaxConcurrency'),
  ToleratedFailurePercentagePath: expr('ToleratedFailurePercentage'), ToleratedFailureCountPath: expr('ToleratedFailureCount'),
};

/** State-level fields that exist only in JSONata states, with what to use in JSONPath instead. */
export const JSONATA_ONLY: Record<string, string> = {
  Arguments: 'use "Parameters" (or set "QueryLanguage": "JSONata").',
  Output: 'use "OutputPath", "ResultSelector" or "ResultPath" (or set "QueryLanguage": "JSONata").',
  Items: 'use "ItemsPath" (or set "QueryLanguage": "JSONata").',
};

/** Fields that take a number, timestamp or boolean, where JSONata states may write a `{% %}` expression instead. */
const EXPRESSION_OR_VALUE = ['TimeoutSeconds', 'HeartbeatSeconds', 'Seconds', 'Timestamp', 'MaxConcurrency', 'ToleratedFailurePercentage', 'ToleratedFailureCount'];

const CHOICE_JSONPATH = /^(Variable|And|Or|Not|(String|Numeric|Boolean|Timestamp)\w*|Is(Null|Present|Numeric|String|Boolean|Timestamp))$/;

export const queryLanguage: Rule = {
  id: 'query-language',
  run(ctx) {
    const a = analysisOf(ctx.doc);
    for (const p of a.strayQueryLanguage.values()) ctx.report('query-language-in-states', { offset: p.key.offset, length: p.key.length });
    for (const s of ctx.doc.model.states) {
      if (!s.node || !s.type) continue;
      const ql = a.queryLanguage(s);
      const own = getProperty(s.node, 'QueryLanguage');
      if (a.topQueryLanguage === 'JSONata' && asString(own?.value)?.value === 'JSONPath') {
        ctx.report('jsonpath-state-in-jsonata-machine', { offset: own!.value!.offset, length: own!.value!.length });
      }
      const label = `"${s.name}"`;
      if (ql === 'JSONata') jsonataState(ctx, s, s.node, label);
      else jsonpathState(ctx, s, s.node, label);
    }
  },
};

function jsonataState(ctx: RuleContext, s: StateInfo, o: ObjectNode, label: string): void {
  const wrong = (obj: ObjectNode | undefined, fields: Record<string, string>) => {
    for (const p of obj?.properties ?? []) {
      const hint = fields[p.key.value];
      if (hint !== undefined) ctx.report('jsonpath-field-in-jsonata', { offset: p.key.offset, length: p.key.length, args: { field: p.key.value, state: label, hint }, data: { field: p.key.value, queryLanguage: 'JSONata' } });
    }
  };
  wrong(o, JSONPATH_ONLY);
  for (const f of ['ItemReader', 'ResultWriter']) wrong(objectAt(o, f), { Parameters: 'use "Arguments".' });
  wrong(objectAt(o, 'ItemBatcher'), { MaxItemsPerBatchPath: expr('MaxItemsPerBatch'), MaxInputBytesPerBatchPath: expr('MaxInputBytesPerBatch') });
  wrong(objectAt(objectAt(o, 'ItemReader'), 'ReaderConfig'), { MaxItemsPath: expr('MaxItems') });
  for (const c of arrayOf(o, 'Catch')) wrong(c, { ResultPath: OUTPUT });
  if (s.type === 'Choice') {
    for (const r of arrayOf(o, 'Choices')) {
      for (const p of r.properties) {
        if (CHOICE_JSONPATH.test(p.key.value)) ctx.report('jsonpath-field-in-jsonata', { offset: p.key.offset, length: p.key.length, args: { field: p.key.value, state: label, hint: expr('Condition') }, data: { field: p.key.value, queryLanguage: 'JSONata' } });
      }
    }
  }
  // `.$` keys anywhere in what the state evaluates.
  const templates: (AstNode | undefined)[] = ['Arguments', 'Output', 'Assign', 'ItemSelector'].map((f) => getProperty(o, f)?.value);
  for (const f of ['ItemReader', 'ResultWriter']) templates.push(getProperty(objectAt(o, f), 'Arguments')?.value);
  templates.push(getProperty(objectAt(o, 'ItemBatcher'), 'BatchInput')?.value);
  for (const c of [...arrayOf(o, 'Catch'), ...arrayOf(o, 'Choices')]) templates.push(getProperty(c, 'Output')?.value, getProperty(c, 'Assign')?.value);
  for (const t of templates) if (t) dollarKeys(ctx, t);
}

function dollarKeys(ctx: RuleContext, n: AstNode): void {
  if (n.kind === 'array') { for (const i of n.items) dollarKeys(ctx, i); return; }
  if (n.kind !== 'object') return;
  for (const p of n.properties) {
    if (p.key.value.endsWith('.$')) ctx.report('dollar-key-in-jsonata', { offset: p.key.offset, length: p.key.length, args: { key: p.key.value.slice(0, -2) }, data: { key: p.key.value } });
    if (p.value) dollarKeys(ctx, p.value);
  }
}

function jsonpathState(ctx: RuleContext, s: StateInfo, o: ObjectNode, label: string): void {
  const wrong = (obj: ObjectNode | undefined, fields: Record<string, string>) => {
    for (const p of obj?.properties ?? []) {
      const hint = fields[p.key.value];
      if (hint !== undefined) ctx.report('jsonata-field-in-jsonpath', { offset: p.key.offset, length: p.key.length, args: { field: p.key.value, state: label, hint }, data: { field: p.key.value, queryLanguage: 'JSONPath' } });
    }
  };
  wrong(o, JSONATA_ONLY);
  for (const f of ['ItemReader', 'ResultWriter']) wrong(objectAt(o, f), { Arguments: 'use "Parameters".' });
  for (const c of arrayOf(o, 'Catch')) wrong(c, { Output: 'use "ResultPath".' });
  if (s.type === 'Choice') for (const r of arrayOf(o, 'Choices')) wrong(r, { Condition: 'use "Variable" with a comparison operator such as "StringEquals".' });
  const ql: QueryLanguage = 'JSONPath';
  const check = (obj: ObjectNode | undefined, fields: string[]) => {
    for (const f of fields) {
      const v = getProperty(obj, f)?.value;
      if (v?.kind === 'string' && isJsonataExpression(v.value)) ctx.report('jsonata-in-jsonpath', { offset: v.offset, length: v.length, args: { state: label }, data: { queryLanguage: ql } });
    }
  };
  check(o, EXPRESSION_OR_VALUE);
  check(objectAt(o, 'ItemBatcher'), ['MaxItemsPerBatch', 'MaxInputBytesPerBatch']);
  check(objectAt(objectAt(o, 'ItemReader'), 'ReaderConfig'), ['MaxItems']);
}

function arrayOf(o: ObjectNode | undefined, key: string): ObjectNode[] {
  const v = getProperty(o, key)?.value;
  return v?.kind === 'array' ? v.items.filter((i): i is ObjectNode => i.kind === 'object') : [];
}
