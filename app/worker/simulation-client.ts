import * as Comlink from 'comlink';
import { diffDesign, type Design } from '../model/index.ts';
import type { SimReply, SimTopology, StaleSession } from '../engine/sim/session.ts';
import type { SimAction } from '../engine/sim/types.ts';
import type { SimulationWorkerApi, WireReply } from './simulation.worker.ts';
import { FrameUnpacker } from '../engine/sim/frame-wire.ts';
import { splitDesign } from './design-chunks.ts';

/** The simulation never reads positions: the layout stays behind. */
const NO_LAYOUT = { nodes: {} };

/**
 * Owns the simulation worker: started on first use, the design sent whole once and then as deltas of what the worker
 * holds, the recording of actions, and the frame requests. Calls run one after the other. A worker that crashes is
 * replaced on the next call, which sends it the design and the recording again (nothing lives only in the worker).
 */
export class SimulationClient {
  private worker: Worker | null = null;
  private remote: Comlink.Remote<SimulationWorkerApi> | null = null;
  private sent: { id: number; design: Design } | null = null;
  private nextId = 1;
  private actions: { list: SimAction[]; version: number } = { list: [], version: 0 };
  private actionsSent = false;
  /** The last frame the worker sent whole: between events it sends only the time (frame-wire.ts). */
  private readonly frames = new FrameUnpacker();
  private chain: Promise<unknown> = Promise.resolve();
  /** How the last design went to the worker (for tests and the bench). */
  lastTransfer: { kind: 'whole' } | { kind: 'delta'; records: number } | null = null;

  constructor(private readonly onCrash: (reason: string) => void = () => {}) {}

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const p = this.chain.then(fn, fn);
    this.chain = p.catch(() => undefined);
    return p;
  }

  private ensure(): Comlink.Remote<SimulationWorkerApi> {
    if (!this.remote) {
      const worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module', name: 'simulation' });
      worker.addEventListener('error', (e) => {
        e.preventDefault();
        if (this.worker !== worker) return;
        this.drop();
        this.onCrash(`the simulation worker crashed (${e.message || 'error'})`);
      });
      this.worker = worker;
      this.remote = Comlink.wrap<SimulationWorkerApi>(worker);
    }
    return this.remote;
  }

  private drop(): void {
    this.worker?.terminate();
    this.worker = null;
    this.remote = null;
    this.sent = null;
    this.actionsSent = false;
    this.frames.reset();
  }

  /** Gives the worker `design` (a delta of what it holds when it can); returns the topology the frames are laid out by. */
  setDesign(design: Design): Promise<SimTopology> {
    return this.serial(() => this.hold(design, false));
  }

  private async hold(design: Design, whole: boolean): Promise<SimTopology> {
    const w = this.ensure();
    const id = this.nextId++;
    const base = whole ? null : this.sent;
    this.sent = null;
    let topo: SimTopology | StaleSession | null = null;
    if (base) {
      const delta = diffDesign(base.design, design);
      this.lastTransfer = { kind: 'delta', records: delta.records };
      topo = await w.setDesignDelta(delta, base.id, id);
    }
    if (!topo || 'stale' in topo) {
      this.lastTransfer = { kind: 'whole' };
      const { shell, pieces } = splitDesign({ ...design, layout: NO_LAYOUT });
      if (pieces.length <= 1) topo = await w.setDesign({ ...design, layout: NO_LAYOUT }, id);
      else {
        // A large design goes in pieces: each message is a short task on the main thread, not one long clone.
        await w.beginDesign(shell, id);
        for (const [kind, entries] of pieces) await w.addDesignPiece(id, kind, entries);
        topo = await w.endDesign(id);
      }
    }
    this.sent = { id, design };
    return topo;
  }

  /** The recording of timed actions (replaces the previous one; the worker applies what was added when it can). */
  setActions(list: SimAction[], version: number): Promise<void> {
    this.actions = { list, version };
    return this.serial(async () => {
      if (!this.remote) return; // sent with the next frame request
      await this.remote.setActions(list, version);
      this.actionsSent = true;
    });
  }

  frameAt(clockMs: number, have: number): Promise<SimReply> {
    return this.serial(async () => this.unpack(await (await this.ready()).frameAt(clockMs, have, this.frames.have)));
  }

  step(clockMs: number, have: number): Promise<SimReply> {
    return this.serial(async () => this.unpack(await (await this.ready()).step(clockMs, have, this.frames.have)));
  }

  private unpack(r: WireReply): SimReply {
    return { ...r, frame: this.frames.unpack(r.frame) };
  }

  /** The worker, holding the design and the recording (sent again after a crash). */
  private async ready(): Promise<Comlink.Remote<SimulationWorkerApi>> {
    if (!this.sent) throw new Error('the simulation has no design');
    const w = this.ensure();
    if (!this.actionsSent) {
      await w.setActions(this.actions.list, this.actions.version);
      this.actionsSent = true;
    }
    return w;
  }

  /** Sends the design again after a crash, keeping the caller's chain. */
  async recover(design: Design): Promise<SimTopology> {
    return this.serial(() => this.hold(design, true));
  }

  dispose(): void {
    this.drop();
  }
}
