import { parseHmcRecord } from '../hmc-fields.ts';
import { isCollector } from './collector.ts';
import { fieldHeaderOf } from './hmc-records.ts';
import { virtualioSubtypeOf } from './lshwres.ts';
import { sriovSubtypeOf } from './lshwres-sriov.ts';
import { isVnicRecord } from './lshwres-vnic.ts';
import { forEachRecordLine, hmcErrorOn } from './report.ts';

/** The kinds of command output the importer reads. */
export const TEXT_KINDS = [
  'collector', 'several', 'lsmap-vscsi', 'lsmap-net', 'lsmap-npiv', 'lsnports', 'entstat',
  'lshwres-scsi', 'lshwres-fc', 'lshwres-eth', 'lshwres-serial', 'lshwres-slot', 'lshwres-proc', 'lshwres-mem',
  'lssyscfg-lpar', 'lssyscfg-prof',
  'lsmap-vnic', 'lshwres-sriov-adapter', 'lshwres-sriov-physport', 'lshwres-sriov-logport', 'lshwres-vnic', 'cluster-status', 'lssp', 'lu-list',
  'hmc-error', 'unknown',
] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

type HmcKind = Extract<TextKind, `lshwres-${string}` | `lssyscfg-${string}`>;

function hmcKindOf(rec: Record<string, string>): HmcKind | null {
  // SR-IOV logical ports and vNICs have port_vlan_id too: they are told apart before virtual Ethernet.
  const sriov = sriovSubtypeOf(rec);
  if (sriov) return `lshwres-sriov-${sriov}`;
  if (isVnicRecord(rec)) return 'lshwres-vnic';
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
  // Before lsmap-npiv: both print the header Name Physloc ClntID ClntName ClntOS; the rows tell them apart.
  ['lsmap-vnic', /^vnicserver\d+(\s+U\S+|[^\w\s]U[0-9A-Z]{4}\.)|^(Client device name|Client device physloc):/i],
  ['lsmap-vscsi', /^SVSA\s+Physloc\s+Client Partition ID$|^vhost\d+\s+U\S+\s+0x[0-9a-f]{8}$|^vhost\d+([^\w\s])U[^\s:]+\1(?:0x)?[0-9a-f]+(\1|$)/i],
  ['lsmap-net', /^SVEA\s+Physloc$|^SEA\s+(ent\d+|NO SHARED ETHERNET ADAPTER FOUND)$/i],
  ['lsmap-npiv', /^Name\s+Physloc\s+ClntID|^vfchost\d+(\s+U\S+|[^\w\s]U[0-9A-Z]{4}\.)|^VFC client name:/i],
  ['lsnports', /^name\s+physloc\s+fabric\s+tports\s+aports/i],
  ['cluster-status', /^Cluster Name\s+State$|^Cluster Name:\s|^Node Name\s+MTM\s+Partition Num/i],
  // lu-list before lssp: both start with POOL_NAME:, only lu -list goes on with TIER_NAME and an LU_NAME header.
  ['lu-list', /^LU_NAME\s+SIZE\(MB\)|^TIER_NAME:\s*\S+$|(^|[^\w(])LU_NAME[^\w\s(].*SIZE/],
  ['lssp', /^Pool\s+Size\(mb\)\s+Free\(mb\)|^(POOL_SIZE|FREE_SPACE|TOTAL_LU_SIZE|OVERCOMMIT_SIZE|TOTAL_LUS|POOL_TYPE):/],
  ['entstat', /^ETHERNET STATISTICS \(ent\d+\)|^(Real|Virtual|Control) Adapter:\s*ent\d+$|^Device Type:\s/],
];

/**
 * Lines that begin an output of one of several kinds (the shared lsmap header; POOL_NAME of lssp and lu -list): they
 * go with whatever output the next telling line belongs to.
 */
const SHARED_HEADERS: [TextKind, RegExp][] = [
  ['lsmap-npiv', /^Name\s+Physloc\s+ClntID(\s+ClntName)?(\s+ClntOS)?\s*$/i],
  ['lssp', /^POOL_NAME:\s*\S+$/],
];

/**
 * What one line says about the output it belongs to: an HMC record kind, a VIOS output kind, an HMC error, or nothing.
 * `header` marks a line that starts an output shared by several kinds (see SHARED_HEADERS).
 */
export function lineSign(line: string): { kind: TextKind; hmc: boolean; header?: true } | 'error' | null {
  const t = line.trim();
  if (t === '') return null;
  if (hmcErrorOn(t, 0)) return 'error';
  if (t.includes('=')) {
    // A record cut short inside a quoted field still tells its kind by its keys (its parser then reports the cut).
    const rec = parseHmcRecord(t) ?? ((t.match(/"/g)?.length ?? 0) % 2 === 1 ? parseHmcRecord(`${t}"`) : null);
    const kind = rec ? hmcKindOf(rec) : null;
    if (kind) return { kind, hmc: true };
  } else {
    // `-F a,b,c --header`: the field names tell the kind as the keys of a record do.
    const h = fieldHeaderOf(t);
    const kind = h ? hmcKindOf(Object.fromEntries(h.keys.map((k) => [k, '']))) : null;
    if (kind) return { kind, hmc: true };
  }
  for (const [kind, re] of SHARED_HEADERS) if (re.test(t)) return { kind, hmc: false, header: true };
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
