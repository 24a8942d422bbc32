import { memo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { useDesign } from '../../store/design-store.ts';
import type { Design } from '../../model/index.ts';
import type { SmallData } from '../project.ts';

import type { SmallType } from '../../picture/boxes.ts';
import { sriovPortText, sspPoolText } from '../../picture/modern.ts';
import { ElementBadge } from './ElementBadge.tsx';
import '../modern.css';

const ICON: Record<SmallType, string> = { vlan: 'VLAN', fabric: 'SAN', array: 'ARR', lun: 'LUN', switch: 'SW', heaPort: 'HEA', sriovPort: 'SR-IOV', sspPool: 'SSP' };

const describe = (d: Design, type: SmallType, id: string): { title: string; sub: string } => {
  const dom = d.domain;
  switch (type) {
    case 'vlan': { const v = dom.vlans[id]; return { title: `VLAN ${v?.vlanId}`, sub: `${v?.name ? `${v.name} · ` : ''}${v?.vswitch}` }; }
    case 'fabric': { const f = dom.sanFabrics[id]; return { title: f?.name ?? '', sub: f?.npivSupport ? 'SAN fabric · NPIV' : 'SAN fabric' }; }
    case 'array': { const a = dom.storageArrays[id]; return { title: a?.name ?? '', sub: a?.model || 'storage array' }; }
    case 'lun': { const l = dom.luns[id]; return { title: l?.name ?? '', sub: `${l?.sizeGB} GB · ${dom.storageArrays[l?.arrayId ?? '']?.name ?? ''}` }; }
    case 'switch': { const s = dom.ethernetSwitches[id]; return { title: s?.name ?? '', sub: s?.vlans.length ? `VLANs ${s.vlans.join(',')}` : 'Ethernet switch' }; }
    case 'heaPort': { const h = dom.heaPorts[id]; return { title: `HEA port ${h?.index}`, sub: `group ${h?.portGroup} · ${h?.speedGbps} Gb` }; }
    case 'sriovPort': { const [title, sub] = sriovPortText(d, id); return { title, sub }; }
    case 'sspPool': { const [title, sub] = sspPoolText(d, id); return { title, sub }; }
  }
};

/** VLANs, SAN fabrics, storage arrays, LUNs, Ethernet switches, HEA and SR-IOV physical ports, Shared Storage Pools. */
export const SmallNode = memo(function SmallNode({ data, type, selected }: NodeProps<Node<SmallData, SmallType>>) {
  const info = useDesign((s) => { const x = describe(s.design, type as SmallType, data.refId); return `${x.title}\u0000${x.sub}`; });
  const [title, sub] = info.split('\u0000');
  return (
    <div className={`small-node type-${type}${selected ? ' selected' : ''}`} data-testid={`${type}-${title}`}>
      <Handle type="target" position={Position.Left} />
      <span className="small-icon" aria-hidden>{ICON[type as SmallType]}</span>
      <div className="small-text"><div className="small-title">{title}</div><div className="small-sub">{sub}</div></div>
      <ElementBadge id={data.refId} />
      <Handle type="source" position={Position.Right} />
    </div>
  );
});
