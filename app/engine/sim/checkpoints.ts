/**
 * Checkpoints for the scrubber: simulations of the same model and recording held at earlier times, so that going back
 * replays from the nearest earlier one instead of from t+0. Each checkpoint is an exact run (a fresh simulation of
 * the recording, run to its time in slices of background work, or the live simulation the clock left behind): the
 * state at any time is still recomputed, never approximated. Pure TypeScript, driven by the simulation session.
 */
import type { SimulationApi } from './index.ts';
import type { SimAction } from './types.ts';

/** At most this many checkpoints; they are spread over what has happened, at least this far apart. */
export const MAX_CHECKPOINTS = 12;
export const CHECKPOINT_EVERY_MS = 10_000;
/** Simulated time a checkpoint being built runs on per slice, between looks at the clock. */
const SLICE_MS = 2_000;

export class Checkpoints {
  /** By time, ascending. */
  private held: SimulationApi[] = [];
  private building: { sim: SimulationApi | null; target: number } | null = null;

  /** `make` gives a fresh simulation with the whole recording applied (the session's replay from the start). */
  constructor(private readonly make: () => SimulationApi, private readonly clock: () => number = () => performance.now()) {}

  get times(): number[] { return this.held.map((s) => s.now); }

  clear(): void {
    this.held = [];
    this.building = null;
  }

  /** Takes (out of the set) the checkpoint at the latest time not after `t`, or null. */
  take(t: number): SimulationApi | null {
    let k = -1;
    for (let i = 0; i < this.held.length; i++) if (this.held[i]!.now <= t) k = i;
    if (k < 0) return null;
    return this.held.splice(k, 1)[0]!;
  }

  /** Keeps a simulation as a checkpoint at its time (the live one the clock went back from). */
  put(sim: SimulationApi): void {
    if (this.held.some((s) => s.now === sim.now)) return;
    this.held.push(sim);
    this.held.sort((a, b) => a.now - b.now);
    while (this.held.length > MAX_CHECKPOINTS) {
      // Drop the one whose loss leaves the smallest gap (never the first).
      let drop = 1, gap = Infinity;
      for (let i = 1; i < this.held.length; i++) {
        const g = (this.held[i + 1]?.now ?? this.held[i]!.now) - this.held[i - 1]!.now;
        if (g < gap) { gap = g; drop = i; }
      }
      this.held.splice(drop, 1);
    }
  }

  /** Actions appended to the recording: applied to the checkpoints not past them; the others are dropped. */
  extend(added: readonly SimAction[], apply: (sim: SimulationApi, a: SimAction) => void): void {
    if (added.length === 0) return;
    const first = Math.min(...added.map((a) => a.atMs));
    this.held = this.held.filter((s) => s.now <= first);
    for (const s of this.held) for (const a of added) apply(s, a);
    if (this.building?.sim) {
      if (this.building.sim.now <= first) for (const a of added) apply(this.building.sim, a);
      else this.building = null;
    }
  }

  /** The times wanted for what has happened up to `horizonMs`: evenly spread, at least CHECKPOINT_EVERY_MS apart. */
  wanted(horizonMs: number): number[] {
    const every = Math.max(CHECKPOINT_EVERY_MS, Math.ceil(horizonMs / MAX_CHECKPOINTS / 1000) * 1000);
    const out: number[] = [];
    for (let t = every; t <= horizonMs; t += every) out.push(t);
    return out;
  }

  /**
   * Background work within `budgetMs`: builds the next missing checkpoint (a fresh run to its time). Returns whether
   * work remains.
   */
  work(horizonMs: number, budgetMs: number): boolean {
    const until = this.clock() + budgetMs;
    for (;;) {
      if (!this.building) {
        const have = this.held;
        const every = this.wanted(horizonMs);
        // A wanted time is covered by a checkpoint within half an interval before it.
        const half = (every[0] ?? CHECKPOINT_EVERY_MS) / 2;
        const covers = (s: SimulationApi) => every.some((t) => s.now <= t && s.now > t - half);
        // Full: the ones covering no wanted time go first (the horizon moved); never more than MAX_CHECKPOINTS.
        if (have.length >= MAX_CHECKPOINTS) this.held = have.filter(covers);
        const missing = every.find((t) => !this.held.some((s) => s.now <= t && s.now > t - half));
        if (missing === undefined || this.held.length >= MAX_CHECKPOINTS) return false;
        this.building = { sim: null, target: missing };
      }
      const b = this.building;
      if (!b.sim) b.sim = this.make();
      else b.sim.runUntil(Math.min(b.target, b.sim.now + SLICE_MS));
      if (b.sim.now >= b.target) {
        this.building = null;
        this.put(b.sim);
      }
      if (this.clock() >= until) return true;
    }
  }
}
