import type { Domain, NodeLayout } from '../../model/index.ts';

const PAD = 40;
const TOP = 60;
const COL_W = 300;
const ROW_H = 220;
const VLAN_W = 150;
const VLAN_H = 100;
const FRAME_GAP = 120;

/**
 * A simple, deterministic grid: frames side by side; in each frame the VIOS on the top row, client
 * partitions below in rows, VLANs along the bottom. Partition and VLAN positions are relative to
 * their frame. The UI replaces it with an automatic (elkjs) layout.
 */
export function gridLayout(domain: Domain): Record<string, NodeLayout> {
  const nodes: Record<string, NodeLayout> = {};
  let frameX = 0;
  for (const sys of Object.values(domain.systems)) {
    const parts = Object.values(domain.partitions).filter((p) => p.systemId === sys.id).sort((a, b) => a.lparId - b.lparId);
    const vios = parts.filter((p) => p.kind === 'vios');
    const clients = parts.filter((p) => p.kind !== 'vios');
    const cols = Math.max(1, vios.length, Math.min(6, clients.length));
    vios.forEach((p, i) => { nodes[p.id] = { x: PAD + i * COL_W, y: TOP }; });
    const clientTop = vios.length ? TOP + ROW_H : TOP;
    clients.forEach((p, i) => { nodes[p.id] = { x: PAD + (i % cols) * COL_W, y: clientTop + Math.floor(i / cols) * ROW_H }; });
    const rows = Math.ceil(clients.length / cols);
    let bottom = clientTop + rows * ROW_H;
    const vlans = Object.values(domain.vlans).filter((v) => v.systemId === sys.id);
    const vlanCols = Math.max(1, Math.floor((cols * COL_W) / VLAN_W));
    vlans.forEach((v, i) => { nodes[v.id] = { x: PAD + (i % vlanCols) * VLAN_W, y: bottom + Math.floor(i / vlanCols) * VLAN_H }; });
    if (vlans.length) bottom += Math.ceil(vlans.length / vlanCols) * VLAN_H;
    const w = 2 * PAD + cols * COL_W;
    nodes[sys.id] = { x: frameX, y: 0, w, h: bottom + PAD };
    frameX += w + FRAME_GAP;
  }
  return nodes;
}
