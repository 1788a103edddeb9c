// Interleaving of child executions (Parallel branches, Map iterations) in one deterministic order: the ready child
// whose turn it is advances to its next event; a child that sleeps (Wait, retry back-off) waits for the virtual
// clock; when every child sleeps, the clock moves to the earliest wake-up. Children waiting for a callback are
// retried once all others are stuck, and the whole group reports `blocked` upward.
import type { Gen, Op } from './ops';
import type { ChildResult } from './run-states';
import type { Runtime, Scope } from './runtime';

interface Child { index: number; gen: Gen<ChildResult>; readyAt: number; blocked: boolean; token?: string }

export interface InterleaveHooks {
  /** The scope of the state whose children these are: its events are yielded upward only if it must pause. */
  scope: Scope;
  count: number;
  concurrency: number;
  start(index: number): Gen<ChildResult>;
  /** A child finished; answer true to stop the others (they are aborted). */
  done(index: number, result: ChildResult): boolean;
}

/** Runs the children; returns the indexes of those started and aborted before they finished. */
export function* interleave(rt: Runtime, hooks: InterleaveHooks): Gen<number[]> {
  let active: Child[] = [];
  let started = 0;
  const limit = hooks.concurrency > 0 ? hooks.concurrency : Infinity;
  const fill = () => {
    while (active.length < limit && started < hooks.count) {
      active.push({ index: started, gen: hooks.start(started), readyAt: rt.now, blocked: false });
      started++;
    }
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
      let wake = Infinity;
      for (const c of active) if (!c.blocked && c.readyAt < wake) wake = c.readyAt;
      if (wake !== Infinity) { yield { kind: 'sleep', until: wake }; continue; }
      yield { kind: 'blocked', token: active[0].token ?? '' };
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
        if (hooks.done(c.index, it.value)) {
          const aborted = active.map((a) => a.index);
          for (const a of active) a.gen.return(undefined as never);
          active = [];
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
      pick++;
      break;
    }
    turn = active.length ? pick % active.length : 0;
  }
  return [];
}
