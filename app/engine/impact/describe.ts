/**
 * The one-line reasons of the verdicts, naming the components: what is lost, why, and what carries the service now.
 * Written for speed: one failure at 1,000 clients describes a few thousand services, so units shared by many clients
 * (a VLAN's bridges) are described once per failure state, and element id lists are the model's own arrays when a
 * single path is lost or survives (they are read-only).
 */
import type { Id } from '../../model/schema/index.ts';
import { DOWN, PARTIAL, STALE, UP, caseRank, stormSet, unitCase, type FailureState, type UnitCase } from './evaluate.ts';
import type { ModelPath, ModelService, ModelUnit, PathModel } from './model.ts';
import { VERDICTS, type ServiceVerdict, type Verdict } from './types.ts';

const list = (xs: readonly string[]): string => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

const downName = (model: PathModel, s: FailureState, c: number): string =>
  `${model.components[c]!.name} ${s.planned?.[c] ? 'shut down (planned)' : model.components[c]!.kind === 'sriov-port' ? 'link down' : 'down'}`;

/** The failed components on a path, as "vios1 down" / "vios1 shut down (planned)". */
function causes(model: PathModel, p: ModelPath, s: FailureState): string {
  let first = '';
  let more: string[] | null = null;
  const add = (t: string) => { if (!first) first = t; else (more ??= [first]).push(t); };
  for (const c of p.requires) if (s.failed[c]) add(downName(model, s, c));
  for (const g of p.anyOf) {
    let down = true;
    for (const alt of g) { let ok = true; for (const c of alt) if (s.failed[c]) { ok = false; break; } if (ok) { down = false; break; } }
    if (!down) continue;
    if (g.length === 0) { add('no port reaches it'); continue; }
    const names = new Set<string>();
    for (const alt of g) for (const c of alt) if (s.failed[c]) names.add(model.components[c]!.name);
    add(`${list([...names])} down`);
  }
  return more ? list(more) : first;
}

function partialCause(model: PathModel, p: ModelPath, s: FailureState): string {
  const names = new Set<string>();
  for (const g of p.anyOf) for (const alt of g) for (const c of alt) if (s.failed[c]) names.add(model.components[c]!.name);
  return `${list([...names])} down`;
}

const backingName = (p: ModelPath): string => `${p.through}${p.priority !== undefined ? ` (priority ${p.priority})` : ''}`;
const pathName = (p: ModelPath): string => (p.via ? `${p.through} via ${p.via}` : p.through);

export interface UnitText { rank: number; text: string; lost: readonly Id[]; surviving: readonly Id[]; causes: string[] }

/** Concatenates element id lists, reusing the only one when there is one. */
function joinIds(lists: (readonly Id[])[]): readonly Id[] {
  if (lists.length === 0) return [];
  if (lists.length === 1) return lists[0]!;
  const out: Id[] = [];
  for (const l of lists) for (const x of l) out.push(x);
  return out;
}

const NO_IDS: readonly Id[] = [];

