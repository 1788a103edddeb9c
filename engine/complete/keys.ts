// Property names: the fields valid in the object at the cursor (for its state type and QueryLanguage, without those
// already present or excluded by one present), Choice operators in a rule, new states in a States object, and the
// request fields of a Task's optimized integration in its Parameters/Arguments.
import {
  CHOICE_OPERATORS, STATE_TYPE_SPECS, describeResource, exclusiveGroupsFor, fieldsIn, isChoiceOperator, type FieldContainer, type FieldSpec,
} from '../asl';
import type { QueryLanguage } from '../model';
import { asString, getValue, type ObjectNode } from '../syntax';
import type { KeyCursor } from './cursor';
import { addEntrySnippet, addKey, type Emit } from './items';
import type { Place } from './place';
import { lit, renderEntry, renderValue, str, type Snip } from './render';
import { DISTRIBUTED_MAP, STATE_MACHINE, STATE_SNIPPETS, fieldValueSnippet } from './snippets';

/** Markdown doc of a field, with its QueryLanguage and a link to the guide. */
export function fieldDoc(f: FieldSpec): string {
  const notes: string[] = [];
  if (f.queryLanguage !== 'both') notes.push(`${f.queryLanguage} only`);
  if (f.required) notes.push('required');
  if (f.distributedOnly) notes.push('Distributed Map only');
  if (f.defaultValue !== undefined) notes.push(`default \`${f.defaultValue}\``);
  const head = f.deprecated ? `**Deprecated.** ${f.deprecated}\n\n` : '';
  return `${head}${f.doc}${notes.length ? `\n\n*${notes.join(' · ')}*` : ''}\n\n[AWS Step Functions guide](${f.url})`;
}

export function fieldDetail(f: FieldSpec): string {
  const kind = f.kind === 'enum' && f.values ? f.values.join(' | ') : f.kind;
  return f.queryLanguage === 'both' ? kind : `${kind} · ${f.queryLanguage}`;
}

/** Keys present in the object, except the one being typed at the cursor. */
function presentKeys(obj: ObjectNode | undefined, offset: number): Set<string> {
  const out = new Set<string>();
  for (const p of obj?.properties ?? []) {
    if (offset >= p.key.offset && offset <= p.key.offset + p.key.length) continue;
    out.add(p.key.value);
  }
  return out;
}

const RETRIGGER_KINDS = new Set(['stateName', 'resourceArn']);

function addFields(e: Emit, fields: FieldSpec[], present: Set<string>, container: FieldContainer, ql: QueryLanguage, stateType: string | undefined): void {
  const excluded = new Set<string>();
  for (const g of exclusiveGroupsFor(container, stateType)) {
    if (g.fields.some((f) => present.has(f))) for (const f of g.fields) excluded.add(f);
  }
  fields.forEach((f, i) => {
    if (present.has(f.name) || excluded.has(f.name)) return;
    const rank = f.deprecated ? 3 : f.name === 'Type' ? 0 : f.required ? 1 : 2;
    addKey(e, f.name, fieldValueSnippet(f, ql), {
      label: f.name, kind: 'property', detail: fieldDetail(f), documentation: fieldDoc(f), sortText: `${rank}${String(i).padStart(3, '0')}`,
      deprecated: !!f.deprecated, retrigger: RETRIGGER_KINDS.has(f.kind) || (f.kind === 'string' && f.name === 'Resource'), preselect: f.name === 'Type',
    });
  });
}

function uniqueName(base: string, taken: (name: string) => boolean): string {
  if (!taken(base)) return base;
  for (let i = 2; ; i++) if (!taken(`${base} ${i}`)) return `${base} ${i}`;
}

