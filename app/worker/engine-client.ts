import * as Comlink from 'comlink';
import { diffDesign, type Design } from '../model/index.ts';
import type { EngineValidation, StaleBase } from '../engine/api.ts';
import type { StaleDesign } from '../engine/impact-api.ts';
import type { EngineWorkerApi } from './engine.worker.ts';

export const WORKER_TIMEOUT_MS = 5000;

export class WorkerTimeout extends Error {}

/** The rules never read positions: the layout stays behind. */
const NO_LAYOUT = { nodes: {} };

/**
 * Owns the validation worker: starts it, bounds every call to 5 s, and replaces the worker when it
 * crashes or hangs. The design never lives only in the worker, so a restart loses nothing.
 */
export class EngineClient {
  private worker: Worker | null = null;
  private remote: Comlink.Remote<EngineWorkerApi> | null = null;
  private crashed: ((message: string) => void) | null = null;
  /** The design the worker holds (as last sent), under the id it knows it by; null when unknown. */
  private sent: { id: number; design: Design } | null = null;
  private nextId = 1;
  /** How the last design went to the worker: whole, or as a delta of this many records (for tests and the bench). */
  lastTransfer: { kind: 'whole' } | { kind: 'delta'; records: number } | null = null;

  /** Calls that read or change what the worker holds run one after the other. */
  private chain: Promise<unknown> = Promise.resolve();

  constructor(private readonly onRestart: (reason: string) => void) {}

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const p = this.chain.then(fn, fn);
    this.chain = p.catch(() => undefined);
    return p;
  }

  private ensure(): Comlink.Remote<EngineWorkerApi> {
    if (!this.remote) {
      const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'engine' });
      worker.addEventListener('error', (e) => {
        e.preventDefault();
        this.crashed?.(`the validation worker crashed (${e.message || 'error'})`);
      });
      this.worker = worker;
      this.remote = Comlink.wrap<EngineWorkerApi>(worker);
    }
    return this.remote;
  }

  restart(reason: string): void {
    this.worker?.terminate();
    this.worker = null;
    this.remote = null;
    this.sent = null;
    this.onRestart(reason);
  }

  /** Runs a call on the worker; a crash or 5 s of silence restarts it and rejects. */
  async call<T>(run: (r: Comlink.Remote<EngineWorkerApi>) => Promise<T>): Promise<T> {
    const remote = this.ensure();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const failure = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new WorkerTimeout(`the validation worker did not answer within ${WORKER_TIMEOUT_MS / 1000} s`)), WORKER_TIMEOUT_MS);
      this.crashed = (m) => reject(new WorkerTimeout(m));
    });
    try {
      return await Promise.race([run(remote), failure]);
    } catch (e) {
      if (e instanceof WorkerTimeout) this.restart(e.message);
      throw e;
    } finally {
      clearTimeout(timer);
      this.crashed = null;
    }
  }

  /**
   * Validates a design in the worker. After the first call only what changed is sent (the worker keeps
   * the design it was last given); a fresh worker, or one that lost track, gets the whole design again.
   */
  validate(design: Design, revision: number): Promise<EngineValidation> {
    return this.serial(() => this.validateNow(design, revision));
  }

  private async validateNow(design: Design, revision: number): Promise<EngineValidation> {
    const id = this.nextId++;
    const base = this.sent;
    this.sent = null; // unknown until the worker answers
    let r: EngineValidation | StaleBase | null = null;
    if (base) {
      const delta = diffDesign(base.design, design);
      this.lastTransfer = { kind: 'delta', records: delta.records };
      r = await this.call<EngineValidation | StaleBase>(async (w) => w.validateDelta(delta, base.id, id, revision));
    }
    if (!r || 'stale' in r) {
      this.lastTransfer = { kind: 'whole' };
      r = await this.call<EngineValidation>(async (w) => w.validateAndKeep({ ...design, layout: NO_LAYOUT }, id, revision));
    }
    this.sent = { id, design };
    return r;
  }

  /** Makes the worker hold `design` (as a delta of what it holds when it can) and returns its id there. */
  private async hold(design: Design, whole = false): Promise<number> {
    if (!whole && this.sent?.design === design) return this.sent.id;
    const id = this.nextId++;
    const base = whole ? null : this.sent;
    this.sent = null;
    let ok = false;
    if (base) {
      const delta = diffDesign(base.design, design);
      this.lastTransfer = { kind: 'delta', records: delta.records };
      ok = (await this.call(async (w) => w.keepDelta(delta, base.id, id))) === true;
    }
    if (!ok) {
      this.lastTransfer = { kind: 'whole' };
      await this.call(async (w) => w.keep({ ...design, layout: NO_LAYOUT }, id));
    }
    this.sent = { id, design };
    return id;
  }

  /**
   * Runs a call about `design` on the worker, which keeps it (the same copy validation reads): nothing
   * is sent when it already holds it. A worker that lost it (restarted) gets the whole design again.
   */
  withDesign<T>(design: Design, run: (w: Comlink.Remote<EngineWorkerApi>, id: number) => Promise<T | StaleDesign>): Promise<T> {
    return this.serial(async () => {
      const id = await this.hold(design);
      let r = await this.call((w) => run(w, id));
      if (isStale(r)) {
        const again = await this.hold(design, true);
        r = await this.call((w) => run(w, again));
      }
      if (isStale(r)) throw new Error('the engine worker lost the design twice');
      return r;
    });
  }

  /** Test hook: make the worker hang (the next call times out and the worker is replaced). */
  hang(ms: number): void {
    void this.ensure().hang(ms);
  }
}

const isStale = (r: unknown): r is StaleDesign => typeof r === 'object' && r !== null && 'stale' in r;
