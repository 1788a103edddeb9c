// State names where a state is named: StartAt, Next, Default, a choice rule's Next, a catcher's Next — from the
// scope the name must resolve in. Loops are legal, so the state itself is offered too, after the others.
// This is the completion people wait on in big workflows: items are built directly, with no per-item regex work
// beyond quoting, so that 5,000 names stay well under the 5 ms budget.
import { describeResource, findField } from '../asl';
import { STATE_TYPES } from '../model';
import type { Scope, StateInfo } from '../model';
import type { AstNode, PropertyNode } from '../syntax';
import type { CompletionItem, TextEdit } from '../service/types';
import { asString, getValue } from '../syntax';
import type { Emit } from './items';
import type { StateCtx } from './place';
import { yamlScalar } from './render';

const RESOURCE_LABELS = new Map<string, string>();

function resourceLabel(resource: string): string {
  let label = RESOURCE_LABELS.get(resource);
  if (label === undefined) {
    label = `Task · ${describeResource(resource).displayName}`;
    if (RESOURCE_LABELS.size > 2000) RESOURCE_LABELS.clear();
    RESOURCE_LABELS.set(resource, label);
  }
  return label;
}

/** One line about a state, for completion details and reference hovers: `Task · Lambda Invoke`. */
export function stateSummary(s: StateInfo): string {
  if (s.type !== 'Task') return s.type ?? 'state without a Type';
  const r = asString(getValue(s.node, 'Resource'))?.value;
  return r ? resourceLabel(r) : 'Task';
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what JSON strings must escape
const JSON_SAFE = /^[^"\\\u0000-\u001f]*$/;
const YAML_SIMPLE = /^[A-Za-z_][\w .\-()/]*[\w)]$|^[A-Za-z_]$/;
const YAML_WORDS = /^(?:true|false|yes|no|on|off|y|n|null)$/i;

/**
 * In a document with a syntax error (typically an unterminated string: `"Next": "` then a newline), the parser
 * attaches the states written after the cursor to the object the error is in. Those objects — from the state down to
 * the cursor — are searched for properties that look like states, so that their names are still offered.
 */
function swallowedStates(from: StateCtx | undefined, at: AstNode | undefined): string[] {
  const out: string[] = [];
  const stop = from?.node;
  if (!stop) return out;
  for (let n: AstNode | PropertyNode | undefined = at; n; n = n.parent as AstNode | PropertyNode | undefined) {
    if (n.kind === 'object') {
      for (const p of n.properties) {
        const type = asString(getValue(p.value, 'Type'))?.value;
        if (type && (STATE_TYPES as readonly string[]).includes(type) && (n !== stop || !findField('State', p.key.value))) out.push(p.key.value);
      }
    }
    if (n === stop) break;
  }
  return out;
}

/**
 * YAML's counterpart: an unterminated quote swallows the lines after it into one scalar. The states below the cursor
 * are still there as lines at the column of the state's own key, up to the first line indented less.
 */
function yamlStatesBelow(text: string, stateKeyOffset: number, from: number): string[] {
  const col = stateKeyOffset - (text.lastIndexOf('\n', stateKeyOffset - 1) + 1);
  const out: string[] = [];
  let i = text.indexOf('\n', from);
  while (i >= 0 && i < text.length) {
    const start = i + 1;
    let j = start;
    while (j < text.length && text[j] === ' ') j++;
    const end = text.indexOf('\n', start);
    const line = text.slice(j, end < 0 ? text.length : end).replace(/\r$/, '');
    if (line.trim() && !line.startsWith('#')) {
      if (j - start < col) break;
      const m = j - start === col ? /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"][^#]*?)\s*:(?:\s|$)/.exec(line) : null;
      if (m) out.push(m[1].startsWith('"') ? JSON.parse(m[1]) as string : m[1].startsWith("'") ? m[1].slice(1, -1).replace(/''/g, "'") : m[1]);
    }
    i = end;
  }
  return out;
}

export function completeStateNames(e: Emit, scope: Scope | undefined, from: StateCtx | undefined, at?: AstNode): void {
  if (!scope) return;
  const c = e.cursor;
  if (c.kind === 'key') return;
  const s = c.string;
  const json = e.format === 'json';
  // How a name is written at the cursor: inside quotes, as a YAML scalar, or as a new JSON string.
  const write = (name: string): string | undefined => {
    if (s) {
      if (s.quote === '"') return (JSON_SAFE.test(name) ? name : JSON.stringify(name).slice(1, -1)) + (s.terminated ? '' : '"');
      if (s.quote === "'") return name.replace(/'/g, "''") + (s.terminated ? '' : "'");
      if (s.quote === 'plain') return (c.insertPrefix ?? '') + (YAML_SIMPLE.test(name) && !(name.length < 6 && YAML_WORDS.test(name)) && !name.includes(' #') ? name : yamlScalar(name, c.flow));
      return undefined;
    }
    if (json) return (JSON_SAFE.test(name) ? `"${name}"` : JSON.stringify(name)) + (c.commaAfter ? ',' : '');
    return (c.insertPrefix ?? '') + yamlScalar(name, c.flow);
  };
  const additionalEdits: TextEdit[] | undefined = !s && c.commaBefore !== undefined ? [{ offset: c.commaBefore, length: 0, newText: ',' }] : undefined;
  const list = scope.stateList;
  const self = from?.info ? list.indexOf(from.info) : -1;
  const width = String(list.length).length;
  const range = c.range;
  const duplicates = scope.states.size !== list.length;
  // Reading every Task's Resource costs a few ms at 5,000 states: in scopes that big, the detail is the type alone.
  const rich = list.length <= 1000;
  for (let i = 0; i < list.length; i++) {
    const st = list[i];
    if (duplicates && scope.states.get(st.name) !== st) continue; // a duplicate name: offered once
    const insertText = write(st.name);
    if (insertText === undefined) return;
    // After the current state first (the usual next step), then the ones before it, then the state itself.
    const group = i === self ? 2 : self >= 0 && i < self ? 1 : 0;
    const item: CompletionItem = { label: st.name, kind: 'state', detail: rich ? stateSummary(st) : st.type ?? '', sortText: `${group}${String(i).padStart(width, '0')}`, insertText, insertTextFormat: 'plain', range };
    if (i === self + 1) item.preselect = true;
    if (additionalEdits) item.additionalEdits = additionalEdits;
    e.items.push(item);
  }
  if (!e.broken) return;
  const found = e.format === 'yaml' ? (from?.info ? yamlStatesBelow(e.text, from.info.key.offset, e.cursor.offset) : []) : swallowedStates(from, at ?? from?.node);
  for (const name of new Set(found)) {
    if (scope.states.has(name)) continue;
    const insertText = write(name);
    if (insertText !== undefined) e.items.push({ label: name, kind: 'state', detail: 'state (after a syntax error)', sortText: `3${name}`, insertText, insertTextFormat: 'plain', range });
  }
}
