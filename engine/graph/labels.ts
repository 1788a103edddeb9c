// Words drawn on the graph: a Choice rule's short form, a Catch's error names, a state's sublabel, badges and hover
// rows. Pure functions of the state's AST; what an ARN calls comes from engine/asl (describeResource).
import { describeResource } from '../asl/resources';
import { getValue, toValue, type AstNode, type ObjectNode } from '../syntax';
import type { Badge } from './types';

const RELATION: Record<string, string> = { Equals: '==', LessThan: '<', GreaterThan: '>', LessThanEquals: '<=', GreaterThanEquals: '>=' };
const TESTS: Record<string, [string, string]> = {
  IsNull: ['is null', 'is not null'],
  IsPresent: ['is present', 'is absent'],
  IsNumeric: ['is numeric', 'is not numeric'],
  IsString: ['is a string', 'is not a string'],
  IsBoolean: ['is a boolean', 'is not a boolean'],
  IsTimestamp: ['is a timestamp', 'is not a timestamp'],
};

/**
 * A Choice rule in short: `type == "buy"`, `n >= 10 && ok == true`, `!(x is null)` (the label: each Variable by
 * its last field) and in full: `$.order.type == "buy"` (the title). JSONata rules show their Condition without `{% %}`.
 */
export function choiceRuleLabel(rule: AstNode | undefined): { label: string; title: string } {
  const v = toValue(rule);
  if (!v || typeof v !== 'object' || Array.isArray(v)) return { label: '?', title: '?' };
  const r = v as Record<string, unknown>;
  return { label: ruleText(r, true, true), title: ruleText(r, true, false) };
}

