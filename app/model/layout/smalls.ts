import type { Design, Id } from '../schema/index.ts';

/**
 * The small boxes drawn inside a frame, in the order the tidy layout stacks them: the frame's VLANs (by VLAN id),
 * its HEA physical ports, then the physical ports of its SR-IOV adapters (by adapter id and port). Pure.
 */
export function frameSmalls(design: Design, systemId?: Id): { id: Id; systemId: Id }[] {
  const d = design.domain;
  const mine = (s: Id) => systemId === undefined || s === systemId;
  const vlans = Object.values(d.vlans).filter((v) => mine(v.systemId)).sort((a, b) => a.vlanId - b.vlanId);
  const hea = Object.values(d.heaPorts).filter((h) => mine(h.systemId));
  const sriov = Object.values(d.sriovPhysicalPorts).flatMap((p) => {
    const a = d.sriovAdapters[p.adapterId];
    return a && mine(a.systemId) ? [{ id: p.id, systemId: a.systemId, order: a.adapterId * 100 + p.portIndex }] : [];
  }).sort((a, b) => a.order - b.order);
  return [...vlans.map((v) => ({ id: v.id, systemId: v.systemId })), ...hea.map((h) => ({ id: h.id, systemId: h.systemId })),
    ...sriov.map((p) => ({ id: p.id, systemId: p.systemId }))];
}
