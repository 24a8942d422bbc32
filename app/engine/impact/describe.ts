/** The one-line reasons of the verdicts, naming the components: what is lost, why, and what carries the service now. */
import type { Id } from '../../model/schema/index.ts';
import { DOWN, PARTIAL, STALE, UP, caseRank, unitCase, type FailureState, type UnitCase } from './evaluate.ts';
import type { ModelPath, ModelService, ModelUnit, PathModel } from './model.ts';
import { VERDICTS, type ServiceVerdict, type Verdict } from './types.ts';

const list = (xs: readonly string[]): string => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

/** The failed components on a path, as "vios1 down" / "vios1 shut down (planned)". */
function causes(model: PathModel, p: ModelPath, s: FailureState): string {
  const out: string[] = [];
  const name = (c: number) => {
    const comp = model.components[c]!;
    const what = comp.kind === 'vios' || comp.kind === 'frame' ? comp.name : `${comp.name}`;
    return s.planned?.[c] ? `${what} shut down (planned)` : `${what} down`;
  };
  for (const c of p.requires) if (s.failed[c]) out.push(name(c));
  for (const g of p.anyOf) {
    const down = g.every((alt) => alt.some((c) => s.failed[c]));
    if (!down) continue;
    const names = new Set<string>();
    for (const alt of g) for (const c of alt) if (s.failed[c]) names.add(model.components[c]!.name);
    out.push(g.length === 0 ? 'no port reaches it' : `${list([...names])} down`);
  }
  return list(out);
}

const partialCause = (model: PathModel, p: ModelPath, s: FailureState): string => {
  const names = new Set<string>();
  for (const g of p.anyOf) for (const alt of g) for (const c of alt) if (s.failed[c]) names.add(model.components[c]!.name);
  return `${list([...names])} down`;
};

const pathName = (p: ModelPath): string => (p.via ? `${p.through} via ${p.via}` : p.through);

interface UnitText { rank: number; text: string; lost: Id[]; surviving: Id[]; causes: string[] }

function describeUnit(model: PathModel, u: ModelUnit, s: FailureState, hcheck0: boolean, hcheck: number): UnitText {
  const states: number[] = new Array(u.paths.length);
  const c: UnitCase = unitCase(u, s, hcheck0, states);
  const lost: Id[] = [];
  const surviving: Id[] = [];
  const alive: ModelPath[] = [];
  const gone: string[] = [];
  const thin: string[] = [];
  const why: string[] = [];
  u.paths.forEach((p, i) => {
    const st = states[i]!;
    if (st === UP || st === PARTIAL) { alive.push(p); surviving.push(...p.elementIds); } else lost.push(...p.elementIds);
    if (st === DOWN) { const c = causes(model, p, s); why.push(c); gone.push(`${p.kind === 'sea' ? '' : 'path through '}${p.through} lost (${c})`); }
    if (st === STALE) why.push(`path through ${p.through} left Failed (hcheck_interval=${hcheck})`);
    if (st === STALE) gone.push(`path through ${p.through} stays Failed after it came back: hcheck_interval=${hcheck} never re-enables it (chpath -s enable)`);
    if (st === PARTIAL) thin.push(`${p.through} runs on fewer ports (${partialCause(model, p, s)})`);
  });
  const rank = caseRank(c);
  if (c === 'no-path') return { rank, text: 'no path is drawn to it', lost, surviving, causes: ['no path'] };
  if (c === 'storm') {
    const seas = (u.stormPaths ?? []).map((i) => u.paths[i]!).filter((_, k) => states[u.stormPaths![k]!]! <= PARTIAL).map((p) => p.through);
    return { rank, text: `${list(seas)} both bridge without a working control channel: broadcast storm`, lost: [...lost, ...surviving], surviving: [], causes: ['broadcast storm'] };
  }
  if (c === 'undetected') {
    return { rank, text: `${gone.join('; ')}; NIB never notices (virtual primary without netaddr or poll_uplink) and does not switch to the backup`, lost: [...lost, ...surviving], surviving: [], causes: why };
  }
  if (c === 'outage') return { rank, text: u.paths.length === 1 ? gone[0] ?? 'lost' : `every path lost: ${gone.join('; ')}`, lost, surviving, causes: why };
  if (c === 'ok') {
    if (u.mechanism === 'hypervisor') return { rank, text: 'internal to the frame, switched by the hypervisor', lost, surviving, causes: why };
    if (u.mechanism === 'sea-failover' || u.mechanism === 'sea-sharing') {
      const mode = u.mechanism === 'sea-failover' ? `${alive[0]!.through} bridges, ${list(alive.slice(1).map((p) => p.through))} stands by` : `${list(alive.map((p) => p.through))} share the VLANs`;
      return { rank, text: mode, lost, surviving, causes: why };
    }
    return { rank, text: alive.length === 1 ? `one path, through ${pathName(alive[0]!)}` : `${alive.length} paths up (${list(alive.map(pathName))})`, lost, surviving, causes: why };
  }
  // Degraded: say what was lost, then what carries it now.
  let now: string;
  if (u.mechanism === 'sea-failover' || u.mechanism === 'sea-sharing' || u.mechanism === 'sea-single') {
    const primaryLost = states[0] !== UP && states[0] !== PARTIAL;
    now = primaryLost ? `${alive[0]!.through} bridges now (SEA ${u.mechanism === 'sea-sharing' ? 'load sharing takes all VLANs' : 'failover'})` : `${alive[0]!.through} still bridges${alive.length === 1 ? ', no failover left' : ''}`;
  } else if (u.mechanism === 'nib' || u.mechanism === 'etherchannel') {
    now = `continues on ${list(alive.map(pathName))}${u.mechanism === 'nib' && u.primaryPaths !== undefined && !alive.some((p) => u.paths.indexOf(p) < u.primaryPaths!) ? ' (NIB switched to the backup adapter)' : ''}`;
  } else {
    now = `continues on ${list(alive.map(pathName))}`;
  }
  return { rank, text: [...gone, ...thin, now].join('; ').replace(/; continues/, ', continues'), lost, surviving, causes: why };
}