/** `$.order.items[0].type` → `type`; `$` stays `$`. */
function lastField(path: string): string {
  const m = /(?:\.|\[['"])([^.[\]'"]+)['"]?\]?$/.exec(path);
  return m && path.startsWith('$') ? m[1] : path;
}

function ruleText(r: Record<string, unknown>, top: boolean, short: boolean): string {
  if (typeof r.Condition === 'string') return jsonata(r.Condition);
  if (typeof r.Condition === 'boolean') return String(r.Condition);
  const wrap = (s: string) => (top ? s : `(${s})`);
  for (const [key, op] of [['And', ' && '], ['Or', ' || ']] as const) {
    if (Array.isArray(r[key])) {
      const parts = (r[key] as unknown[]).map((x) => (x && typeof x === 'object' ? ruleText(x as Record<string, unknown>, false, short) : '?'));
      return wrap(parts.join(op));
    }
  }
  if (r.Not && typeof r.Not === 'object') return `!(${ruleText(r.Not as Record<string, unknown>, true, short)})`;
  const variable = typeof r.Variable === 'string' ? (short ? lastField(r.Variable) : r.Variable) : '?';
  for (const [key, value] of Object.entries(r)) {
    if (key === 'Variable' || key === 'Next' || key === 'Comment' || key === 'Assign' || key === 'Output') continue;
    const test = TESTS[key];
    if (test) return `${variable} ${value === false ? test[1] : test[0]}`;
    if (key === 'StringMatches') return `${variable} matches ${JSON.stringify(value)}`;
    const m = /^(String|Numeric|Boolean|Timestamp)(Equals|LessThan|GreaterThan|LessThanEquals|GreaterThanEquals)(Path)?$/.exec(key);
    if (m) {
      const rhs = m[3] ? (short ? lastField(String(value)) : String(value)) : JSON.stringify(value);
      return `${variable} ${RELATION[m[2]]} ${rhs}`;
    }
  }
  return variable === '?' ? '?' : `${variable} ?`;
}

function jsonata(s: string): string {
  const m = /^\s*\{%([\s\S]*)%\}\s*$/.exec(s);
  return (m ? m[1] : s).replace(/\s+/g, ' ').trim();
}

/** `States.ALL`, `Lambda.ServiceException +2` (the label) and every name (the title). */
export function catchLabel(catcher: AstNode | undefined): { label: string; title: string } {
  const errors = toValue(getValue(catcher, 'ErrorEquals'));
  const names = Array.isArray(errors) ? errors.filter((e): e is string => typeof e === 'string') : [];
  if (names.length === 0) return { label: 'Catch', title: 'Catch (no ErrorEquals)' };
  return { label: names.length === 1 ? names[0] : `${names[0]} +${names.length - 1}`, title: `Catch ${names.join(', ')}` };
}

const PATTERN_SUFFIX = { requestResponse: '', sync: ' (run job)', waitForTaskToken: ' (wait for callback)' } as const;

const SERVICE_ICONS: Record<string, string> = {
  lambda: 'symbol-method', sqs: 'mail', sns: 'bell', dynamodb: 'database', s3: 'archive', ecs: 'server-process',
  batch: 'server-process', eks: 'server-process', glue: 'server-process', states: 'type-hierarchy-sub',
  events: 'symbol-event', http: 'globe', activity: 'person', bedrock: 'sparkle',
};

/** What a Task calls: `Lambda Invoke`, `SQS SendMessage (wait for callback)`, plus an icon for the service. */
export function taskIntegration(state: ObjectNode | undefined): { label: string; icon: string } {
  const resource = getValue(state, 'Resource');
  if (resource?.kind !== 'string') return { label: 'no Resource', icon: 'gear' };
  const d = describeResource(resource.value);
  return { label: d.displayName + PATTERN_SUFFIX[d.pattern], icon: SERVICE_ICONS[d.service] ?? 'gear' };
}

/** The second line of a state node. */
export function sublabelOf(type: string | undefined, state: ObjectNode | undefined): string | undefined {
  const v = (k: string) => toValue(getValue(state, k));
  switch (type) {
    case 'Task': return taskIntegration(state).label;
    case 'Wait': {
      if (v('Seconds') !== undefined) return `${text(v('Seconds'))} s`;
      if (v('SecondsPath') !== undefined) return `seconds from ${text(v('SecondsPath'))}`;
      if (v('Timestamp') !== undefined) return `until ${text(v('Timestamp'))}`;
      if (v('TimestampPath') !== undefined) return `until ${text(v('TimestampPath'))}`;
      return undefined;
    }
    case 'Choice': {
      const n = arrayLength(getValue(state, 'Choices'));
      return `${n} rule${n === 1 ? '' : 's'}${getValue(state, 'Default') ? ' + default' : ''}`;
    }
    case 'Parallel': {
      const n = arrayLength(getValue(state, 'Branches'));
      return `${n} branch${n === 1 ? '' : 'es'}`;
    }
    case 'Map': {
      const mode = toValue(getValue(getValue(getValue(state, 'ItemProcessor'), 'ProcessorConfig'), 'Mode'));
      const max = v('MaxConcurrency');
      return `${mode === 'DISTRIBUTED' ? 'Distributed' : 'Inline'}${typeof max === 'number' && max > 0 ? ` · max ${max} at once` : ''}`;
    }
    case 'Fail': {
      const e = v('Error') ?? v('ErrorPath');
      return e === undefined ? undefined : text(e);
    }
    default: return undefined;
  }
}

export function badgesOf(state: ObjectNode | undefined): Badge[] {
  const retry = getValue(state, 'Retry');
  if (retry?.kind !== 'array' || retry.items.length === 0) return [];
  const lines = retry.items.map((r) => {
    const o = toValue(r) as Record<string, unknown> | undefined;
    const errors = Array.isArray(o?.ErrorEquals) ? (o!.ErrorEquals as unknown[]).join(', ') : '?';
    const attempts = typeof o?.MaxAttempts === 'number' ? o.MaxAttempts : 3;
    const interval = typeof o?.IntervalSeconds === 'number' ? o.IntervalSeconds : 1;
    const backoff = typeof o?.BackoffRate === 'number' ? o.BackoffRate : 2;
    return `${errors}: ${attempts} attempt${attempts === 1 ? '' : 's'}, every ${interval} s × ${backoff}`;
  });
  const n = retry.items.length;
  return [{ kind: 'retry', text: n > 1 ? String(n) : '', title: `Retry ${lines.join('; ')}` }];
}

/** Rows for the hover card. */
export function detailsOf(type: string | undefined, state: ObjectNode | undefined): [string, string][] {
  const rows: [string, string][] = [['Type', type ?? '(none)']];
  const add = (field: string) => {
    const val = toValue(getValue(state, field));
    if (val !== undefined) rows.push([field, text(val)]);
  };
  ['Comment', 'Resource', 'TimeoutSeconds', 'HeartbeatSeconds', 'Seconds', 'Timestamp', 'MaxConcurrency', 'Error', 'Cause', 'QueryLanguage'].forEach(add);
  if (state && getValue(state, 'End')) rows.push(['End', 'true']);
  return rows;
}

function text(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function arrayLength(n: AstNode | undefined): number {
  return n?.kind === 'array' ? n.items.length : 0;
}
