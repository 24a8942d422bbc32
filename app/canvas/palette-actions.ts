import type { BackingKind, Design, Id, ManagedSystem, Partition, PartitionKind, PortKind } from '../model/index.ts';
import * as ops from '../model/index.ts';
import { NODE_SIZE } from '../model/layout/tidy.ts';
import { checked, refuse, type Plan } from './plan.ts';
import { frameOrigin, freeSpotInFrame, freeSpotOutside } from './geometry.ts';
import { MODERN_HINTS, MODERN_ITEMS, isModernItem, modernPalettePlan } from './palette-modern.ts';

export const PALETTE_ITEMS = [
  'Frame', 'VIOS', 'VIOS pair', 'AIX LPAR', 'Linux LPAR', 'IBM i LPAR', 'Ethernet port', 'FC port', 'SAS controller',
  'SAN LUN', 'Internal disk', 'Logical volume', 'File-backed disk', 'Optical drive', 'ISO image', 'Storage array',
  'SAN fabric', 'Ethernet switch', 'VLAN', 'SEA', 'HEA port', ...MODERN_ITEMS,
] as const;
export type PaletteItem = (typeof PALETTE_ITEMS)[number];
export const isPaletteItem = (s: string): s is PaletteItem => (PALETTE_ITEMS as readonly string[]).includes(s);

export const PALETTE_HINTS: Record<PaletteItem, string> = {
  Frame: 'A managed system; drop on the empty canvas', VIOS: 'Drop on a frame', 'VIOS pair': 'Two VIOS with FC and Ethernet ports; drop on a frame',
  'AIX LPAR': 'Drop on a frame', 'Linux LPAR': 'Drop on a frame', 'IBM i LPAR': 'Drop on a frame',
  'Ethernet port': 'Drop on the partition that owns it', 'FC port': 'Drop on the partition that owns it', 'SAS controller': 'Drop on the partition that owns it',
  'SAN LUN': 'Drop on a storage array', 'Internal disk': 'Drop on a VIOS', 'Logical volume': 'Drop on a VIOS', 'File-backed disk': 'Drop on a VIOS',
  'Optical drive': 'Drop on a VIOS', 'ISO image': 'Drop on a VIOS (adds the media repository)', 'Storage array': 'Outside the frames',
  'SAN fabric': 'Outside the frames', 'Ethernet switch': 'Outside the frames', VLAN: 'Drop on a frame (its virtual switch)',
  SEA: 'Drop on a VIOS with an Ethernet port; bridges a VLAN of the frame', 'HEA port': 'Drop on a POWER6/POWER7 frame with an HEA',
  ...MODERN_HINTS,
};

const LPAR_KIND: Partial<Record<PaletteItem, PartitionKind>> = { VIOS: 'vios', 'AIX LPAR': 'aix', 'Linux LPAR': 'linux', 'IBM i LPAR': 'ibmi' };
const PORT_KIND: Partial<Record<PaletteItem, PortKind>> = { 'Ethernet port': 'ethernet', 'FC port': 'fc', 'SAS controller': 'sas' };
const BACKING_KIND: Partial<Record<PaletteItem, BackingKind>> = {
  'Internal disk': 'physical-volume', 'Logical volume': 'logical-volume', 'File-backed disk': 'file-disk', 'Optical drive': 'physical-optical', 'ISO image': 'file-optical',
};
const OUTSIDE: Partial<Record<PaletteItem, number>> = { 'SAN fabric': 0, 'Storage array': 1, 'Ethernet switch': 2 };

type XY = { x: number; y: number };
interface Where { frame: ManagedSystem | null; partition: Partition | null; arrayId: Id | null; at: XY | null; overId: Id | null }

/** What a node under the pointer (or the selection) means as a place to put something. */
function whereOf(design: Design, id: Id | null, at: XY | null): Where {
  const d = design.domain;
  const w: Where = { frame: null, partition: null, arrayId: null, at, overId: id };
  if (!id) return w;
  const p = d.partitions[id];
  if (p) { w.partition = p; w.frame = d.systems[p.systemId] ?? null; return w; }
  const sysId = d.systems[id]?.id ?? d.vlans[id]?.systemId ?? d.heaPorts[id]?.systemId ?? d.sriovAdapters[d.sriovPhysicalPorts[id]?.adapterId ?? '']?.systemId;
  if (sysId) { w.frame = d.systems[sysId] ?? null; return w; }
  w.arrayId = d.storageArrays[id]?.id ?? d.luns[id]?.arrayId ?? null;
  return w;
}

const relative = (design: Design, sys: Id, at: XY | null, size: { w: number; h: number }): XY =>
  at ? { x: Math.max(NODE_SIZE.framePad, Math.round(at.x - frameOrigin(design, sys).x - size.w / 2)), y: Math.max(NODE_SIZE.frameHeader + 6, Math.round(at.y - frameOrigin(design, sys).y - 20)) }
    : freeSpotInFrame(design, sys, size);