/** The full verdict of a service, with its reason. */
export function describeService(model: PathModel, svc: ModelService, s: FailureState): ServiceVerdict {
  const part = model.partitions[svc.partition]!;
  const hcheck0 = part.hcheckInterval === 0;
  const base = { key: svc.key, kind: svc.kind, label: svc.label };
  const ids = (xs: Id[]) => [...new Set(xs)];
  if (part.frame >= 0 && s.failed[part.frame]) {
    const all = svc.copies.flatMap((c) => c.flatMap((u) => u.paths.flatMap((p) => p.elementIds)));
    const frame = model.components[part.frame]!.name;
    return { ...base, verdict: 'Outage', reason: `${svc.label}: frame ${frame} ${s.planned?.[part.frame] ? 'shut down' : 'down'}, ${part.name} with it`, lostElementIds: ids(all), survivingElementIds: [] };
  }
  const copies = svc.copies.map((copy) => copy.map((u) => describeUnit(model, u, s, hcheck0, part.hcheckInterval)));
  const copyRank = copies.map((c) => Math.max(0, ...c.map((u) => u.rank)));
  const served = copyRank.some((r) => r < 2);
  const rank = !served ? 2 : copyRank.some((r) => r > 0) ? 1 : 0;
  const lost = ids(copies.flatMap((c) => c.flatMap((u) => u.lost)));
  const surviving = ids(copies.flatMap((c) => c.flatMap((u) => u.surviving)));
  let text: string;
  if (copies.length === 1) {
    const units = copies[0]!;
    if (units.length === 1) text = units[0]!.text;
    else {
      const bad = units.map((u, i) => ({ u, label: svc.copies[0]![i]!.label })).filter((x) => x.u.rank > 0);
      text = bad.length === 0 ? `${units.length} disks, every path up` : bad.map((x) => `${x.label}: ${x.u.text}`).join('; ');
    }
  } else {
    const labels = svc.copyLabels ?? svc.copies.map((_, i) => `copy ${i + 1}`);
    const parts: string[] = [];
    const whyLost = (i: number) => list([...new Set(copies[i]!.filter((u) => u.rank === 2).flatMap((u) => u.causes))]);
    copyRank.forEach((r, i) => { if (r === 2) parts.push(`${labels[i]} lost (${whyLost(i)})`); });
    copyRank.forEach((r, i) => {
      if (r === 1) parts.push(`${labels[i]} degraded (${copies[i]!.filter((u) => u.rank === 1).map((u) => u.text).join('; ')})`);
    });
    const alive = labels.filter((_, i) => copyRank[i]! < 2);
    if (rank === 0) text = `mirrored, ${labels.length} copies in sync (${list(labels)})`;
    else if (rank === 2) text = `every mirror copy lost: ${parts.join('; ')}`;
    else text = `${parts.join('; ')}${alive.length > 0 && copyRank.some((r) => r === 2) ? `, continues on ${list(alive)} (stale partitions to resync with syncvg after)` : ''}`;
  }
  if (rank === 2 && svc.internalNote) text += `; ${svc.internalNote}`;
  const verdict: Verdict = VERDICTS[rank]!;
  return { ...base, verdict, reason: `${svc.label}: ${text}`, lostElementIds: rank === 0 ? [] : lost, survivingElementIds: surviving };
}
