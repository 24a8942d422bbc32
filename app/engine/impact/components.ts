/**
 * What can fail in a design, each with a stable id and the name an administrator uses (types.ts FailableComponent),
 * and the lookup of a component by name or id for the command line and the UI.
 */
import type { Design, Id, PhysicalPort } from '../../model/schema/index.ts';
import type { FailableComponent, FailableKind } from './types.ts';

/** The adapter a physical port sits on: its location code without the port (`-T1`), else the owner and adapter text. */
export function adapterKey(port: PhysicalPort): string | null {
  if (port.location) {
    const m = /^(.*)-T\d+$/.exec(port.location);
    if (m) return m[1]!;
  }
  if (port.adapter) return `${port.partitionId ?? port.systemId}:${port.adapter}`;
  return null;
}

export const adapterId = (key: string): string => `adapter:${key}`;

const KIND_ORDER: FailableKind[] = [
  'frame', 'vios', 'physical-adapter', 'physical-port', 'sriov-adapter', 'sriov-port', 'sriov-logical-port', 'link-aggregation', 'sea', 'control-channel', 'hea-port',
  'ethernet-switch', 'san-fabric', 'storage-array', 'lun',
];

/**
 * Every failable component of a design: frames, VIOS, physical adapters (two or more ports sharing a location prefix
 * or adapter), physical ports of any partition, link aggregations and SEAs of VIOS, HEA physical ports, Ethernet
 * switches, SAN fabrics, storage arrays and LUNs. In that order, by name within a kind.
 */
export function failableComponents(design: Design): FailableComponent[] {
  const d = design.domain;
  const out: FailableComponent[] = [];
  const owner = (pid: Id | null, sysId: Id): string => (pid ? d.partitions[pid]?.name ?? pid : d.systems[sysId]?.name ?? sysId);
  for (const s of Object.values(d.systems)) out.push({ id: s.id, kind: 'frame', name: s.name, elementIds: [s.id] });
  for (const p of Object.values(d.partitions)) if (p.kind === 'vios') out.push({ id: p.id, kind: 'vios', name: p.name, elementIds: [p.id] });
  const adapters = new Map<string, PhysicalPort[]>();
  for (const port of Object.values(d.physicalPorts)) {
    out.push({ id: port.id, kind: 'physical-port', name: `${owner(port.partitionId, port.systemId)} ${port.deviceName}`, elementIds: [port.id] });
    const key = adapterKey(port);
    if (key) adapters.set(key, [...(adapters.get(key) ?? []), port]);
  }
  for (const [key, ports] of adapters) {
    if (ports.length < 2) continue;
    const first = ports[0]!;
    const where = first.location ? key.split('-').slice(1).join('-') || key : first.adapter ?? key;
    out.push({
      id: adapterId(key), kind: 'physical-adapter',
      name: `${owner(first.partitionId, first.systemId)} adapter ${where} (${ports.map((p) => p.deviceName).join(', ')})`,
      elementIds: ports.map((p) => p.id),
    });
  }
  sriovComponents(design, out);
  for (const l of Object.values(d.linkAggregations)) out.push({ id: l.id, kind: 'link-aggregation', name: `${owner(l.partitionId, '')} ${l.deviceName}`, elementIds: [l.id] });
  for (const s of Object.values(d.seas)) out.push({ id: s.id, kind: 'sea', name: `${owner(s.partitionId, '')} ${s.deviceName}`, elementIds: [s.id] });
  const channels = new Set<Id>();
  for (const s of Object.values(d.seas)) {
    const c = s.controlChannelId ? d.vethAdapters[s.controlChannelId] : undefined;
    if (!c || channels.has(c.id)) continue;
    channels.add(c.id);
    out.push({ id: c.id, kind: 'control-channel', name: `${owner(c.partitionId, '')} ${c.deviceName}`, elementIds: [c.id] });
  }
  for (const h of Object.values(d.heaPorts)) {
    out.push({ id: h.id, kind: 'hea-port', name: `${d.systems[h.systemId]?.name ?? h.systemId} HEA port ${h.portGroup}-${h.index}`, elementIds: [h.id] });
  }
  for (const s of Object.values(d.ethernetSwitches)) out.push({ id: s.id, kind: 'ethernet-switch', name: s.name, elementIds: [s.id] });
  for (const f of Object.values(d.sanFabrics)) out.push({ id: f.id, kind: 'san-fabric', name: f.name, elementIds: [f.id] });
  for (const a of Object.values(d.storageArrays)) out.push({ id: a.id, kind: 'storage-array', name: a.name, elementIds: [a.id] });
  for (const l of Object.values(d.luns)) out.push({ id: l.id, kind: 'lun', name: l.name, elementIds: [l.id] });
  const rank = new Map(KIND_ORDER.map((k, i) => [k, i]));
  return out.sort((a, b) => rank.get(a.kind)! - rank.get(b.kind)! || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.id < b.id ? -1 : 1));
}

