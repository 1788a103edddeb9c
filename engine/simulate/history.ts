// The execution history: events numbered as AWS numbers them. Ids count from 1 across the whole execution,
// interleaving Parallel branches and Map iterations; previousEventId chains each child execution's own events
// (the first state of the execution points at 0, as in GetExecutionHistory).
import type { HistoryEvent } from './types';

export class History {
  readonly events: HistoryEvent[] = [];

  get length(): number { return this.events.length; }

  add(type: string, previousEventId: number, timestamp: string, details: Record<string, unknown> | undefined,
    scope: (string | number)[]): HistoryEvent {
    const event: HistoryEvent = { id: this.events.length + 1, previousEventId, timestamp, type };
    if (details) Object.assign(event, details);
    if (scope.length) event.scope = scope;
    this.events.push(event);
    return event;
  }
}

/** The details field AWS uses for an event type: `TaskStateEntered` → `stateEnteredEventDetails`. */
export function detailsKey(type: string): string {
  if (type.endsWith('StateEntered')) return 'stateEnteredEventDetails';
  if (type.endsWith('StateExited')) return 'stateExitedEventDetails';
  return type[0].toLowerCase() + type.slice(1) + 'EventDetails';
}

/** The JSON text AWS puts in event details, with `inputDetails`/`outputDetails`. */
export function dataText(value: unknown): string {
  return value === undefined ? 'null' : JSON.stringify(value);
}
