// The execution history: events numbered as AWS numbers them. Ids count from 1 across the whole execution,
// interleaving Parallel branches and Map iterations; previousEventId chains each child execution's own events
// (the first state of the execution points at 0, as in GetExecutionHistory).
//
// Events are stored compactly and materialized as GetExecutionHistory-shaped objects the first time someone reads
// them: a run nobody watches (the CLI without --trace, a benchmark) never builds an event object or serializes a
// state's input or output for the history. Numbers live in typed arrays (the garbage collector neither scans nor
// copies them); a state's Entered and Exited events keep only the index of its StateVisit, which holds the name, the
// input, the output and the variables assigned. Recorded values are the execution's own data, which the stepper
// never mutates once produced; callers must not mutate them either.
import type { HistoryEvent, StateVisit } from './types';

const enum Kind { Plain, Entered, Exited, Iteration }

const typeNames: string[] = [];
const typeIds = new Map<string, number>();

/** A small number for an event type name, the same in every history. */
export function eventTypeId(type: string): number {
  let id = typeIds.get(type);
  if (id === undefined) { id = typeNames.length; typeNames.push(type); typeIds.set(type, id); }
  return id;
}

export type ScopePath = (string | number)[];
export type Details = Record<string, unknown> | (() => Record<string, unknown>);

export class History {
  private n = 0;
  private prevs = new Int32Array(256);
  private times = new Float64Array(256);
  private kinds = new Uint8Array(256);
  private types = new Uint16Array(256);
  private refs = new Int32Array(256);
  /** Details of plain events, and the scope paths of plain and iteration events. */
  private readonly details: (Details | undefined)[] = [];
  private readonly scopes: (ScopePath | undefined)[] = [];
  private readonly built: HistoryEvent[] = [];

  constructor(private readonly visits: StateVisit[]) {}

  get length(): number { return this.n; }

  private push(type: number, prev: number, time: number, kind: Kind, ref: number): number {
    const i = this.n;
    if (i === this.kinds.length) this.grow();
    this.prevs[i] = prev;
    this.times[i] = time;
    this.kinds[i] = kind;
    this.types[i] = type;
    this.refs[i] = ref;
    return (this.n = i + 1);
  }

  private grow(): void {
    const size = this.kinds.length * 2;
    const prevs = new Int32Array(size); prevs.set(this.prevs); this.prevs = prevs;
    const times = new Float64Array(size); times.set(this.times); this.times = times;
    const kinds = new Uint8Array(size); kinds.set(this.kinds); this.kinds = kinds;
    const types = new Uint16Array(size); types.set(this.types); this.types = types;
    const refs = new Int32Array(size); refs.set(this.refs); this.refs = refs;
  }

  /** An event whose details are given (`{ taskScheduledEventDetails: {…} }`), or made when the event is read (to
   * serialize data only then), or none. */
  add(type: number, prev: number, time: number, details: Details | undefined, scope: ScopePath): number {
    this.details.push(details);
    this.scopes.push(scope.length ? scope : undefined);
    return this.push(type, prev, time, Kind.Plain, this.details.length - 1);
  }

  /** `…StateEntered` of state visit `visit`: stateEnteredEventDetails { name, input, inputDetails }. */
  entered(type: number, prev: number, time: number, visit: number): number {
    return this.push(type, prev, time, Kind.Entered, visit);
  }

  /** `…StateExited` of state visit `visit`: stateExitedEventDetails { name, output, outputDetails, and
   * assignedVariables(+Details) when the state assigned variables }. */
  exited(type: number, prev: number, time: number, visit: number): number {
    return this.push(type, prev, time, Kind.Exited, visit);
  }

  /** `MapIteration…` of the iteration whose child execution is `scope` (`[…, mapState, index]`):
   * mapIteration…EventDetails { name, index }. */
  iteration(type: number, prev: number, time: number, scope: ScopePath): number {
    this.details.push(undefined);
    this.scopes.push(scope);
    return this.push(type, prev, time, Kind.Iteration, this.details.length - 1);
  }

  /** The previousEventId of event `id`. */
  previousOf(id: number): number { return this.prevs[id - 1]; }

  /** The virtual time (ms) of event `id`. */
  timeOf(id: number): number { return this.times[id - 1]; }

  /** Every event so far, materialized. The same array (and the same objects) on every call; it grows as the
   * execution goes on. */
  get events(): HistoryEvent[] {
    this.build(this.n);
    return this.built;
  }

  /** Event `id` (from 1), materialized. */
  event(id: number): HistoryEvent {
    this.build(id);
    return this.built[id - 1];
  }

  private lastValue: unknown = undefined;
  private lastText = 'null';
  private lastTime = NaN;
  private lastStamp = '';

  /** JSON text of a value; a state's output is the next state's input, so consecutive equal values are common. */
  private text(value: unknown): string {
    if (value === this.lastValue && value !== undefined) return this.lastText;
    this.lastValue = value;
    this.lastText = dataText(value);
    return this.lastText;
  }

  private stamp(t: number): string {
    if (t !== this.lastTime) { this.lastTime = t; this.lastStamp = new Date(t).toISOString(); }
    return this.lastStamp;
  }

  private build(upTo: number): void {
    for (let i = this.built.length; i < upTo; i++) {
      const type = typeNames[this.types[i]];
      const event: HistoryEvent = { id: i + 1, previousEventId: this.prevs[i], timestamp: this.stamp(this.times[i]), type };
      const ref = this.refs[i];
      let scope: ScopePath | undefined;
      switch (this.kinds[i]) {
        case Kind.Plain: {
          const d = this.details[ref];
          if (d) Object.assign(event, typeof d === 'function' ? d() : d);
          scope = this.scopes[ref];
          break;
        }
        case Kind.Entered: {
          const v = this.visits[ref];
          event.stateEnteredEventDetails = { name: v.name, input: this.text(v.input), inputDetails: { truncated: false } };
          scope = v.scope;
          break;
        }
        case Kind.Exited: {
          const v = this.visits[ref];
          const details: Record<string, unknown> = { name: v.name, output: this.text(v.output), outputDetails: { truncated: false } };
          if (v.assigned) {
            const texts: Record<string, string> = {};
            for (const k of Object.keys(v.assigned)) texts[k] = dataText(v.assigned[k]);
            details.assignedVariables = texts;
            details.assignedVariablesDetails = { truncated: false };
          }
          event.stateExitedEventDetails = details;
          scope = v.scope;
          break;
        }
        case Kind.Iteration:
          scope = this.scopes[ref]!;
          event[detailsKey(type)] = { name: scope[scope.length - 2], index: scope[scope.length - 1] };
          break;
      }
      if (scope && scope.length) event.scope = scope;
      this.built.push(event);
    }
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
