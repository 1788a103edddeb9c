// Fields that belong to the other QueryLanguage than the state's effective one (its own QueryLanguage, else the
// state machine's). Which field belongs to which language comes from the ASL field table (engine/asl); this rule
// adds only the words saying what to write instead. JSONata states have Arguments/Output and `{% %}`; JSONPath
// states have the five path fields, `.$` keys and the …Path variants.
// See https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html.
import { findField, isChoiceOperator, supports, type FieldContainer } from '../../asl';
import type { QueryLanguage, StateInfo } from '../../model';
import { asObject, asString, getProperty, type AstNode, type ObjectNode, type PropertyNode } from '../../syntax';
import { isJsonataExpression, objectAt } from '../analysis';
import type { RuleContext, Rule } from '../rule';

const OUTPUT = 'use "Output" (and "Assign" for variables).';
const expr = (f: string) => `use "${f}" with a "{% … %}" expression.`;
const SET_JSONATA = ' (or set "QueryLanguage": "JSONata")';

/** What to write instead of a JSONPath-only field in a JSONata state. */
const INSTEAD_IN_JSONATA: Record<string, string> = {
  InputPath: 'use "Arguments" with "{% $states.input… %}" expressions.',
  Parameters: 'use "Arguments".',
  ResultSelector: OUTPUT, ResultPath: OUTPUT, OutputPath: OUTPUT,
  Result: 'use "Output".',
  ItemsPath: 'use "Items".',
  Iterator: 'use "ItemProcessor".',
  Variable: expr('Condition'), And: expr('Condition'), Or: expr('Condition'), Not: expr('Condition'),
};

/** What to write instead of a JSONata-only field in a JSONPath state. */
const INSTEAD_IN_JSONPATH: Record<string, string> = {
  Arguments: `use "Parameters"${SET_JSONATA}.`,
  Output: `use "OutputPath", "ResultSelector" or "ResultPath"${SET_JSONATA}.`,
  Items: `use "ItemsPath"${SET_JSONATA}.`,
  Condition: `use "Variable" with a comparison operator such as "StringEquals"${SET_JSONATA}.`,
};

function hintFor(field: string, ql: QueryLanguage): string {
  if (ql === 'JSONata') return INSTEAD_IN_JSONATA[field] ?? (field.endsWith('Path') ? expr(field.slice(0, -4)) : 'remove it.');
  return INSTEAD_IN_JSONPATH[field] ?? `set "QueryLanguage": "JSONata" on the state or remove it.`;
}

/** Fields that take a number or timestamp, where JSONata states may write a `{% %}` expression instead. */
const EXPRESSION_OR_VALUE = ['TimeoutSeconds', 'HeartbeatSeconds', 'Seconds', 'Timestamp', 'MaxConcurrency', 'ToleratedFailurePercentage', 'ToleratedFailureCount'];

export const queryLanguage: Rule = {
  id: 'query-language',
  run(ctx) {
    for (const sc of ctx.doc.model.scopes) {
      const p = sc.blockQueryLanguage;
      if (p) ctx.report('query-language-in-states', { offset: p.key.offset, length: p.key.length });
    }
    for (const s of ctx.doc.model.states) {
      if (!s.node || !s.type) continue;
      const ql = s.queryLanguage;
      const o = s.node;
      // One pass over the state's fields for the ones looked at below (the first of repeated keys, as getProperty).
      let own: PropertyNode | undefined, reader: AstNode | undefined, batcher: AstNode | undefined, writer: AstNode | undefined;
      let catchers: AstNode | undefined, choices: AstNode | undefined;
      for (const p of o.properties) {
        switch (p.key.value) {
          case 'QueryLanguage': own ??= p; break;
          case 'ItemReader': if (!reader) reader = p.value ?? NO_VALUE; break;
          case 'ItemBatcher': if (!batcher) batcher = p.value ?? NO_VALUE; break;
          case 'ResultWriter': if (!writer) writer = p.value ?? NO_VALUE; break;
          case 'Catch': if (!catchers) catchers = p.value ?? NO_VALUE; break;
          case 'Choices': if (!choices) choices = p.value ?? NO_VALUE; break;
        }
      }
      if (ctx.doc.model.queryLanguage === 'JSONata' && asString(own?.value)?.value === 'JSONPath') {
        ctx.report('jsonpath-state-in-jsonata-machine', { offset: own!.value!.offset, length: own!.value!.length });
      }
      fields(ctx, o, 'State', s.type, ql, s);
      fields(ctx, asObject(reader), 'ItemReader', undefined, ql, s);
      fields(ctx, asObject(batcher), 'ItemBatcher', undefined, ql, s);
      fields(ctx, asObject(writer), 'ResultWriter', undefined, ql, s);
      fields(ctx, objectAt(reader, 'ReaderConfig'), 'ReaderConfig', undefined, ql, s);
      if (catchers?.kind === 'array') for (const c of catchers.items) if (c.kind === 'object') fields(ctx, c, 'Catcher', undefined, ql, s);
      if (s.type === 'Choice' && choices?.kind === 'array') for (const r of choices.items) if (r.kind === 'object') fields(ctx, r, 'ChoiceRule', undefined, ql, s);
      if (ql === 'JSONata') jsonataOnly(ctx, o);
      else jsonpathOnly(ctx, o, s);
    }
  },
};

