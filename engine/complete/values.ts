// Values: state types, enum values, booleans, Resource ARNs, error names in ErrorEquals, and the structured
// entries that go into arrays (a retrier in Retry, a catcher in Catch, a rule in Choices, a branch in Branches).
import {
  STATE_TYPE_SPECS, describeResource, errorsForResource, optimizedResourceArns, patternLabel, sdkResourceArns,
  type FieldSpec, SDK_URL,
} from '../asl';
import { asString, getValue } from '../syntax';
import { addValue, addValueSnippet, type Emit } from './items';
import { fieldDoc } from './keys';
import type { Place } from './place';
import { arr, obj, str } from './render';
import { BRANCH, CATCHER, CHOICE_RULE, RETRIER, fieldValueSnippet } from './snippets';
import { completeStateNames } from './stateNames';

const ENUM_DOCS: Record<string, Record<string, string>> = {
  QueryLanguage: {
    JSONPath: 'Paths (`$.x`), payload templates with `key.$` fields and `States.*` intrinsic functions; fields InputPath, Parameters, ResultSelector, ResultPath, OutputPath.',
    JSONata: 'JSONata expressions in `{% %}`; fields Arguments, Output and Assign; `$states.input`, `$states.result`… ',
  },
};

export function completeValue(e: Emit, place: Place): void {
  switch (place.kind) {
    case 'scalar':
      return scalarValues(e, place);
    case 'operator':
      if (place.op.valueType === 'boolean') for (const b of [true, false]) addValue(e, b, { label: String(b), kind: 'constant' });
      return;
    case 'object': {
      // A structured array entry, e.g. `"Retry": [ | ]` or `- ` under Catch: offer the whole entry.
      const entry = arrayEntrySnippet(place.container, place.ql);
      if (entry) addValueSnippet(e, entry.label, entry.snip, { label: entry.label, kind: 'snippet', detail: entry.detail, sortText: '0' });
      return;
    }
    default:
      return;
  }
}

function arrayEntrySnippet(container: string, ql: 'JSONPath' | 'JSONata') {
  switch (container) {
    case 'Retrier': return { label: 'Retry entry', detail: 'ErrorEquals, IntervalSeconds, MaxAttempts, BackoffRate', snip: RETRIER() };
    case 'Catcher': return { label: 'Catch entry', detail: 'ErrorEquals and Next', snip: CATCHER(ql) };
    case 'ChoiceRule': return { label: 'Choice rule', detail: ql === 'JSONata' ? 'Condition and Next' : 'Variable, operator and Next', snip: CHOICE_RULE(ql) };
    case 'NestedChoiceRule': return { label: 'Nested rule', detail: 'Variable and operator', snip: obj(['Variable', str('\\$.${1:field}')], ['StringEquals', str('${2:value}')]) };
    case 'Branch': return { label: 'Branch', detail: 'StartAt and States', snip: BRANCH() };
    default: return undefined;
  }
}

/** A field's value given as a structure: `"Retry": |` → the array with one entry. */
export function completeStructuredValue(e: Emit, field: FieldSpec, ql: 'JSONPath' | 'JSONata', resource?: string): void {
  if (field.kind === 'errorNames') {
    // `"ErrorEquals": ‸` — each error name, already in its list.
    errorsForResource(resource).forEach((err, i) => addValueSnippet(e, err.name, arr(str(err.name)), {
      label: err.name, kind: 'constant', detail: err.source === 'states' ? 'Step Functions error' : 'Service error',
      documentation: `${err.doc}\n\n[AWS Step Functions guide](${err.url})`, sortText: `${err.source === 'states' ? 0 : 1}${String(i).padStart(2, '0')}`,
    }));
    return;
  }
  const snip = fieldValueSnippet(field, ql);
  if (snip.t === 'obj' || snip.t === 'arr') addValueSnippet(e, field.kind === 'retriers' ? 'Retry entry' : field.kind === 'catchers' ? 'Catch entry' : `${field.name} value`, snip, { label: field.name, kind: 'snippet', sortText: '0' });
}

function scalarValues(e: Emit, place: Extract<Place, { kind: 'scalar' }>): void {
  const f = place.field;
  switch (f.kind) {
    case 'stateName':
      return completeStateNames(e, place.scope, place.container === 'StateMachine' || place.container === 'Branch' || place.container === 'ItemProcessor' || place.container === 'Iterator' ? undefined : place.st, place.node);
    case 'boolean':
      addValue(e, true, { label: 'true', kind: 'constant', documentation: fieldDoc(f) });
      if (f.name !== 'End') addValue(e, false, { label: 'false', kind: 'constant' });
      return;
    case 'errorNames': {
      const resource = asString(getValue(place.st?.node, 'Resource'))?.value;
      errorsForResource(resource).forEach((err, i) => addValue(e, err.name, {
        label: err.name, kind: 'constant', detail: err.source === 'states' ? 'Step Functions error' : 'Service error',
        documentation: `${err.doc}\n\n[AWS Step Functions guide](${err.url})`, sortText: `${err.source === 'states' ? 0 : 1}${String(i).padStart(2, '0')}`,
      }));
      return;
    }
    case 'resourceArn':
      return resources(e, f);
    default:
      break;
  }
  if (f.name === 'Type' && place.container === 'State') {
    STATE_TYPE_SPECS.forEach((s, i) => addValue(e, s.name, { label: s.name, kind: 'enum', detail: s.summary, documentation: `${s.doc}\n\n[AWS Step Functions guide](${s.url})`, sortText: String(i) }));
    return;
  }
  if (f.values) {
    f.values.forEach((v, i) => addValue(e, v, { label: v, kind: 'enum', detail: f.name, documentation: ENUM_DOCS[f.name]?.[v] ?? fieldDoc(f), sortText: String(i).padStart(2, '0') }));
  }
}

function resources(e: Emit, f: FieldSpec): void {
  if (f.values) {
    for (const v of f.values) {
      const d = describeResource(v);
      addValue(e, v, { label: v, kind: 'value', detail: d.displayName, documentation: `${d.integration?.doc ?? ''}\n\n[AWS Step Functions guide](${d.url})` });
    }
    return;
  }
  optimizedResourceArns().forEach(({ arn, integration, suffix }, i) => {
    const pattern = describeResource(arn).pattern;
    addValue(e, arn, {
      label: arn, kind: 'value', detail: `${integration.displayName}${suffix ? ` · ${patternLabel(pattern)}` : ''}`,
      documentation: `**${integration.displayName}** — ${patternLabel(pattern)}\n\n${integration.doc}\n\n[AWS Step Functions guide](${integration.url})`,
      sortText: `0${String(i).padStart(3, '0')}`,
    });
  });
  sdkResourceArns().forEach(({ arn, service, action }, i) => {
    addValue(e, arn, {
      label: arn, kind: 'value', detail: `${service.displayName} ${action[0].toUpperCase()}${action.slice(1)} · AWS SDK`,
      documentation: `Calls the \`${action}\` API of ${service.displayName} through the AWS SDK integration; the request fields are the API's, in PascalCase.\n\n[AWS Step Functions guide](${SDK_URL})`,
      sortText: `1${String(i).padStart(4, '0')}`,
    });
  });
}

