/**
 * The discrete-event simulation: a clock, the event queue, the physical state of every component, the machines of
 * the mechanisms, and the load. Actions (fail, restore, a planned shutdown, an SEA's ha_mode) and timers are queued by
 * time; everything due at one millisecond is played as one batch, then loads and mirrors are brought up to date.
 */
import type { Design } from '../../model/schema/index.ts';
import { buildPathModel } from '../impact/build.ts';
import type { FailureState } from '../impact/evaluate.ts';
import type { PathModel } from '../impact/model.ts';
import { buildMachines, type Machinery } from './build.ts';
import { LoadModel } from './load.ts';
import { lostCopies, mirrorSentences } from './lvm-mirror.ts';
import type { Machine, MachineHost } from './machine.ts';
import { EventQueue } from './queue.ts';
import { SspClusters } from './ssp-node.ts';
import { sriovFailSentence } from './sriov-link.ts';
import { resolveSettings, type SimulationSettings } from './settings.ts';
import type { SimAction, SimEvent, SimMechanism, TimerName } from './types.ts';
import { capacities, capacityText } from './workload.ts';

export interface SimulationOptions {
  /** The design the model was built from, when a PathModel is given (workloads, capacities, NIB settings, saved settings). */
  design?: Design;
  /** Over the design's saved settings and the defaults. */
  settings?: Partial<SimulationSettings>;
  /** Route the workloads and report links over capacity (default: on when the design is known). */
  load?: boolean;
}

type Item = { kind: 'action'; action: SimAction; planned?: boolean } | { kind: 'timer'; m: number; tag: number; id: number };

export class Simulation implements MachineHost {
  readonly model: PathModel;
  readonly design: Design | undefined;
  readonly settings: SimulationSettings;
  readonly options: SimulationOptions;
  now = 0;
  readonly events: SimEvent[] = [];
  /** Every action applied, in order (replayed by stateAt). */
  readonly actions: SimAction[] = [];
  readonly physical: FailureState;
  /** Components failed and up again since (for the reasons; machines keep their own memory). */
  readonly restored: Uint8Array;
  readonly standby: Uint8Array;
  readonly machinery: Machinery;
  /** Shared Storage Pool clusters: nodes, database primary node and pool state (ssp-node.ts). */
  readonly ssp: SspClusters;
  readonly loads: LoadModel | null;
  /** Per component: over capacity now, and the sentence of the crossing. */
  readonly over: Uint8Array;
  readonly overReason: string[];
  cause = '';
  private readonly queue = new EventQueue<Item>();
  private queuedActions = 0;
  private nextId = 1;
  private readonly dirty = new Set<number>();
  private readonly mirrorState = new Map<number, Uint8Array>();
  private readonly timers = new Map<number, { due: number; name: TimerName }>();

  constructor(input: Design | PathModel, opts: SimulationOptions = {}) {
    const isModel = (x: Design | PathModel): x is PathModel => 'componentIndex' in x;
    this.model = isModel(input) ? input : buildPathModel(input);
    this.design = isModel(input) ? opts.design : input;
    this.options = opts;
    this.settings = resolveSettings(this.design?.simulation, opts.settings);
    const n = this.model.components.length;
    this.physical = { failed: new Uint8Array(n), restored: null, planned: new Uint8Array(n) };
    this.restored = new Uint8Array(n);
    this.standby = new Uint8Array(n);
    this.over = new Uint8Array(n);
    this.overReason = new Array<string>(n).fill('');
    this.machinery = buildMachines(this.model, this.design, this);
    this.ssp = new SspClusters(this.model, this.design, this);
    const withLoad = opts.load ?? this.design !== undefined;
    this.loads = withLoad ? new LoadModel(n, this.machinery.machines.length, capacities(this.model, this.design, this.settings), this.machinery.demand) : null;
    const touched = new Set<number>();
    if (this.loads) this.machinery.machines.forEach((m) => this.route(m, touched));
    for (const c of touched) if (this.loads!.utilisation(c) > 1) { this.over[c] = 1; this.overReason[c] = this.overText(c, 'from the start'); }
    this.model.services.forEach((svc) => { if (svc.copies.length > 1) this.mirrorState.set(svc.index, this.lostCopies(svc.index)); });
  }

  // --- MachineHost
  schedule(m: Machine, delayMs: number, tag: number, name: TimerName = ''): number {
    const id = this.nextId++;
    const due = this.now + Math.max(0, Math.round(delayMs));
    this.queue.push(due, { kind: 'timer', m: m.index, tag, id });
    this.timers.set(id, { due, name });
    return id;
  }

  /** A timer's due time and name (undefined once it has fired). */
  timerInfo(id: number): { due: number; name: TimerName } | undefined { return this.timers.get(id); }