function nextVlanId(design: Design, systemId: Id): number {
  const used = new Set(Object.values(design.domain.vlans).filter((v) => v.systemId === systemId).map((v) => v.vlanId));
  for (let v = 10; v < 4095; v += 10) if (!used.has(v)) return v;
  for (let v = 1; v < 4095; v++) if (!used.has(v)) return v;
  return 1;
}

function seaPlan(design: Design, vios: Partition): Plan {
  const d = design.domain;
  const busy = new Set<Id>([...Object.values(d.seas).map((s) => s.realAdapter?.id ?? ''), ...Object.values(d.linkAggregations).flatMap((l) => l.memberIds)]);
  const port = Object.values(d.physicalPorts).find((p) => p.partitionId === vios.id && p.kind === 'ethernet' && !busy.has(p.id));
  if (vios.kind !== 'vios') return refuse(`${vios.name} is not a VIOS: a Shared Ethernet Adapter exists only in a VIOS`, 'SEA-1');
  if (!port) return refuse(`${vios.name} has no free Ethernet port for the SEA: add an Ethernet port to it first`, 'SEA-2');
  const bridgedHere = new Set(Object.values(d.seas).filter((s) => s.partitionId === vios.id).map((s) => s.defaultPvid));
  const vlans = Object.values(d.vlans).filter((v) => v.systemId === vios.systemId && !bridgedHere.has(v.vlanId));
  const vlan = vlans.find((v) => Object.values(d.seas).some((s) => s.defaultPvid === v.vlanId)) ?? vlans[0];
  if (!vlan) return refuse(`No VLAN of this frame left for ${vios.name} to bridge: add a VLAN to the frame first`);
  return checked(design, `SEA on ${vios.name}: ${port.deviceName} bridges VLAN ${vlan.vlanId}`,
    (x) => ops.bridgeVlan(x, { partitionId: vios.id, realAdapter: { kind: 'physical-port', id: port.id }, vlanId: vlan.id }));
}