/** Stands for a key with no value yet, so that the first of repeated keys is still the one looked at. */
const NO_VALUE: AstNode = { kind: 'null', offset: 0, length: 0, value: null, parent: undefined };

/**
 * Whether a field belongs to the other query language, memoized per container, state type and language (documents
 * repeat the same few fields), without building a key string per field.
 */
const memo = new Map<FieldContainer, Map<string, [Map<string, boolean>, Map<string, boolean>]>>();
const MEMO_LIMIT = 5000;

function memoFor(container: FieldContainer, stateType: string | undefined, ql: QueryLanguage): Map<string, boolean> {
  let byType = memo.get(container);
  if (!byType) { byType = new Map(); memo.set(container, byType); }
  const t = stateType ?? '';
  let pair = byType.get(t);
  if (!pair) {
    pair = [new Map(), new Map()];
    if (byType.size < MEMO_LIMIT) byType.set(t, pair);
  }
  return pair[ql === 'JSONata' ? 1 : 0];
}

function otherLanguage(names: Map<string, boolean>, container: FieldContainer, name: string, stateType: string | undefined, ql: QueryLanguage): boolean {
  let v = names.get(name);
  if (v === undefined) {
    const spec = findField(container, name, stateType, ql);
    // Choice comparison operators (StringEquals, …) are JSONPath: they are not fields of the table but operators.
    v = spec ? !supports(spec, ql) : container === 'ChoiceRule' && ql === 'JSONata' && isChoiceOperator(name);
    if (names.size < MEMO_LIMIT) names.set(name, v);
  }
  return v;
}

function fields(ctx: RuleContext, obj: ObjectNode | undefined, container: FieldContainer, stateType: string | undefined, ql: QueryLanguage, s: StateInfo): void {
  if (!obj || obj.properties.length === 0) return;
  const names = memoFor(container, stateType, ql);
  for (const p of obj.properties) {
    const name = p.key.value;
    if (!otherLanguage(names, container, name, stateType, ql)) continue;
    const code = ql === 'JSONata' ? 'jsonpath-field-in-jsonata' : 'jsonata-field-in-jsonpath';
    ctx.report(code, { offset: p.key.offset, length: p.key.length, args: { field: name, state: `"${s.name}"`, hint: hintFor(name, ql) }, data: { field: name, queryLanguage: ql } });
  }
}

/** `.$` keys anywhere in what a JSONata state evaluates. */
function jsonataOnly(ctx: RuleContext, o: ObjectNode): void {
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

const EXPRESSION_OR_VALUE_SET = new Set(EXPRESSION_OR_VALUE);

/** `{% %}` where a number or timestamp goes in a JSONPath state: taken literally, so rejected. */
function jsonpathOnly(ctx: RuleContext, o: ObjectNode, s: StateInfo): void {
  // Most states have none of these fields: look for them in one pass before looking them up one by one.
  let any = false;
  for (const p of o.properties) {
    const k = p.key.value;
    if (EXPRESSION_OR_VALUE_SET.has(k) || k === 'ItemBatcher' || k === 'ItemReader') { any = true; break; }
  }
  if (!any) return;
  const check = (obj: ObjectNode | undefined, names: string[]) => {
    for (const f of names) {
      const v = getProperty(obj, f)?.value;
      if (v?.kind === 'string' && isJsonataExpression(v.value)) ctx.report('jsonata-in-jsonpath', { offset: v.offset, length: v.length, args: { state: `"${s.name}"` }, data: { queryLanguage: 'JSONPath' } });
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