/** `ids` false: the text alone (lost and surviving left empty), for the N-1 and N-2 entries, which keep only the reason. */
export function describeUnit(model: PathModel, u: ModelUnit, s: FailureState, hcheck0: boolean, hcheck: number, ids = true): UnitText {
  const states: number[] = new Array(u.paths.length);
  const c: UnitCase = unitCase(u, s, hcheck0, states);
  const rank = caseRank(c);
  const lostIds: (readonly Id[])[] = [];
  const aliveIds: (readonly Id[])[] = [];
  const alive: ModelPath[] = [];
  const gone: string[] = [];
  const thin: string[] = [];
  const why: string[] = [];
  for (let i = 0; i < u.paths.length; i++) {
    const p = u.paths[i]!;
    const st = states[i]!;
    if (st === UP || st === PARTIAL) { alive.push(p); if (ids) aliveIds.push(p.elementIds); } else if (ids) lostIds.push(p.elementIds);
    if (st === DOWN) { const cause = causes(model, p, s); why.push(cause); gone.push(`${p.kind === 'sea' ? '' : p.kind === 'vnic' ? 'backing device ' : 'path through '}${p.through} lost (${cause})`); }
    else if (st === STALE) {
      why.push(`path through ${p.through} left Failed (hcheck_interval=${hcheck})`);
      gone.push(`path through ${p.through} stays Failed after it came back: hcheck_interval=${hcheck} never re-enables it (chpath -s enable)`);
    } else if (st === PARTIAL) thin.push(`${p.through} runs on fewer ports (${partialCause(model, p, s)})`);
  }
  const lost = ids ? joinIds(lostIds) : NO_IDS;
  const surviving = ids ? joinIds(aliveIds) : NO_IDS;
  const out = (text: string, l: readonly Id[] = lost, sv: readonly Id[] = surviving, w = why): UnitText => ({ rank, text, lost: l, surviving: sv, causes: w });
  switch (c) {
    case 'no-path': return out('no path is drawn to it', lost, surviving, ['no path']);
    case 'storm': {
      const seas = (stormSet(u, s) ?? []).filter((i) => states[i]! <= PARTIAL).map((i) => u.paths[i]!.through);
      return out(`${list(seas)} both bridge without a working control channel: broadcast storm`, joinIds([lost, surviving]), [], ['broadcast storm']);
    }
    case 'undetected':
      return out(`${gone.join('; ')}; NIB never notices (virtual primary without netaddr or poll_uplink) and does not switch to the backup`, joinIds([lost, surviving]), []);
    case 'outage':
      if (u.mechanism === 'vnic-failover') return out(`${u.paths.length === 1 ? gone[0] ?? 'lost' : `every backing device lost: ${gone.join('; ')}`}, no Operational backing device left`);
      if (u.mechanism === 'sriov') return out(`${gone[0] ?? 'lost'}: a logical port assigned directly has no failover (SRIOV-8: bond two ports or use a vNIC)`);
      return out(u.paths.length === 1 ? gone[0] ?? 'lost' : `every path lost: ${gone.join('; ')}`);
    case 'ok': {
      if (u.mechanism === 'hypervisor') return out('internal to the frame, switched by the hypervisor');
      if (u.mechanism === 'sea-failover') return out(`${alive[0]!.through} bridges, ${list(alive.slice(1).map((p) => p.through))} stands by`);
      if (u.mechanism === 'sea-sharing') return out(`${list(alive.map((p) => p.through))} share the VLANs`);
      if (u.mechanism === 'vnic-failover') {
        const standby = alive.slice(1).map(backingName);
        return out(`backing device ${backingName(alive[0]!)} active${standby.length > 0 ? `, ${list(standby)} standby` : ', the only one: no failover'}`);
      }
      return out(alive.length === 1 ? `one path, through ${pathName(alive[0]!)}` : `${alive.length} paths up (${list(alive.map(pathName))})`);
    }
    default: break;
  }
  let now: string;
  if (u.mechanism === 'sea-failover' || u.mechanism === 'sea-sharing' || u.mechanism === 'sea-single' || u.mechanism === 'sea-uncoordinated') {
    const primaryLost = states[0] !== UP && states[0] !== PARTIAL;
    now = primaryLost
      ? `${alive[0]!.through} bridges now (SEA ${u.mechanism === 'sea-sharing' ? 'load sharing: it takes every VLAN' : 'failover'})`
      : `${alive[0]!.through} still bridges${alive.length === 1 ? ', no failover left' : ''}`;
    return out([...gone, ...thin, now].join('; '));
  }
  if (u.mechanism === 'vnic-failover') {
    const preferredLost = states[0] !== UP && states[0] !== PARTIAL;
    now = preferredLost
      ? `the hypervisor activates ${alive[0]!.through}${alive[0]!.priority !== undefined ? `, priority ${alive[0]!.priority}` : ''}, the preferred Operational backing device${alive.length === 1 ? '; no failover left' : ''}`
      : `${backingName(alive[0]!)} stays active${alive.length === 1 ? ', no failover left' : ''}`;
    return out([...gone, ...thin, now].join('; '));
  }
  const switched = u.mechanism === 'nib' && u.primaryPaths !== undefined && !alive.some((p) => u.paths.indexOf(p) < u.primaryPaths!);
  now = `continues on ${list(alive.map(pathName))}${switched ? ' (NIB switched to the backup adapter)' : ''}`;
  const head = [...gone, ...thin].join('; ');
  return out(head ? `${head}, ${now}` : now);
}

