import type { Design } from '../model/index.ts';
import * as ops from '../model/index.ts';

/**
 * What deleting a drawn connection removes from the design: the adapter pair, the virtual Ethernet adapter
 * (or its tagged VLAN), the cable, the hdisk, the LUN presentation, the HEA logical port. Null when the
 * connection no longer exists.
 */
export function edgeRemoval(design: Design, edgeId: string): { label: string; run: (d: Design) => Design } | null {
  const [kind, a, b] = edgeId.split(':') as [string, string, string | undefined];
  const d = design.domain;
  switch (kind) {
    case 'vscsi': case 'vfc': case 'lun': case 'hea':
      if (!ops.collectionOf(design, a)) return null;
      return { label: kind === 'lun' ? `hdisk ${d.backingDevices[a]?.name}` : kind === 'hea' ? 'HEA logical port' : `${kind === 'vscsi' ? 'vSCSI' : 'virtual FC'} pair`, run: (x) => ops.removeElements(x, { ids: [a] }) };
    case 'eth': {
      const v = d.vethAdapters[a];
      if (!v) return null;
      const vid = Number(b);
      if (vid === v.pvid) return { label: `${v.deviceName} (PVID ${vid})`, run: (x) => ops.removeElements(x, { ids: [a] }) };
      return { label: `tagged VLAN ${vid} on ${v.deviceName}`, run: (x) => ops.updateVirtualEthernet(x, { id: a, patch: { additionalVlans: v.additionalVlans.filter((n) => n !== vid) } }) };
    }
    case 'cable': case 'hea-cable':
      return { label: 'cable', run: (x) => ops.cablePort(x, { portId: a, toId: null }) };
    case 'present': case 'array':
      return b ? { label: 'fabric presentation', run: (x) => ops.withdrawFromFabric(x, { id: a, fabricId: b }) } : null;
    default:
      return null;
  }
}
