import type { Row } from './rows.ts';

const GROUPS: [label: string, kinds: Row['kind'][]][] = [
  ['vSCSI', ['vscsi-server', 'vscsi-client']], ['vFC', ['vfc-server', 'vfc-client']], ['SEA', ['sea']],
  ['Eth', ['veth', 'trunk', 'control-channel', 'hea-lport', 'lagg']], ['ports', ['port-ethernet', 'port-fc', 'port-sas']],
  ['disks', ['backing']], ['vNIC', ['vnic']], ['SR-IOV', ['sriov-lport']],
];

/**
 * The counts per kind a zoomed-out partition shows instead of its rows: ["4 vSCSI", "4 vFC", "1 SEA", "3 Eth"];
 * with `names`, each followed by its device names in AIX ranges ("3 vSCSI · vhost0–2"), which a VIOS has room for.
 */
export function rowSummaryParts(rows: readonly Row[], names = false): string[] {
  const parts: string[] = [];
  for (const [label, kinds] of GROUPS) {
    const of = rows.filter((r) => kinds.includes(r.kind));
    if (of.length > 0) parts.push(`${of.length} ${label}${names ? ` · ${deviceRanges(of.map((r) => r.name))}` : ''}`);
  }
  return parts.length ? parts : ['no adapters'];
}

/** The same as one line: "4 vSCSI · 4 vFC · 1 SEA · 3 Eth". */
export const rowSummary = (rows: readonly Row[]): string => rowSummaryParts(rows).join(' · ');

/** Device names with their numbers in runs: vhost0, vhost1, vhost2, ent5 → "vhost0–2, ent5". */
export function deviceRanges(names: readonly string[]): string {
  const byStem = new Map<string, number[]>();
  const other: string[] = [];
  for (const n of names) {
    const m = /^(.*?)(\d+)$/.exec(n);
    if (!m || m[2]!.length > 1 && m[2]!.startsWith('0')) { other.push(n); continue; }
    const list = byStem.get(m[1]!) ?? [];
    list.push(Number(m[2]));
    byStem.set(m[1]!, list);
  }
  const out: string[] = [];
  for (const [stem, nums] of byStem) {
    nums.sort((a, b) => a - b);
    for (let i = 0; i < nums.length;) {
      let j = i;
      while (j + 1 < nums.length && nums[j + 1] === nums[j]! + 1) j++;
      out.push(j > i ? `${stem}${nums[i]}–${nums[j]}` : `${stem}${nums[i]}`);
      i = j + 1;
    }
  }
  return [...out, ...other].join(', ');
}
