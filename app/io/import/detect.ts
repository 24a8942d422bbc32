import { parseHmcRecord } from '../hmc-fields.ts';
import { isCollector } from './collector.ts';
import { virtualioSubtypeOf } from './lshwres.ts';
import { hmcErrorOn, splitLines } from './report.ts';

/** The kinds of command output the importer reads. */
export const TEXT_KINDS = [
  'collector', 'lsmap-vscsi', 'lsmap-net', 'lsmap-npiv', 'lsnports', 'entstat',
  'lshwres-scsi', 'lshwres-fc', 'lshwres-eth', 'lshwres-serial', 'lshwres-slot', 'lshwres-proc', 'lshwres-mem',
  'lssyscfg-lpar', 'lssyscfg-prof', 'hmc-error', 'unknown',
] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

type HmcKind = Extract<TextKind, `lshwres-${string}` | `lssyscfg-${string}`>;

function hmcKindOf(rec: Record<string, string>): HmcKind | null {
  const sub = virtualioSubtypeOf(rec);
  if (sub) return `lshwres-${sub}`;
  if ('curr_proc_mode' in rec) return 'lshwres-proc';
  if ('curr_mem' in rec) return 'lshwres-mem';
  if ('name' in rec && 'lpar_name' in rec && 'lpar_id' in rec) return 'lssyscfg-prof';
  if ('name' in rec && 'lpar_id' in rec && ('lpar_env' in rec || 'state' in rec)) return 'lssyscfg-lpar';
  return null;
}

const VIOS_SIGNS: [TextKind, RegExp][] = [
  ['lsmap-vscsi', /^\s*SVSA\s+Physloc\s+Client Partition ID\s*$|^\s*vhost\d+\s+U\S+\s+0x[0-9a-f]{8}\s*$/im],
  ['lsmap-net', /^\s*SVEA\s+Physloc\s*$|^\s*SEA\s+(ent\d+|NO SHARED ETHERNET ADAPTER FOUND)\s*$/im],
  ['lsmap-npiv', /^\s*Name\s+Physloc\s+ClntID|^\s*vfchost\d+[^\w\s]U[0-9A-Z]{4}\.|^\s*VFC client name:/im],
  ['lsnports', /^\s*name\s+physloc\s+fabric\s+tports\s+aports/im],
  ['entstat', /^ETHERNET STATISTICS \(ent\d+\)|^(Real|Virtual|Control) Adapter:\s*ent\d+\s*$|^Device Type:\s/m],
];

/**
 * The kind of a command output, judged by its content (never by a file name). HMC listings are told
 * apart by the keys of their records; the VIOS outputs by their headers and row shapes.
 */
export function detectKind(text: string): TextKind {
  if (isCollector(text)) return 'collector';
  const votes = new Map<TextKind, number>();
  let errors = 0;
  let content = 0;
  for (const line of splitLines(text)) {
    if (line.trim() === '') continue;
    if (hmcErrorOn(line, 0)) { errors++; continue; }
    content++;
    const rec = line.includes('=') ? parseHmcRecord(line) : null;
    const kind = rec ? hmcKindOf(rec) : null;
    if (kind) votes.set(kind, (votes.get(kind) ?? 0) + 1);
  }
  // Virtual FC server rows look like virtual SCSI rows; one row with WWPNs makes the listing vFC.
  if (votes.has('lshwres-fc')) votes.set('lshwres-fc', (votes.get('lshwres-fc') ?? 0) + (votes.get('lshwres-scsi') ?? 0));
  let best: TextKind | null = null;
  for (const [k, n] of votes) if (!best || n > (votes.get(best) ?? 0)) best = k;
  if (best) return best;
  for (const [kind, re] of VIOS_SIGNS) if (re.test(text)) return kind;
  return errors > 0 ? 'hmc-error' : 'unknown';
}
