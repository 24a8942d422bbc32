import type { Design, Id } from '../model/index.ts';
import { planConnection } from './connect.ts';
import { describeEnd, hintFor, resolveEnd } from './endpoints.ts';
import { buildRows, type Row } from './rows.ts';
import { refuse, type Plan } from './plan.ts';

/** One end of a gesture: a node and one of its handles (null: the node's only handle). */
export interface EndRef { nodeId: Id; handle: string | null }
/** A connection that can be made: where to, and what it does (the planner's label and change). */
export interface ConnectOption { to: EndRef; toLabel: string; label: string; run: (d: Design) => Design }

const PARTITION_LEVEL = new Set(['in', 'out', 'vscsi', 'npiv', 'vnic']);

/** The ends a node offers to a connection dropped on its body: the partition itself, then each adapter row. */
function endsOf(design: Design, nodeId: Id, rows: Map<Id, Row[]>): { ref: EndRef; label: string }[] {
  const p = design.domain.partitions[nodeId];
  if (!p) {
    const end = resolveEnd(design, nodeId, null);
    return end ? [{ ref: { nodeId, handle: null }, label: describeEnd(end) }] : [];
  }
  return [{ ref: { nodeId, handle: 'in' }, label: p.name }, ...(rows.get(nodeId) ?? []).map((r) => ({ ref: { nodeId, handle: r.id }, label: `${r.name} on ${p.name}` }))];
}

const same = (a: EndRef, b: EndRef) => a.nodeId === b.nodeId && (a.handle ?? null) === (b.handle ?? null);

function optionsTo(design: Design, from: EndRef, nodeId: Id, rows: Map<Id, Row[]>): { options: ConnectOption[]; refusals: { plan: Plan; partitionLevel: boolean }[] } {
  const options: ConnectOption[] = [];
  const refusals: { plan: Plan; partitionLevel: boolean }[] = [];
  const seen = new Set<string>();
  for (const end of endsOf(design, nodeId, rows)) {
    if (same(end.ref, from)) continue;
    // The partition-level handles of the node a drag starts from are not targets on that node.
    if (end.ref.nodeId === from.nodeId && end.ref.handle && PARTITION_LEVEL.has(end.ref.handle)) continue;
    const plan = planConnection(design, { source: from.nodeId, sourceHandle: from.handle, target: end.ref.nodeId, targetHandle: end.ref.handle });
    if (!plan.ok) { refusals.push({ plan, partitionLevel: end.ref.handle === 'in' || end.ref.handle === null }); continue; }
    if (seen.has(plan.label)) continue;
    seen.add(plan.label);
    options.push({ to: end.ref, toLabel: end.label, label: plan.label, run: plan.run });
  }
  return { options, refusals };
}

const GENERIC = /^No PowerVM link joins /;

/**
 * A connection dragged from `from` and dropped on the body of a node: every operation it can mean there
 * (the node itself, or one of its adapters), or, when there is none, the most telling refusal. One option:
 * the UI applies it; several: the UI asks. Pure.
 */
export function planDropOnNode(design: Design, from: EndRef, nodeId: Id): { options: ConnectOption[]; refusal: Plan | null } {
  const { options, refusals } = optionsTo(design, from, nodeId, buildRows(design));
  if (options.length > 0) return { options, refusal: null };
  // The node's own refusal (not one of an adapter row of it), and for "no link" what the dragged end is for.
  const telling = refusals.find((r) => r.partitionLevel) ?? refusals[0];
  const plan = telling?.plan;
  if (!plan || plan.ok) return { options, refusal: refuse('Nothing to connect there') };
  const end = resolveEnd(design, from.nodeId, from.handle);
  const hint = end ? hintFor(end) : '';
  if (GENERIC.test(plan.reason) && hint) return { options, refusal: refuse(`${plan.reason}: ${hint.charAt(0).toLowerCase()}${hint.slice(1)}`) };
  return { options, refusal: plan };
}

/** The nodes a connection from an element can reach: its own frame's partitions, VLANs and HEA ports, and everything outside the frames. */
function reachableNodes(design: Design, from: EndRef): Id[] {
  const d = design.domain;
  const sys = d.partitions[from.nodeId]?.systemId ?? d.vlans[from.nodeId]?.systemId ?? d.heaPorts[from.nodeId]?.systemId
    ?? d.sriovAdapters[d.sriovPhysicalPorts[from.nodeId]?.adapterId ?? '']?.systemId ?? null;
  const inFrame = (s: Id) => sys === null || s === sys;
  return [
    ...Object.values(d.partitions).filter((p) => inFrame(p.systemId)).map((p) => p.id),
    ...Object.values(d.vlans).filter((v) => inFrame(v.systemId)).map((v) => v.id),
    ...Object.values(d.heaPorts).filter((h) => inFrame(h.systemId)).map((h) => h.id),
    ...Object.values(d.sriovPhysicalPorts).filter((p) => inFrame(d.sriovAdapters[p.adapterId]?.systemId ?? '')).map((p) => p.id),
    ...Object.keys(d.sspClusters), ...Object.keys(d.sanFabrics), ...Object.keys(d.storageArrays), ...Object.keys(d.luns), ...Object.keys(d.ethernetSwitches),
  ];
}

/** Every connection that can be made from an end, for the keyboard's "Connect…" (the same planner as dragging). Pure. */
export function connectOptions(design: Design, from: EndRef): ConnectOption[] {
  const rows = buildRows(design);
  return reachableNodes(design, from).flatMap((id) => optionsTo(design, from, id, rows).options);
}

/** The ends a connection can start from on an element: a partition itself, its pair chips and its adapter rows; another node; or one adapter row. */
export function sourcesOf(design: Design, id: Id): { ref: EndRef; label: string }[] {
  const d = design.domain;
  const p = d.partitions[id];
  if (p) {
    return [
      { ref: { nodeId: id, handle: 'out' }, label: `${p.name} (vSCSI pair, virtual Ethernet, hdisk, HEA logical port)` },
      { ref: { nodeId: id, handle: 'npiv' }, label: `${p.name} (NPIV pair)` },
      ...(p.kind !== 'vios' ? [{ ref: { nodeId: id, handle: 'vnic' }, label: `${p.name} (vNIC)` }] : []),
      ...(buildRows(design).get(id) ?? []).map((r) => ({ ref: { nodeId: id, handle: r.id }, label: `${r.name} on ${p.name}` })),
    ];
  }
  const end = resolveEnd(design, id, null);
  if (end) return [{ ref: { nodeId: id, handle: null }, label: describeEnd(end) }];
  // An adapter or device row: its partition is the node.
  for (const [pid, rows] of buildRows(design)) {
    const r = rows.find((x) => x.id === id);
    if (r) return [{ ref: { nodeId: pid, handle: r.id }, label: `${r.name} on ${d.partitions[pid]?.name ?? '?'}` }];
  }
  return [];
}
