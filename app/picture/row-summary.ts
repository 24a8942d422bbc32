import type { Row } from './rows.ts';

const GROUPS: [label: string, kinds: Row['kind'][]][] = [
  ['vSCSI', ['vscsi-server', 'vscsi-client']], ['vFC', ['vfc-server', 'vfc-client']], ['SEA', ['sea']],
  ['Eth', ['veth', 'trunk', 'control-channel', 'hea-lport', 'lagg']], ['ports', ['port-ethernet', 'port-fc', 'port-sas']],
  ['disks', ['backing']],
];

/** What a zoomed-out partition shows instead of its rows: "4 vSCSI · 4 vFC · 1 SEA · 3 Eth". */
export function rowSummary(rows: readonly Row[]): string {
  const parts: string[] = [];
  for (const [label, kinds] of GROUPS) {
    const n = rows.filter((r) => kinds.includes(r.kind)).length;
    if (n > 0) parts.push(`${n} ${label}`);
  }
  return parts.join(' · ') || 'no adapters';
}