  emit(mechanism: SimMechanism, sentence: string, componentIds: string[], partitionIds: string[]): void {
    this.events.push({ t: this.now, componentIds: [...new Set(componentIds)], partitionIds, mechanism, sentence });
  }

  // --- Actions and time
  /** Queues an action at its time (not before the clock). Unknown targets and wrong kinds throw. */
  apply(action: SimAction): void {
    if (!(action.atMs >= this.now)) throw new Error(`The action at ${action.atMs} ms is before the clock (${this.now} ms)`);
    const c = this.model.componentIndex.get(action.targetId);
    if (c === undefined) throw new Error(`No failable component has the id "${action.targetId}"`);
    const kind = this.model.components[c]!.kind;
    if ((action.action === 'standby' || action.action === 'auto') && kind !== 'sea') throw new Error(`${action.action} applies to an SEA, not to ${this.model.components[c]!.name}`);
    if (action.action === 'shutdown' && kind !== 'vios' && kind !== 'frame') throw new Error(`shutdown applies to a VIOS or a frame, not to ${this.model.components[c]!.name}`);
    this.actions.push(action);
    this.queue.push(action.atMs, { kind: 'action', action });
    this.queuedActions++;
  }

  /** Time of the next queued item (stale timers included), or null. */
  nextAt(): number | null { return this.queue.peek()?.t ?? null; }

  /** Plays one batch (every item due at the next time); returns the events it produced. */
  private batch(): SimEvent[] {
    const first = this.queue.peek();
    if (!first) return [];
    const start = this.events.length;
    this.now = first.t;
    while (this.queue.peek()?.t === this.now) {
      const { item } = this.queue.pop()!;
      if (item.kind === 'timer') {
        this.timers.delete(item.id);
        const m = this.machinery.machines[item.m]!;
        m.fire(this, item.tag, item.id);
        this.dirty.add(item.m);
      } else {
        if (!item.planned) this.queuedActions--;
        this.act(item.action, item.planned ?? false);
      }
    }
    this.settle();
    return this.events.slice(start);
  }

  /** Plays batches up to the next one that says something (or to the end); returns its events. */
  stepToNextEvent(): SimEvent[] {
    while (this.queue.size > 0) {
      const out = this.batch();
      if (out.length > 0) return out;
    }
    return [];
  }

  /** Plays everything due up to tMs and moves the clock there; returns the new events. */
  runUntil(tMs: number): SimEvent[] {
    const start = this.events.length;
    while (this.queue.size > 0 && this.queue.peek()!.t <= tMs) this.batch();
    if (Number.isFinite(tMs) && tMs > this.now) this.now = tMs;
    return this.events.slice(start);
  }

  /** No timer running and no action waiting: the verdicts are final for the failures in force. */
  settled(): boolean {
    return this.queuedActions === 0 && !this.machinery.machines.some((m) => m.pending());
  }

  /** Plays until settled (or until `limitMs`). */
  runToSettled(limitMs = Number.POSITIVE_INFINITY): SimEvent[] {
    const start = this.events.length;
    while (!this.settled() && this.queue.size > 0 && this.queue.peek()!.t <= limitMs) this.batch();
    return this.events.slice(start);
  }

  private act(a: SimAction, planned: boolean): void {
    const c = this.model.componentIndex.get(a.targetId)!;
    const comp = this.model.components[c]!;
    const f = this.physical.failed;
    const seas = comp.kind === 'vios' ? (this.model.seasOfVios.get(comp.id) ?? []) : [];
    if (a.action === 'shutdown' && !planned) {
      if (f[c]) return;
      for (const s of seas) this.setStandby(s.id, true, `before the planned shutdown of ${comp.name}`);
      this.queue.push(this.now, { kind: 'action', action: a, planned: true });
      return;
    }
    if (a.action === 'fail' || a.action === 'shutdown') {
      if (f[c]) return;
      f[c] = 1;
      this.restored[c] = 0;
      if (planned) this.physical.planned![c] = 1;
      this.cause = `${comp.name} ${planned ? 'was shut down' : 'failed'}`;
      this.emit('component', sriovFailSentence(this.model, this.design, c) ?? failSentence(this.model, c, planned), comp.elementIds, this.partitionsOf(c));
      this.notify(c);
      if (this.ssp.size > 0) this.ssp.update(this);
    } else if (a.action === 'restore') {
      if (!f[c]) return;
      f[c] = 0;
      const wasPlanned = this.physical.planned![c] === 1;
      this.physical.planned![c] = 0;
      this.restored[c] = 1;
      this.cause = `${comp.name} came back`;
      this.emit('component', `${comp.name} ${comp.kind === 'frame' ? 'powered on' : comp.kind === 'vios' ? 'is running again' : comp.kind === 'sriov-port' ? 'has its link up again' : 'is back'}`, comp.elementIds, this.partitionsOf(c));
      this.notify(c);
      if (this.ssp.size > 0) this.ssp.update(this);
      if (wasPlanned) for (const s of seas) this.setStandby(s.id, false, `after ${comp.name} is back`);
    } else this.setStandby(a.targetId, a.action === 'standby', 'by hand');
  }