export function completeKeys(e: Emit, place: Place, c: KeyCursor, rootMissing: boolean): void {
  if (place.kind === 'states') {
    // New states. (No set of the present names: a States object may hold thousands.)
    const names = place.scope?.states;
    const taken = (name: string) => !!names?.has(name) || !!c.object?.properties.some((p) => p.key.value === name);
    STATE_SNIPPETS.forEach((s, i) => addState(e, s.label, s.type, s.body(place.ql), s.detail, uniqueName(s.type === 'Task' ? 'Invoke Function' : s.type, taken), i));
    addState(e, DISTRIBUTED_MAP.label, 'Map', DISTRIBUTED_MAP.body(place.ql), DISTRIBUTED_MAP.detail, uniqueName('Process Items', taken), STATE_SNIPPETS.length);
    return;
  }
  const present = presentKeys(c.object, c.offset);
  switch (place.kind) {
    case 'root': {
      if (rootMissing || (!present.size && !c.path.length)) {
        for (const ql of ['JSONPath', 'JSONata'] as const) addStateMachine(e, ql, rootMissing);
      }
      addFields(e, fieldsIn('StateMachine', place.ql), present, 'StateMachine', place.ql, undefined);
      return;
    }
    case 'object': {
      if (place.container === 'State') {
        const type = place.st?.type;
        const known = STATE_TYPE_SPECS.some((s) => s.name === type);
        addFields(e, fieldsIn('State', place.ql, known ? type : undefined), present, 'State', place.ql, known ? type : undefined);
        return;
      }
      const fields = fieldsIn(place.container, place.ql);
      if (place.container === 'ChoiceRule' || place.container === 'NestedChoiceRule') {
        const hasOperator = [...present].some(isChoiceOperator);
        const hasCombinator = present.has('And') || present.has('Or') || present.has('Not') || present.has('Condition');
        const rest = fields.filter((f) => !(hasOperator || hasCombinator) || !['Variable', 'And', 'Or', 'Not', 'Condition'].includes(f.name) || f.name === 'Variable' && hasOperator && !present.has('Variable'));
        addFields(e, rest, present, place.container, place.ql, undefined);
        if (place.ql === 'JSONPath' && !hasOperator && !hasCombinator) addOperators(e);
        return;
      }
      addFields(e, fields, present, place.container, place.ql, undefined);
      return;
    }
    case 'payload':
      addIntegrationArguments(e, place, present);
      return;
    default:
      return;
  }
}

function addState(e: Emit, label: string, type: string, body: Snip, detail: string, name: string, i: number): void {
  const spec = STATE_TYPE_SPECS.find((s) => s.name === type);
  addEntrySnippet(e, label, `\${1:${name}}`, body, {
    label, kind: 'snippet', detail: `New ${label} state — ${detail}`, documentation: spec ? `${spec.doc}\n\n[AWS Step Functions guide](${spec.url})` : undefined, sortText: String(i).padStart(2, '0'),
  });
}

function addStateMachine(e: Emit, ql: QueryLanguage, whole: boolean): void {
  const c = e.cursor;
  const body = STATE_MACHINE(ql);
  if (c.kind !== 'key' || body.t !== 'obj') return;
  const label = ql === 'JSONata' ? 'New state machine (JSONata)' : 'New state machine';
  // The whole top-level object in an empty JSON document; its fields where the braces are already typed (or in YAML).
  const text = whole && e.format === 'json'
    ? renderValue(body, 'json', e.unit)
    : body.entries.map(([k, v]) => renderEntry(k, v, e.format, e.unit)).join(e.format === 'json' ? ',\n' : '\n');
  e.items.push({ label, kind: 'snippet', detail: 'Comment, StartAt and States', insertText: text, insertTextFormat: 'snippet', range: c.range, sortText: ql === 'JSONata' ? '01' : '00' });
}

function addOperators(e: Emit): void {
  CHOICE_OPERATORS.forEach((op, i) => {
    const value: Snip = op.valueType === 'boolean' ? lit('${1|true,false|}') : op.valueType === 'number' ? lit('${1:0}') : op.valueType === 'path' ? str('\\$.${1:field}') : str('${1}');
    addKey(e, op.name, value, {
      label: op.name, kind: 'keyword', detail: op.valueType === 'path' ? `${op.family} · reference path` : `${op.family} · ${op.valueType}`,
      documentation: `${op.doc}\n\n[AWS Step Functions guide](${op.url})`, sortText: `5${String(i).padStart(2, '0')}`,
    });
  });
}

/** In a Task's Parameters/Arguments: the request fields its optimized integration expects. */
function addIntegrationArguments(e: Emit, place: Extract<Place, { kind: 'payload' }>, present: Set<string>): void {
  if (place.depth !== 0 || place.st?.type !== 'Task' || (place.field.name !== 'Parameters' && place.field.name !== 'Arguments')) return;
  const resource = asString(getValue(place.st.node, 'Resource'))?.value;
  const args = resource ? describeResource(resource).integration?.arguments : undefined;
  if (!args) return;
  for (const [name, example] of Object.entries(args)) {
    if (present.has(name) || present.has(`${name}.$`)) continue;
    const value: Snip = example === '{}' ? { t: 'obj', entries: [] } : example === '[]' ? { t: 'arr', items: [] } : str(`\${1:${example}}`);
    addKey(e, name, value, { label: name, kind: 'field', detail: `${describeResource(resource!).displayName} request field`, sortText: `0${name}` });
  }
}
