/**
 * A simulation session, as the simulation worker holds it: the design (whole or by deltas), its path model built
 * once per design, the recording of timed actions, and one live simulation kept at the UI's clock. Asking for the
 * frame at a later time runs the live simulation on; at an earlier time (the scrubber going back) the state is
 * recomputed by replaying the actions from the nearest earlier checkpoint (checkpoints.ts: exact runs of the same
 * recording held at earlier times, built in the worker's idle time), else from the start: never approximated.
 * Pure TypeScript: the worker only exposes it through comlink and transfers the frames' buffers.
 */
import { applyDelta, type DesignDelta } from '../../model/delta.ts';
import type { Design } from '../../model/schema/index.ts';
import { buildPathModel } from '../impact/build.ts';
import type { FailableKind } from '../impact/types.ts';
import type { PathModel } from '../impact/model.ts';
import { createSimulation, type SimulationApi } from './index.ts';
import { failuresInForce, type InForce } from './in-force.ts';
import { Checkpoints } from './checkpoints.ts';
import type { PathInfo, SimAction, SimEvent, SimFrame } from './types.ts';

/** What the UI maps once per design: the path model's components and client partitions in frame order, the paths. */
export interface SimTopology {
  componentIds: string[];
  componentNames: string[];
  componentKinds: FailableKind[];
  /** Per component (frame order): the design records drawn for it. */
  componentElementIds: string[][];
  partitionIds: string[];
  partitionNames: string[];
  /** The layout of SimFrame.pathState. */
  paths: PathInfo[];
}

/** One answer for the UI at a clock. */
export interface SimReply {
  clockMs: number;
  frame: SimFrame;
  /** Events the UI did not have yet: they go at index `eventStart` of its list (empty when none are new). */
  eventStart: number;
  events: SimEvent[];
  /** No timer runs and no action waits: the verdicts are final. */
  settled: boolean;
  /** The failures in force at the clock (and components restored before it). */
  inForce: InForce;
  /** The recording the answer was computed with (setActions' version). */
  actionsVersion: number;
  /** Actions of the recording the simulation refused (unknown component, wrong kind), as sentences. */
  refused: string[];
}

export interface StaleSession { stale: true }

const same = (a: SimAction, b: SimAction) => a.atMs === b.atMs && a.action === b.action && a.targetId === b.targetId;

export class SimSession {
  private design: Design | null = null;
  private designId = -1;
  private model: PathModel | null = null;
  private actions: SimAction[] = [];
  private version = 0;
  private live: SimulationApi | null = null;
  private refused: string[] = [];
  /** The furthest clock asked for since the recording or the design last changed (checkpoints are spread up to it). */
  private horizon = 0;
  readonly checkpoints = new Checkpoints(() => this.replay());

  /** Holds a whole design under `id`; returns its topology. The live simulation is rebuilt on the next frame. */
  setDesign(design: Design, id: number): SimTopology {
    this.design = design;
    this.designId = id;
    this.model = buildPathModel(design);
    this.live = null;
    this.checkpoints.clear();
    this.horizon = 0;
    return this.topology();
  }

  /** Holds `base + delta` under `id` when `baseId` is the design held; else asks for the whole design. */
  setDesignDelta(delta: DesignDelta, baseId: number, id: number): SimTopology | StaleSession {
    if (!this.design || this.designId !== baseId) return { stale: true };
    return this.setDesign(applyDelta(this.design, delta), id);
  }

  topology(): SimTopology {
    const m = this.need();
    const live = this.live ?? this.liveAt(0);
    return {
      componentIds: m.components.map((c) => c.id),
      componentNames: m.components.map((c) => c.name),
      componentKinds: m.components.map((c) => c.kind),
      componentElementIds: m.components.map((c) => c.elementIds),
      partitionIds: m.partitions.map((p) => p.partitionId),
      partitionNames: m.partitions.map((p) => p.name),
      paths: live.paths(),
    };
  }

  /**
   * The recording (every timed action, in the order the user made them). Actions added after the ones the live
   * simulation has, not before its clock, are applied to it; any other change replays from the start on the next frame.
   */
  setActions(actions: readonly SimAction[], version: number): void {
    this.version = version;
    const next = actions.slice();
    const live = this.live;
    const prev = this.actions;
    this.actions = next;
    const extends_ = next.length >= prev.length && prev.every((a, i) => same(a, next[i]!));
    if (!extends_) {
      this.live = null;
      this.checkpoints.clear();
      this.horizon = 0;
      return;
    }
    const added = next.slice(prev.length);
    this.checkpoints.extend(added, (sim, a) => this.applyTo(sim, a));
    if (!live) return;
    if (added.some((a) => a.atMs < live.now)) {
      this.live = null;
      return;
    }
    for (const a of added) this.applyTo(live, a);
  }

  /** The state at `clockMs` and the events the UI has not seen (it has the first `have`). */
  frameAt(clockMs: number, have: number): SimReply {
    const t = Math.max(0, Math.round(clockMs));
    const live = this.liveAt(t);
    live.runUntil(t);
    return this.reply(live, have);
  }

  /** Plays on from `clockMs` to the next moment something happens; the reply's clock is that moment (unchanged at the end). */
  step(clockMs: number, have: number): SimReply {
    const t = Math.max(0, Math.round(clockMs));
    const live = this.liveAt(t);
    live.runUntil(t);
    live.stepToNextEvent();
    return this.reply(live, have);
  }

  private reply(live: SimulationApi, have: number): SimReply {
    const n = live.events.length;
    const eventStart = Math.min(have, n);
    return {
      clockMs: live.now, frame: live.frame(), eventStart, events: n > have ? live.events.slice(have) : [], settled: live.settled(),
      inForce: failuresInForce(live.actions, live.now), actionsVersion: this.version, refused: this.refused,
    };
  }

  /**
   * Background work between the UI's requests (the worker calls it when idle): builds the scrubber's checkpoints
   * within `budgetMs`. Returns whether work remains.
   */
  idle(budgetMs: number): boolean {
    if (!this.model) return false;
    return this.checkpoints.work(this.horizon, budgetMs);
  }

  /** The live simulation: the one at or before `t`, else the nearest earlier checkpoint, else a replay from the start. */
  private liveAt(t: number): SimulationApi {
    this.horizon = Math.max(this.horizon, t);
    if (this.live && this.live.now <= t) return this.live;
    // The clock went back: the simulation it leaves is an exact state at its time, kept as a checkpoint.
    if (this.live) this.checkpoints.put(this.live);
    const live = this.checkpoints.take(t) ?? this.replay();
    this.live = live;
    return live;
  }

  /** A fresh simulation of the model with the whole recording applied, at t+0. */
  private replay(): SimulationApi {
    const sim = createSimulation(this.need(), { design: this.design! });
    this.refused = [];
    for (const a of this.actions) this.applyTo(sim, a);
    return sim;
  }

  private applyTo(live: SimulationApi, a: SimAction): void {
    try {
      live.apply(a);
    } catch (e) {
      this.refused = [...this.refused, (e as Error).message];
    }
  }

  private need(): PathModel {
    if (!this.model) throw new Error('The simulation has no design yet');
    return this.model;
  }
}
