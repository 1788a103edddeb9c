// State names where a state is named: StartAt, Next, Default, a choice rule's Next, a catcher's Next — from the
// scope the name must resolve in. Loops are legal, so the state itself is offered too, after the others.
import { describeResource } from '../asl';
import type { Scope, StateInfo } from '../model';
import { asString, getValue } from '../syntax';
import { addValue, type Emit } from './items';
import type { StateCtx } from './place';

/** One line about a state, for completion details and reference hovers: `Task · Lambda Invoke`. */
export function stateSummary(s: StateInfo): string {
  const type = s.type ?? 'state without a Type';
  if (s.type === 'Task') {
    const r = asString(getValue(s.node, 'Resource'))?.value;
    return r ? `Task · ${describeResource(r).displayName}` : 'Task';
  }
  return type;
}

export function completeStateNames(e: Emit, scope: Scope | undefined, from: StateCtx | undefined): void {
  if (!scope) return;
  const list = scope.stateList;
  const self = from?.info ? list.indexOf(from.info) : -1;
  const width = String(list.length).length;
  const seen = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    if (seen.has(s.name)) continue;
    seen.add(s.name);
    // After the current state first (the usual next step), then the ones before it, then the state itself.
    const group = i === self ? 2 : self >= 0 && i < self ? 1 : 0;
    addValue(e, s.name, {
      label: s.name, kind: 'state', detail: stateSummary(s),
      sortText: `${group}${String(i).padStart(width, '0')}`,
      preselect: i === self + 1,
    });
  }
}
