import type { Row } from './rows.ts';

const GROUPS: [label: string, kinds: Row['kind'][]][] = [
  ['vSCSI', ['vscsi-server', 'vscsi-client']], ['vFC', ['vfc-server', 'vfc-client']], ['SEA', ['sea']],
  ['Eth', ['veth', 'trunk', 'control-channel', 'hea-lport', 'lagg']], ['ports', ['port-ethernet', 'port-fc', 'port-sas']],
  ['disks', ['backing']],
];

/** The counts per kind a zoomed-out partition shows instead of its rows: ["4 vSCSI", "4 vFC", "1 SEA", "3 Eth"]. */
export function rowSummaryParts(rows: readonly Row[]): string[] {
  const parts: string[] = [];
  for (const [label, kinds] of GROUPS) {
    let n = 0;
    for (const r of rows) if (kinds.includes(r.kind)) n++;
    if (n > 0) parts.push(`${n} ${label}`);
  }
  return parts.length ? parts : ['no adapters'];
}

/** The same as one line: "4 vSCSI · 4 vFC · 1 SEA · 3 Eth". */
export const rowSummary = (rows: readonly Row[]): string => rowSummaryParts(rows).join(' · ');
