import type { Design, Id } from '../model/index.ts';
import * as ops from '../model/index.ts';
import { checked, refuse, type Plan } from './plan.ts';
import { describeEnd, resolveEnd, type End } from './endpoints.ts';
import { modernRule } from './connect-modern.ts';

export interface ConnectionLike { source: Id; sourceHandle?: string | null; target: Id; targetHandle?: string | null }

const isServerKind = (e: End) => e.t === 'partition' && (e.p.kind === 'vios');

/** A rule for an ordered pair of ends: a plan, or null when the rule does not apply to this pair. */
function rule(design: Design, x: End, y: End): Plan | null {
  const d = design.domain;
  const modern = modernRule(design, x, y);
  if (modern) return modern;
  if (x.t === 'partition' && y.t === 'partition') {
    const npiv = x.handle === 'npiv' || y.handle === 'npiv';
    // The server end is the VIOS; when neither or both are, the dragged-from end is asked to be the server.
    const [server, client] = isServerKind(y) && !isServerKind(x) ? [y, x] : [x, y];
    const args = { serverPartitionId: server.p.id, clientPartitionId: client.p.id };
    return npiv
      ? checked(design, `NPIV: vfchost on ${server.p.name} ↔ fcs on ${client.p.name}`, (z) => ops.connectVirtualFc(z, args))
      : checked(design, `vSCSI: vhost on ${server.p.name} ↔ vscsi on ${client.p.name}`, (z) => ops.connectVirtualScsi(z, args));
  }
  if (x.t === 'vscsi' && x.a.role === 'server') {
    const vhost = x.a;
    if (y.t === 'partition') return checked(design, `Attach ${y.p.name} as the client of ${vhost.deviceName}`, (z) => ops.attachVirtualScsiClient(z, { serverAdapterId: vhost.id, clientPartitionId: y.p.id }));
    if (y.t === 'backing') return checked(design, `VTD: ${y.b.name} → ${vhost.deviceName}`, (z) => ops.mapBackingDevice(z, { serverAdapterId: vhost.id, backingDeviceId: y.b.id }));
    if (y.t === 'lun') {
      const lun = y.l;
      const seen = Object.values(d.backingDevices).find((b) => b.partitionId === vhost.partitionId && b.lunId === lun.id);
      return checked(design, `VTD: ${seen ? seen.name : `new hdisk for ${lun.name}`} → ${vhost.deviceName}`, (z) => {
        let w = z;
        let bd = seen?.id;
        if (!bd) {
          bd = ops.nextId(w, 'backingDevices');
          w = ops.addBackingDevice(w, { id: bd, partitionId: vhost.partitionId, kind: 'physical-volume', lunId: lun.id, reservePolicy: 'no_reserve', sizeGB: lun.sizeGB });
        }
        return ops.mapBackingDevice(w, { serverAdapterId: vhost.id, backingDeviceId: bd });
      });
    }
  }
  if (x.t === 'vscsi' && x.a.role === 'client' && y.t === 'backing') return refuse(`${x.a.deviceName} is a client adapter: map ${y.b.name} to the vhost on the VIOS`);
  if (x.t === 'vfc' && x.a.role === 'server' && y.t === 'port') {
    const vfc = x.a;
    return checked(design, `vfcmap ${vfc.deviceName} → ${y.port.deviceName}`, (z) => ops.mapVirtualFc(z, { serverAdapterId: vfc.id, physicalPortId: y.port.id }));
  }
  if (x.t === 'lun' && y.t === 'partition') {
    const lun = x.l;
    return checked(design, `${y.p.name} sees ${lun.name} as a new hdisk`, (z) => ops.addBackingDevice(z, { partitionId: y.p.id, kind: 'physical-volume', lunId: lun.id, reservePolicy: 'no_reserve', sizeGB: lun.sizeGB }));
  }
  if ((x.t === 'lun' || x.t === 'array') && y.t === 'fabric') {
    const rec = x.t === 'lun' ? x.l : x.a;
    if (rec.fabricIds.includes(y.f.id)) return refuse(`${rec.name} is already presented on ${y.f.name}`);
    return checked(design, `Present ${rec.name} on ${y.f.name}`, (z) => ops.presentOnFabric(z, { id: rec.id, fabricId: y.f.id }));
  }
  if ((x.t === 'port' || x.t === 'heaPort') && (y.t === 'fabric' || y.t === 'switch')) {
    const portId = x.t === 'port' ? x.port.id : x.h.id;
    const name = x.t === 'port' ? x.port.deviceName : `HEA port ${x.h.index}`;
    const to = y.t === 'fabric' ? y.f : y.s;
    return checked(design, `Cable ${name} to ${to.name}`, (z) => ops.cablePort(z, { portId, toId: to.id }));
  }
  if (x.t === 'partition' && y.t === 'vlan') {
    const p = x.p;
    const vlan = y.v;
    const dup = Object.values(d.vethAdapters).find((a) => a.partitionId === p.id && a.pvid === vlan.vlanId && a.vswitch === vlan.vswitch && !a.trunk);
    if (dup) return refuse(`${p.name} already has ${dup.deviceName} on VLAN ${vlan.vlanId}`);
    return checked(design, `Virtual Ethernet adapter on ${p.name}, PVID ${vlan.vlanId}`, (z) => ops.connectPartitionToVlan(z, { partitionId: p.id, vlanId: vlan.id }));
  }
  if ((x.t === 'port' || x.t === 'lagg' || x.t === 'lport') && y.t === 'vlan') {
    const ref = x.t === 'port' ? { kind: 'physical-port' as const, id: x.port.id } : x.t === 'lagg' ? { kind: 'link-aggregation' as const, id: x.l.id } : { kind: 'hea-logical-port' as const, id: x.l.id };
    const partitionId = x.t === 'port' ? x.port.partitionId : x.l.partitionId;
    if (x.t === 'port' && x.port.kind !== 'ethernet') return refuse(`${x.port.deviceName} is not an Ethernet port: an SEA bridges through an Ethernet port, a link aggregation or an HEA logical port`, 'SEA-2');
    if (!partitionId) return refuse('This port belongs to no partition');
    const name = describeEnd(x).split(' ')[0];
    const vlan = y.v;
    const peer = Object.values(d.seas).some((s) => s.defaultPvid === vlan.vlanId && s.partitionId !== partitionId && d.partitions[s.partitionId]?.systemId === vlan.systemId);
    return checked(design, `SEA on ${d.partitions[partitionId]?.name}: ${name} bridges VLAN ${vlan.vlanId}${peer ? ' (SEA failover with the other VIOS)' : ''}`,
      (z) => ops.bridgeVlan(z, { partitionId, realAdapter: ref, vlanId: vlan.id }));
  }
  if (x.t === 'veth' && y.t === 'vlan') {
    const a = x.a;
    const vlan = y.v;
    if (a.pvid === vlan.vlanId || a.additionalVlans.includes(vlan.vlanId)) return refuse(`${a.deviceName} already carries VLAN ${vlan.vlanId}`);
    return checked(design, `${a.deviceName} carries VLAN ${vlan.vlanId} tagged (802.1Q)`, (z) => ops.updateVirtualEthernet(z, { id: a.id, patch: { additionalVlans: [...a.additionalVlans, vlan.vlanId], ieee8021q: true } }));
  }
  if (x.t === 'heaPort' && y.t === 'partition') {
    const h = x.h;
    return checked(design, `HEA logical port for ${y.p.name} on port ${h.index}`, (z) => ops.assignHeaLogicalPort(z, { heaPortId: h.id, partitionId: y.p.id }));
  }
  return null;
}

/**
 * What dragging from one handle to another would do. The order does not matter (an expert may start at
 * either end). A refusal carries the model's reason, shown while the connection is being drawn.
 */
export function planConnection(design: Design, c: ConnectionLike): Plan {
  const a = resolveEnd(design, c.source, c.sourceHandle);
  const b = resolveEnd(design, c.target, c.targetHandle);
  if (!a || !b) return refuse('Nothing to connect there');
  if (c.source === c.target && (c.sourceHandle ?? null) === (c.targetHandle ?? null)) return refuse('Drag to another element');
  const plan = rule(design, a, b) ?? rule(design, b, a);
  return plan ?? refuse(`No PowerVM link joins ${describeEnd(a)} and ${describeEnd(b)}`);
}