/**
 * SR-IOV adapters (an EEH error or a failed adapter takes every port), their physical ports (link loss takes every
 * logical port on the port) and the logical ports (a VF removed or in error), named as the HMC shows them: "p10 SR-IOV
 * adapter 1", "p10 SR-IOV adapter 1 port 0", and a logical port as its owner's device ("vios1 ent10").
 */
function sriovComponents(design: Design, out: FailableComponent[]): void {
  const d = design.domain;
  const portsOf = new Map<Id, Id[]>();
  for (const port of Object.values(d.sriovPhysicalPorts)) portsOf.set(port.adapterId, [...(portsOf.get(port.adapterId) ?? []), port.id]);
  const adapterName = (id: Id): string => {
    const a = d.sriovAdapters[id];
    if (!a) return `SR-IOV adapter ${id}`;
    const where = a.location ? ` (${a.location.split('-').slice(1).join('-') || a.location})` : '';
    return `${d.systems[a.systemId]?.name ?? a.systemId} SR-IOV adapter ${a.adapterId}${where}`;
  };
  for (const a of Object.values(d.sriovAdapters)) {
    out.push({ id: a.id, kind: 'sriov-adapter', name: adapterName(a.id), elementIds: [a.id, ...(portsOf.get(a.id) ?? [])] });
  }
  for (const port of Object.values(d.sriovPhysicalPorts)) {
    const a = d.sriovAdapters[port.adapterId];
    const name = a ? `${d.systems[a.systemId]?.name ?? a.systemId} SR-IOV adapter ${a.adapterId} port ${port.portIndex}` : `SR-IOV port ${port.portIndex} of ${port.adapterId}`;
    out.push({ id: port.id, kind: 'sriov-port', name, elementIds: [port.id] });
  }
  for (const lp of Object.values(d.sriovLogicalPorts)) {
    out.push({ id: lp.id, kind: 'sriov-logical-port', name: `${d.partitions[lp.partitionId]?.name ?? lp.partitionId} ${lp.deviceName}`, elementIds: [lp.id] });
  }
}

export type Resolved = { ok: true; component: FailableComponent } | { ok: false; error: string; suggestions: string[] };

const norm = (s: string): string => s.trim().toLowerCase().replace(/[\s/:]+/g, ' ');

function distance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/**
 * Finds a component by id or by name, case-insensitive ("vios1", "fabric-a", "vios1 fcs0", "vios1/ent3"). An unknown or
 * ambiguous name is an error with the closest names as suggestions.
 */
export function resolveComponent(design: Design, nameOrId: string, components: readonly FailableComponent[] = failableComponents(design)): Resolved {
  const q = nameOrId.trim();
  if (!q) return { ok: false, error: 'No component named', suggestions: [] };
  const byId = components.find((c) => c.id === q);
  if (byId) return { ok: true, component: byId };
  const n = norm(q);
  const exact = components.filter((c) => norm(c.name) === n);
  if (exact.length === 1) return { ok: true, component: exact[0]! };
  if (exact.length > 1) {
    return { ok: false, error: `"${q}" names ${exact.length} components; use one of these ids`, suggestions: exact.map((c) => `${c.id} (${c.kind} ${c.name})`) };
  }
  const scored = components
    .map((c) => {
      const name = norm(c.name);
      const contains = name.includes(n) || n.includes(name);
      return { c, score: contains ? 0 : distance(n, name) };
    })
    .filter((x) => x.score <= Math.max(2, Math.floor(n.length / 3)))
    .sort((a, b) => a.score - b.score || (a.c.name < b.c.name ? -1 : 1))
    .slice(0, 6);
  return {
    ok: false,
    error: `No failable component is named "${q}"${scored.length > 0 ? `; did you mean ${scored.map((x) => `"${x.c.name}"`).join(', ')}?` : ''}`,
    suggestions: scored.map((x) => x.c.name),
  };
}
