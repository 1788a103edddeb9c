// Interleaving of child executions (Parallel branches, Map iterations) in one deterministic order: the ready child
// whose turn it is advances to its next event; a child that sleeps (Wait, retry back-off, a task's duration) waits
// for the virtual clock; when every child sleeps, the clock moves to the earliest wake-up. A child waiting for a
// callback is retried once all others are stuck; its deadline (task timeout or heartbeat) counts as a wake-up when
// another child would move the clock past it. When only callbacks are left, the group reports `blocked` upward, with
// the earliest deadline.
import type { Gen, Op } from './ops';
import type { ChildResult } from './run-states';
import type { Runtime, Scope } from './runtime';

/** One child execution as the scheduler runs it. */
export interface ChildRun {
  index: number;
  gen: Gen<ChildResult>;
  scope: Scope;
  readyAt: number;
  blocked: boolean;
  /** While blocked: the virtual time at which the child has to run again (a timeout), or Infinity. */
  until: number;
  token: string;
}

export function childRun(index: number, gen: Gen<ChildResult>, scope: Scope, now: number): ChildRun {
  return { index, gen, scope, readyAt: now, blocked: false, until: Infinity, token: '' };
}

export interface InterleaveHooks {
  /** The scope of the state whose children these are: its events are yielded upward only if it must pause. */
  scope: Scope;
  count: number;
  concurrency: number;
  /** The children running now. The caller owns the array (to record what an abort interrupts). */
  active: ChildRun[];
  start(index: number): ChildRun;
  /** The event that ends a child (a Map iteration's MapIterationSucceeded/Failed), recorded as soon as the child
   * returns, before any sibling moves on. */
  finished?(child: ChildRun, result: ChildResult): number;
  /** A child finished; answer true to stop the others (they are aborted). */
  done(child: ChildRun, result: ChildResult): boolean;
}

/** Runs the children; returns those started and stopped before they finished, in index order. */
export function* interleave(rt: Runtime, hooks: InterleaveHooks): Gen<ChildRun[]> {
  const active = hooks.active;
  let started = 0;
  const limit = hooks.concurrency > 0 ? hooks.concurrency : Infinity;
  const fill = () => {
    while (active.length < limit && started < hooks.count) active.push(hooks.start(started++));
  };
  fill();
  let turn = 0;
  while (active.length) {
    let pick = -1;
    for (let k = 0; k < active.length; k++) {
      const j = (turn + k) % active.length;
      if (!active[j].blocked && active[j].readyAt <= rt.now) { pick = j; break; }
    }
    if (pick < 0) {
      let wake = Infinity, deadline = Infinity;
      for (const c of active) {
        if (!c.blocked) { if (c.readyAt < wake) wake = c.readyAt; } else if (c.until < deadline) deadline = c.until;
      }
      if (wake !== Infinity) {
        yield { kind: 'sleep', until: Math.min(wake, deadline) };
        for (const c of active) if (c.blocked && c.until <= rt.now) c.blocked = false;
        continue;
      }
      const first = active.find((c) => c.blocked && c.until === deadline) ?? active[0];
      yield { kind: 'blocked', token: first.token, until: deadline };
      for (const c of active) c.blocked = false;
      continue;
    }
    const c = active[pick];
    let send: unknown;
    let thrown: unknown;
    let hasThrown = false;
    while (true) {
      const it = hasThrown ? c.gen.throw(thrown) : c.gen.next(send);
      hasThrown = false;
      send = undefined;
      if (it.done) {
        active.splice(pick, 1);
        if (hooks.finished) {
          const id = hooks.finished(c, it.value);
          if (rt.pauses(hooks.scope)) yield rt.eventOp(id);
        }
        if (hooks.done(c, it.value)) {
          const aborted = active.splice(0).sort((a, b) => a.index - b.index);
          for (const a of aborted) a.gen.return(undefined as never);
          return aborted;
        }
        fill();
        break;
      }
      const op: Op = it.value;
      if (op.kind === 'event') { if (rt.pauses(hooks.scope)) yield op; pick++; break; }
      if (op.kind === 'await') {
        try { send = yield op; } catch (e) { thrown = e; hasThrown = true; }
        continue;
      }
      if (op.kind === 'sleep') { c.readyAt = op.until; pick++; break; }
      c.blocked = true;
      c.token = op.token;
      c.until = op.until;
      pick++;
      break;
    }
    turn = active.length ? pick % active.length : 0;
  }
  return [];
}