function plan(design: Design, item: PaletteItem, w: Where, enter: boolean): Plan {
  if (isModernItem(item)) return modernPalettePlan(design, item, w, enter);
  const d = design.domain;
  const frames = Object.values(d.systems);
  const frame = w.frame ?? (enter ? (item === 'HEA port' ? frames.find((f) => f.hea) ?? frames[0] : frames[0]) ?? null : null);
  if (item === 'Frame') {
    if (w.frame && !enter) return refuse('A frame goes on the empty canvas, not inside another frame');
    const at = !enter && w.at ? { x: Math.round(w.at.x), y: Math.round(w.at.y) } : { x: freeSpotOutside(design, 0).x - 120, y: 0 };
    return checked(design, 'Add a frame', (x) => ops.addSystem(x, { at: { ...at, w: 900, h: 600 } }));
  }
  const kind = LPAR_KIND[item];
  if (kind || item === 'VIOS pair') {
    if (!frame) return refuse('A partition can only be placed inside a frame: drop it on a frame (add a Frame first)');
    if (item === 'VIOS pair') {
      const at = relative(design, frame.id, enter ? null : w.at, { w: NODE_SIZE.partitionWidth * 2 + 30, h: 130 });
      return checked(design, `Add a VIOS pair to ${frame.name}`, (x) => ops.addViosPair(x, { systemId: frame.id, at }));
    }
    const at = relative(design, frame.id, enter ? null : w.at, { w: NODE_SIZE.partitionWidth, h: 120 });
    return checked(design, `Add ${item} to ${frame.name}`, (x) => ops.addPartition(x, { systemId: frame.id, kind: kind!, at }));
  }
  const portKind = PORT_KIND[item];
  const backing = BACKING_KIND[item];
  if (portKind || backing || item === 'SEA') {
    const wantVios = !!backing || item === 'SEA';
    const parts = Object.values(d.partitions);
    const p = w.partition ?? (enter ? (frame ? parts.find((q) => q.systemId === frame.id && (!wantVios || q.kind === 'vios')) : undefined) ?? parts.find((q) => !wantVios || q.kind === 'vios') ?? null : null);
    if (!p) return refuse(`${item === 'SEA' ? 'An SEA' : `A ${item.toLowerCase().replace('fc', 'FC').replace('sas', 'SAS').replace('ethernet', 'Ethernet').replace('iso', 'ISO')}`} belongs to ${wantVios ? 'a VIOS' : 'a partition'}: drop it on one`);
    if (item === 'SEA') return seaPlan(design, p);
    if (portKind) return checked(design, `Add ${item} to ${p.name}`, (x) => ops.addPhysicalPort(x, { systemId: p.systemId, partitionId: p.id, kind: portKind }));
    const sas = backing === 'physical-volume' ? Object.values(d.physicalPorts).find((q) => q.partitionId === p.id && q.kind === 'sas') : undefined;
    return checked(design, `Add ${item} to ${p.name}`, (x) => {
      let y = x;
      if (backing === 'file-optical' && p.kind === 'vios' && !Object.values(y.domain.mediaRepositories).some((r) => r.partitionId === p.id)) {
        y = ops.addMediaRepository(y, { partitionId: p.id, sizeGB: 20 });
      }
      return ops.addBackingDevice(y, { partitionId: p.id, kind: backing!, ...(sas ? { physicalPortId: sas.id } : {}), ...(backing === 'file-disk' || backing === 'logical-volume' ? { sizeGB: 50 } : {}) });
    });
  }
  if (item === 'SAN LUN') {
    const arrayId = w.arrayId ?? (enter ? Object.keys(d.storageArrays)[0] ?? null : null);
    if (!arrayId) return refuse('A SAN LUN belongs to a storage array: drop it on one (add a Storage array first)');
    const al = design.layout.nodes[arrayId] ?? { x: 0, y: 0 };
    const count = Object.values(d.luns).filter((l) => l.arrayId === arrayId).length;
    const at = !enter && w.at && !w.arrayId ? w.at : { x: al.x + 30, y: al.y + (NODE_SIZE.small.h + 10) * (count + 1) };
    return checked(design, `Add a LUN to ${d.storageArrays[arrayId]?.name}`, (x) => ops.addLun(x, { arrayId, at: { x: Math.round(at.x), y: Math.round(at.y) } }));
  }
  const col = OUTSIDE[item];
  if (col !== undefined) {
    if (w.frame && !enter) return refuse(`A ${item === 'Storage array' ? 'storage array' : item === 'SAN fabric' ? 'SAN fabric' : 'Ethernet switch'} sits outside the frames: drop it on the empty canvas`);
    const at = !enter && w.at ? { x: Math.round(w.at.x - NODE_SIZE.small.w / 2), y: Math.round(w.at.y - NODE_SIZE.small.h / 2) } : freeSpotOutside(design, col);
    if (item === 'SAN fabric') {
      const names = new Set(Object.values(d.sanFabrics).map((f) => f.name));
      const letter = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].find((l) => !names.has(`fabric-${l}`));
      return checked(design, 'Add a SAN fabric', (x) => ops.addSanFabric(x, { at, ...(letter ? { name: `fabric-${letter}` } : {}) }));
    }
    const fn = item === 'Storage array' ? ops.addStorageArray : ops.addEthernetSwitch;
    return checked(design, `Add a ${item}`, (x) => fn(x, { at }));
  }
  if (item === 'VLAN' || item === 'HEA port') {
    if (!frame) return refuse(`A${item === 'VLAN' ? ' VLAN belongs to a frame\'s virtual switch' : 'n HEA port belongs to a frame with an HEA'}: drop it on a frame`);
    const at = relative(design, frame.id, enter ? null : w.at, NODE_SIZE.small);
    if (item === 'VLAN') {
      const vlanId = nextVlanId(design, frame.id);
      return checked(design, `Add VLAN ${vlanId} to ${frame.name}`, (x) => ops.addVlan(x, { systemId: frame.id, vlanId, at }));
    }
    return checked(design, `Add an HEA port to ${frame.name}`, (x) => {
      const y = ops.addHeaPort(x, { systemId: frame.id });
      const id = Object.keys(y.domain.heaPorts).find((k) => !(k in x.domain.heaPorts))!;
      return ops.setLayout(y, { nodes: { [id]: at } });
    });
  }
  return refuse(`Unknown palette item ${item as string}`);
}

/** Dropping a palette item at a point of the canvas (flow coordinates) over a node (or the empty pane). */
export function planDrop(design: Design, item: PaletteItem, overId: Id | null, at: XY): Plan {
  return plan(design, item, whereOf(design, overId, at), false);
}

/** Enter on a palette item: into the selected element when it fits, else the first element that can hold it. */
export function planAdd(design: Design, item: PaletteItem, selection: readonly Id[]): Plan {
  return plan(design, item, whereOf(design, selection[0] ?? null, null), true);
}

/** Ids present in `after` but not in `before` (what a gesture created), node-level elements first. */
export function createdIds(before: Design, after: Design): Id[] {
  const out: Id[] = [];
  for (const c of ['systems', 'partitions', 'vlans', 'heaPorts', 'sriovPhysicalPorts', 'sspClusters', 'sanFabrics', 'storageArrays', 'luns', 'ethernetSwitches'] as const) {
    for (const id of Object.keys(after.domain[c])) if (!(id in before.domain[c])) out.push(id);
  }
  return out;
}
