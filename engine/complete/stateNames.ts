// State names where a state is named: StartAt, Next, Default, a choice rule's Next, a catcher's Next — from the
// scope the name must resolve in. Loops are legal, so the state itself is offered too, after the others.
// This is the completion people wait on in big workflows: items are built directly, with no per-item regex work
// beyond quoting, so that 5,000 names stay well under the 5 ms budget.
import { describeResource } from '../asl';
import type { Scope, StateInfo } from '../model';
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

export function completeStateNames(e: Emit, scope: Scope | undefined, from: StateCtx | undefined): void {
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
}