export type UnitMemo = Map<ModelUnit, UnitText>;

/**
 * The full verdict of a service, with its reason. `memo` shares unit descriptions within one failure state (made with
 * the same `ids`). `ids` false: the verdict and reason alone, the element id lists left empty (N-1 and N-2 keep the reason).
 */
export function describeService(model: PathModel, svc: ModelService, s: FailureState, memo?: UnitMemo, ids = true): ServiceVerdict {
  const part = model.partitions[svc.partition]!;
  const hcheck0 = part.hcheckInterval === 0;
  if (part.frame >= 0 && s.failed[part.frame]) {
    const all: Id[] = [];
    if (ids) for (const copy of svc.copies) for (const u of copy) for (const p of u.paths) for (const x of p.elementIds) all.push(x);
    const frame = model.components[part.frame]!.name;
    return {
      key: svc.key, kind: svc.kind, label: svc.label, verdict: 'Outage',
      reason: `${svc.label}: frame ${frame} ${s.planned?.[part.frame] ? 'shut down' : 'down'}, ${part.name} with it`, lostElementIds: all, survivingElementIds: [],
    };
  }
  const unitText = (u: ModelUnit): UnitText => {
    // a unit shared by several services (a VLAN's bridges) does not depend on the client's hcheck_interval
    if (!memo || u.paths.some((p) => p.mpio)) return describeUnit(model, u, s, hcheck0, part.hcheckInterval, ids);
    let t = memo.get(u);
    if (!t) { t = describeUnit(model, u, s, hcheck0, part.hcheckInterval, ids); memo.set(u, t); }
    return t;
  };
  let rank: number;
  let text: string;
  let lost: readonly Id[];
  let surviving: readonly Id[];
  if (svc.copies.length === 1 && svc.copies[0]!.length === 1) {
    const t = unitText(svc.copies[0]![0]!);
    rank = t.rank; text = t.text; lost = t.lost; surviving = t.surviving;
  } else {
    const copies = svc.copies.map((copy) => copy.map(unitText));
    const copyRank = copies.map((c) => Math.max(0, ...c.map((u) => u.rank)));
    const served = copyRank.some((r) => r < 2);
    rank = !served ? 2 : copyRank.some((r) => r > 0) ? 1 : 0;
    lost = joinIds(copies.flatMap((c) => c.map((u) => u.lost)));
    surviving = joinIds(copies.flatMap((c) => c.map((u) => u.surviving)));
    if (copies.length === 1) {
      const bad = copies[0]!.map((u, i) => ({ u, label: svc.copies[0]![i]!.label })).filter((x) => x.u.rank > 0);
      text = bad.length === 0 ? `${copies[0]!.length} disks, every path up` : bad.map((x) => `${x.label}: ${x.u.text}`).join('; ');
    } else {
      const labels = svc.copyLabels ?? svc.copies.map((_, i) => `copy ${i + 1}`);
      const parts: string[] = [];
      copyRank.forEach((r, i) => {
        if (r === 2) parts.push(`${labels[i]} lost (${list([...new Set(copies[i]!.filter((u) => u.rank === 2).flatMap((u) => u.causes))])})`);
      });
      copyRank.forEach((r, i) => { if (r === 1) parts.push(`${labels[i]} degraded (${copies[i]!.filter((u) => u.rank === 1).map((u) => u.text).join('; ')})`); });
      const alive = labels.filter((_, i) => copyRank[i]! < 2);
      if (rank === 0) text = `mirrored, ${labels.length} copies in sync (${list(labels)})`;
      else if (rank === 2) text = `every mirror copy lost: ${parts.join('; ')}`;
      else text = `${parts.join('; ')}${copyRank.some((r) => r === 2) ? `, continues on ${list(alive)} (stale partitions to resync with syncvg after)` : ''}`;
    }
  }
  if (rank === 2 && svc.internalNote) text += `; ${svc.internalNote}`;
  const verdict: Verdict = VERDICTS[rank]!;
  return { key: svc.key, kind: svc.kind, label: svc.label, verdict, reason: `${svc.label}: ${text}`, lostElementIds: rank === 0 ? [] : lost as Id[], survivingElementIds: surviving as Id[] };
}
