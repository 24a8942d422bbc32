import { parseHmcRecord } from '../hmc-fields.ts';
import { isCollector } from './collector.ts';
import { virtualioSubtypeOf } from './lshwres.ts';
import { forEachRecordLine, hmcErrorOn } from './report.ts';

/** The kinds of command output the importer reads. */
export const TEXT_KINDS = [
  'collector', 'several', 'lsmap-vscsi', 'lsmap-net', 'lsmap-npiv', 'lsnports', 'entstat',
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

/**
 * Lines that only one VIOS output prints (its header, its row shape), tested on one trimmed line at a
 * time: no pattern can run across lines, so detection is linear however many blank lines there are.
 */
const VIOS_SIGNS: [TextKind, RegExp][] = [
  ['lsmap-vscsi', /^SVSA\s+Physloc\s+Client Partition ID$|^vhost\d+\s+U\S+\s+0x[0-9a-f]{8}$|^vhost\d+([^\w\s])U[^\s:]+\1(?:0x)?[0-9a-f]+(\1|$)/i],
  ['lsmap-net', /^SVEA\s+Physloc$|^SEA\s+(ent\d+|NO SHARED ETHERNET ADAPTER FOUND)$/i],
  ['lsmap-npiv', /^Name\s+Physloc\s+ClntID|^vfchost\d+[^\w\s]U[0-9A-Z]{4}\.|^VFC client name:/i],
  ['lsnports', /^name\s+physloc\s+fabric\s+tports\s+aports/i],
  ['entstat', /^ETHERNET STATISTICS \(ent\d+\)|^(Real|Virtual|Control) Adapter:\s*ent\d+$|^Device Type:\s/],
];

/** What one line says about the output it belongs to: an HMC record kind, a VIOS output kind, an HMC error, or nothing. */
export function lineSign(line: string): { kind: TextKind; hmc: boolean } | 'error' | null {
  const t = line.trim();
  if (t === '') return null;
  if (hmcErrorOn(t, 0)) return 'error';
  if (t.includes('=')) {
    const rec = parseHmcRecord(t);
    const kind = rec ? hmcKindOf(rec) : null;
    if (kind) return { kind, hmc: true };
  }
  for (const [kind, re] of VIOS_SIGNS) if (re.test(t)) return { kind, hmc: false };
  return null;
}

/** Tallies line signs into a kind: HMC listings by the keys of most records, VIOS outputs by the first sign in list order. */
export class KindVotes {
  private readonly hmc = new Map<TextKind, number>();
  private readonly vios = new Set<TextKind>();
  errors = 0;

  add(sign: ReturnType<typeof lineSign>): void {
    if (sign === null) return;
    if (sign === 'error') { this.errors++; return; }
    if (sign.hmc) this.hmc.set(sign.kind, (this.hmc.get(sign.kind) ?? 0) + 1);
    else this.vios.add(sign.kind);
  }

  kind(): TextKind {
    const votes = new Map(this.hmc);
    // Virtual FC server rows look like virtual SCSI rows; one row with WWPNs makes the listing vFC.
    if (votes.has('lshwres-fc')) votes.set('lshwres-fc', (votes.get('lshwres-fc') ?? 0) + (votes.get('lshwres-scsi') ?? 0));
    let best: TextKind | null = null;
    for (const [k, n] of votes) if (!best || n > (votes.get(best) ?? 0)) best = k;
    if (best) return best;
    for (const [kind] of VIOS_SIGNS) if (this.vios.has(kind)) return kind;
    return this.errors > 0 ? 'hmc-error' : 'unknown';
  }
}

/**
 * The kind of a command output, judged by its content (never by a file name). HMC listings are told
 * apart by the keys of their records; the VIOS outputs by their headers and row shapes.
 */
export function detectKind(text: string): TextKind {
  if (isCollector(text)) return 'collector';
  const votes = new KindVotes();
  forEachRecordLine(text, (line) => votes.add(lineSign(line)));
  return votes.kind();
}