  private setStandby(seaId: string, on: boolean, why: string): void {
    const c = this.model.componentIndex.get(seaId);
    if (c === undefined || (this.standby[c] === 1) === on) return;
    this.standby[c] = on ? 1 : 0;
    const name = this.model.components[c]!.name;
    this.emit('component', `chdev -dev ${name.split(' ').pop()} -attr ha_mode=${on ? 'standby' : 'auto'} on ${name.split(' ')[0]} (${why})`, [seaId], this.partitionsOf(c));
    this.notify(c);
  }

  private partitionsOf(c: number): string[] {
    return (this.model.partitionsOf[c] ?? []).map((p) => this.model.partitions[p]!.partitionId);
  }

  private notify(c: number): void {
    for (const m of this.machinery.machinesOf[c]!) {
      this.machinery.machines[m]!.update(this);
      this.dirty.add(m);
    }
  }

  private route(m: Machine, touched: Set<number>): void {
    this.loads!.route(m.index, m.active().map((i) => m.unit.paths[i]!), this.physical.failed, touched);
  }

  private lostCopies(s: number): Uint8Array {
    const units = this.machinery.serviceUnits[s]!;
    return lostCopies(this.model.services[s]!, (c, u) => this.machinery.machines[units[c]![u]!]!.state());
  }

  /** After a batch: loads of the machines that moved, mirror copies gone stale or back, links crossing capacity. */
  private settle(): void {
    const touched = new Set<number>();
    for (const m of this.dirty) {
      const machine = this.machinery.machines[m]!;
      if (this.loads) this.route(machine, touched);
      for (const s of this.machinery.servicesOf[m]!) {
        const before = this.mirrorState.get(s);
        if (!before) continue;
        const now = this.lostCopies(s);
        const svc = this.model.services[s]!;
        const part = this.model.partitions[svc.partition]!;
        for (const text of mirrorSentences(svc, before, now)) this.emit('lvm-mirror', `${part.name} ${text}`, [], [part.partitionId]);
        this.mirrorState.set(s, now);
      }
    }
    this.dirty.clear();
    if (!this.loads) return;
    for (const c of [...touched].sort((a, b) => a - b)) {
      const u = this.loads.utilisation(c);
      if (u > 1 && !this.over[c]) {
        this.over[c] = 1;
        this.overReason[c] = this.overText(c, this.cause ? `after ${this.cause}` : '');
        this.emit('load', this.overReason[c]!, [this.model.components[c]!.id], this.loadedPartitions(c));
      } else if (u <= 1 && this.over[c]) {
        this.over[c] = 0;
        this.emit('load', `${this.linkName(c)} back under capacity (${Math.round(u * 100)} %)`, [this.model.components[c]!.id], this.loadedPartitions(c));
      }
    }
  }

  linkName(c: number): string {
    const comp = this.model.components[c]!;
    const port = this.design?.domain.physicalPorts[comp.id];
    if (port && comp.name.endsWith(` ${port.deviceName}`)) return `${port.deviceName} on ${comp.name.slice(0, -port.deviceName.length - 1)}`;
    return comp.name;
  }

  private overText(c: number, after: string): string {
    const cap = this.loads!.capacity[c]!;
    return `${this.linkName(c)} at ${Math.round(this.loads!.utilisation(c) * 100)} % of ${capacityText(this.model, this.design, c, cap)}${after ? ` ${after}` : ''}`;
  }

  /** Client partitions whose I/O crosses component c now. */
  loadedPartitions(c: number): string[] {
    if (!this.loads) return [];
    const ids = new Set<string>();
    for (const m of this.loads.machinesThrough(c)) for (const o of this.machinery.machines[m]!.owners) ids.add(o.partitionId);
    return [...ids].sort();
  }
}

function failSentence(model: PathModel, c: number, planned: boolean): string {
  const comp = model.components[c]!;
  const down = (model.partitionsOf[c] ?? []).length;
  switch (comp.kind) {
    case 'frame': return `frame ${comp.name} powered off: its ${down} client partition${down === 1 ? '' : 's'} stop`;
    case 'vios': return planned ? `${comp.name} shut down (planned)` : `${comp.name} fails (halted, hung or deactivated): ${down} client partition${down === 1 ? '' : 's'} use it`;
    case 'control-channel': return `control channel ${comp.name} fails: the SEA pair stops exchanging keep-alives`;
    default: return `${comp.name} fails`;
  }
}
