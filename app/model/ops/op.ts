import { produce, type Draft } from 'immer';
import type { Design } from '../schema/index.ts';
import { OpError } from '../errors.ts';

/** A named domain verb: a pure function from a design and arguments to a new design. */
export type Op<A> = (design: Design, args: A) => Design;

/** Builds an operation from a mutation of an immer draft; the input design is never changed. */
export function op<A>(mutate: (draft: Design, args: A) => void): Op<A> {
  return (design, args) => produce(design, (d: Draft<Design>) => { mutate(d as Design, args); });
}

export type TryResult = { ok: true; design: Design } | { ok: false; reason: string; ruleId?: string };

/** Runs an operation without throwing: the refusal reason is returned instead (used while dragging). */
export function tryOp<A>(design: Design, fn: Op<A>, args: A): TryResult {
  try {
    return { ok: true, design: fn(design, args) };
  } catch (e) {
    if (e instanceof OpError) return e.ruleId ? { ok: false, reason: e.message, ruleId: e.ruleId } : { ok: false, reason: e.message };
    throw e;
  }
}
