import type { ClientTunables, Design, Generation, PartitionKind } from '../../model/index.ts';
import { GENERATIONS } from '../../model/index.ts';
import { parseHmcRecord } from '../hmc-fields.ts';
import { assembleDesign } from '../import/assemble.ts';
import { Inventory, type PartEntry } from '../import/inventory.ts';
import { profileFromRecord } from '../import/lssyscfg.ts';
import { observeProfiles } from '../import/observe-hmc.ts';
import type { UnparsedLine } from '../import/report.ts';
import { ModernScriptReader } from './script-parse-modern.ts';
import { logicalLines, shellWords } from './shell-words.ts';

export interface ScriptParseResult {
  design: Design;
  /** Commands and lines this reader does not know, with their line numbers. */
  unparsed: UnparsedLine[];
  warnings: string[];
}

const NAME = '("(?:[^"\\\\]|\\\\.)*")';
const HMC_HEADER = new RegExp(`^# =+ HMC: frame ${NAME} \\((.*)\\) =+$`);
const VIOS_HEADER = new RegExp(`^# =+ VIOS ${NAME} on frame ${NAME} \\(partition id (\\d+)\\)`);
const CLIENT_HEADER = new RegExp(`^# =+ Client ${NAME} on frame ${NAME} \\(.*partition id (\\d+)\\)`);
const PARTITION_NOTE = new RegExp(`^# (VIOS|AIX|Linux|IBM i) partition ${NAME} \\(id (\\d+)(?:, level ([^)]*))?\\)`);
const KINDS: Record<string, PartitionKind> = { VIOS: 'vios', AIX: 'aix', Linux: 'linux', 'IBM i': 'ibmi' };

/** The value after a flag: `-vadapter vhost0` -> vhost0. */
const opt = (w: string[], flag: string): string | undefined => { const i = w.indexOf(flag); return i >= 0 ? w[i + 1] : undefined; };
/** `-attr a=1 b=2` (up to the next flag) as a map. */
function attrs(w: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const i = w.indexOf('-attr');
  for (const a of i >= 0 ? w.slice(i + 1) : []) {
    if (a.startsWith('-')) break;
    const eq = a.indexOf('=');
    if (eq > 0) out[a.slice(0, eq)] = a.slice(eq + 1);
  }
  return out;
}
const sizeGB = (s: string | undefined) => { const m = /^(\d+(?:\.\d+)?)([MGT])?$/i.exec(s ?? ''); return m ? Number(m[1]) * ({ M: 1 / 1024, T: 1024 }[m[2]?.toUpperCase() ?? ''] ?? 1) : undefined; };

/**
 * Reads a build script back into a design: the commands `buildScript` writes (mksyscfg, cfgdev, chdev,
 * mkrep, mklv, mkvdev -vdev/-fbo/-lnagg/-sea, loadopt, vfcmap; chhwres for SR-IOV logical ports and vNICs, cluster
 * -create/-addnode, lu -create/-map) and its comments that carry what no
 * command says (frame details, partition kinds, the device table linking device names to slots, the
 * names of the SEAs and link aggregations to be created, client settings).
 */
export function parseScript(text: string): ScriptParseResult {
  const inv = new Inventory();
  const unparsed: UnparsedLine[] = [];
  const table: { part: string; dev: string; slot: number }[] = [];
  const vfcmaps: { part: string; vhost: string; port: string }[] = [];
  const kinds = new Map<string, { kind: PartitionKind; level?: string }>();
  const luns = new Map<string, number>();
  let title = 'Design read from a build script';
  let sysKey: string | null = null;
  let vios: PartEntry | null = null;
  let client: PartEntry | null = null;
  let pendingName: { what: 'SEA' | 'Link aggregation'; name: string } | null = null;
  const frame = (name: string) => { const key = `frame:${name}`; inv.system(key).name ??= name; return key; };
  const modern = new ModernScriptReader(inv);

  const comment = (c: string): void => {
    let m: RegExpExecArray | null;
    if (modern.comment(c, sysKey)) return;
    // Commands written as comments because the design lacks something (hdisk names, a virtual network name).
    if ((m = /^# ((?:cluster -create|chhwres) .*?)\s{4}\(not run: .*\)$/.exec(c))) {
      const words = shellWords(m[1]!);
      if (words && words[0] === 'cluster' && vios) modern.viosCommand(words, vios);
      else if (words) modern.hmcCommand(words, sysKey);
      return;
    }
    if ((m = /^# PowerVM build script for (".*")$/.exec(c))) title = JSON.parse(m[1]!) as string;
    else if ((m = HMC_HEADER.exec(c))) {
      sysKey = frame(JSON.parse(m[1]!) as string);
      const [tm, serial, gen, cores, mem] = m[2]!.split(', ');
      const s = inv.system(sysKey);
      if (tm && /^\w{4}-\w{3}$/.test(tm)) s.typeModel = tm;
      if (serial?.startsWith('serial ') && serial !== 'serial unknown') s.serial = serial.slice(7);
      if (GENERATIONS.includes(gen as Generation)) s.generation = gen as Generation;
      if (/^\d+(\.\d+)? cores$/.test(cores ?? '')) s.cores = parseFloat(cores!);
      if (/^\d+ MB$/.test(mem ?? '')) s.memoryMB = parseInt(mem!, 10);
      vios = client = null;
    } else if ((m = VIOS_HEADER.exec(c))) {
      sysKey = frame(JSON.parse(m[2]!) as string);
      vios = inv.partition(sysKey, Number(m[3]));
      client = null;
    } else if ((m = CLIENT_HEADER.exec(c))) {
      sysKey = frame(JSON.parse(m[2]!) as string);
      client = inv.partition(sysKey, Number(m[3]));
      vios = null;
    } else if ((m = PARTITION_NOTE.exec(c))) kinds.set(`${JSON.parse(m[2]!) as string}#${m[3]}`, { kind: KINDS[m[1]!]!, ...(m[4] ? { level: m[4] } : {}) });
    else if (vios && (m = /^#\s{3}(\S+)\s+slot (\d+)\s/.exec(c))) table.push({ part: vios.key, dev: m[1]!, slot: Number(m[2]) });
    else if (vios && (m = /^#\s{3}(\S+)\s+port (ethernet|fc|sas)(?: at (\S+))?( NPIV)?\s*$/.exec(c))) {
      const port = inv.port(vios.key, m[1]!, m[2] as 'ethernet' | 'fc' | 'sas');
      if (m[3]) port.location = m[3];
      if (m[4]) port.npivCapable = true;
    } else if ((m = /^# (SEA|Link aggregation) (ent\d+):/.exec(c))) pendingName = { what: m[1] as 'SEA' | 'Link aggregation', name: m[2]! };
    else if (client && (m = /^# chdev -l \S+ (.*) -P\b/.exec(c))) clientSettings(client, m[1]!);
  };

  function clientSettings(p: PartEntry, args: string): void {
    const t: ClientTunables = { ...p.tunables };
    for (const [, k, v] of args.matchAll(/-a (\w+)=(\S+)/g)) {
      if (k === 'vscsi_err_recov' || k === 'fc_err_recov') t[k === 'vscsi_err_recov' ? 'vscsiErrRecov' : 'fcErrRecov'] = v === 'fast_fail' ? 'fast_fail' : 'delayed_fail';
      else if (k === 'vscsi_path_to') t.vscsiPathTimeout = Number(v);
      else if (k === 'hcheck_interval') t.hcheckInterval = Number(v);
      else if (k === 'hcheck_mode' && (v === 'nonactive' || v === 'enabled' || v === 'failed')) t.hcheckMode = v;
      else if (k === 'dyntrk') t.dynamicTracking = v === 'yes';
    }
    p.tunables = t;
  }

  const command = (w: string[], line: number): boolean => {
    const [cmd] = w;
    if (cmd === 'mksyscfg') return mksyscfg(w, line);
    if (cmd === 'cfgdev') return true;
    if (cmd === 'chhwres') return modern.hmcCommand(w, sysKey);
    const v = vios as PartEntry | null;
    if (!v) return false;
    if (cmd === 'cluster' || (cmd === 'lu' && w[1] === '-create')) return modern.viosCommand(w, v);
    if (cmd === 'lu' && w[1] === '-map') {
      const vhost = opt(w, '-vadapter');
      const dev = opt(w, '-vtd');
      const lu = opt(w, '-lu');
      if (!vhost || !dev || !lu) return false;
      const key = `${v.key}|${vhost}`;
      const lun = (luns.get(key) ?? 0) + 1;
      luns.set(key, lun);
      Object.assign(inv.vtd(v.key, vhost, dev), { lun, backing: lu });
      return true;
    }
    if (cmd === 'chdev') {
      const dev = opt(w, '-dev');
      const a = attrs(w);
      if (!dev) return false;
      if (a.reserve_policy) inv.backing(v.key, dev).reservePolicy = a.reserve_policy as never;
      if (a.ha_mode) inv.sea(v.key, dev).haMode = a.ha_mode;
      return !!(a.reserve_policy || a.ha_mode);
    }
    if (cmd === 'mkrep') { inv.repositories.set(v.key, { storagePool: opt(w, '-sp') ?? 'rootvg', sizeGB: sizeGB(opt(w, '-size')) ?? 1 }); return true; }
    if (cmd === 'mklv') {
      const name = opt(w, '-lv');
      const i = w.indexOf('-lv');
      if (!name || w.length < i + 4) return false;
      Object.assign(inv.backing(v.key, name), { kind: 'logical-volume', volumeGroup: w[i + 2], sizeGB: sizeGB(w[i + 3]) });
      return true;
    }
    if (cmd === 'loadopt') {
      const disk = opt(w, '-disk');
      const vtd = inv.vtds.get(`${v.key}|${opt(w, '-vtd')}`);
      if (!disk || !vtd) return false;
      vtd.backing = disk;
      inv.backing(v.key, disk).kind = 'file-optical';
      return true;
    }
    if (cmd === 'vfcmap') {
      const vhost = opt(w, '-vadapter');
      const port = opt(w, '-fcp');
      if (!vhost || !port) return false;
      vfcmaps.push({ part: v.key, vhost, port });
      inv.port(v.key, port, 'fc');
      return true;
    }
    if (cmd === 'mkvdev') return mkvdev(v, w);
    return false;
  };

  function mkvdev(v: PartEntry, w: string[]): boolean {
    const a = attrs(w);
    const named = pendingName;
    pendingName = null;
    if (w.includes('-sea')) {
      if (named?.what !== 'SEA') return false;
      const sea = inv.sea(v.key, named.name);
      sea.realAdapter = opt(w, '-sea');
      sea.trunks = (opt(w, '-vadapter') ?? '').split(',').filter(Boolean);
      sea.defaultAdapter = opt(w, '-default');
      sea.haMode ??= a.ha_mode ?? 'disabled';
      if (a.ctl_chan) sea.controlAdapter = a.ctl_chan;
      if (a.netaddr) sea.netaddr = a.netaddr;
      sea.thread = a.thread !== '0';
      return true;
    }
    if (w.includes('-lnagg')) {
      if (named?.what !== 'Link aggregation') return false;
      const members = (opt(w, '-lnagg') ?? '').split(',').filter(Boolean);
      members.forEach((m) => inv.port(v.key, m, 'ethernet'));
      const mode = a.mode === 'standard' || a.mode === 'round_robin' ? a.mode : '8023ad';
      Object.assign(inv.port(v.key, named.name, 'ethernet'), { members, mode, ...(a.backup_adapter ? { backupMember: a.backup_adapter } : {}) });
      return true;
    }
    const vhost = opt(w, '-vadapter');
    const dev = opt(w, '-dev');
    const backing = w.includes('-fbo') ? null : opt(w, '-vdev');
    if (!vhost || !dev || backing === undefined) return false;
    const key = `${v.key}|${vhost}`;
    const lun = (luns.get(key) ?? 0) + 1;
    luns.set(key, lun);
    Object.assign(inv.vtd(v.key, vhost, dev), { lun, backing });
    return true;
  }

  function mksyscfg(w: string[], line: number): boolean {
    const system = opt(w, '-m');
    const rec = parseHmcRecord(opt(w, '-i') ?? '');
    if (!system || !rec || !rec.name) return false;
    const read = profileFromRecord(line, { ...rec, name: rec.profile_name ?? 'default', lpar_name: rec.name });
    if (!read?.complete) return false;
    sysKey = frame(system);
    observeProfiles({ inv, sysKey, file: 'script' }, [read.profile]);
    const p = inv.partition(sysKey, read.profile.lparId);
    const note = kinds.get(`${rec.name}#${read.profile.lparId}`);
    if (note) { p.kind = note.kind; if (note.level) p.os = note.level; }
    return true;
  }

  for (const { line, text: raw } of logicalLines(text)) {
    const c = raw.trim();
    if (!c) continue;
    if (c.startsWith('#')) { comment(c); continue; }
    const words = shellWords(c);
    if (!words || !command(words, line)) unparsed.push({ line, text: raw });
  }
  for (const t of table) {
    const pair = inv.pairs.get(`scsi|${t.part}|${t.slot}`) ?? inv.pairs.get(`fc|${t.part}|${t.slot}`);
    if (pair) pair.deviceName = t.dev; else inv.eth(t.part, t.slot, t.dev);
  }
  for (const m of vfcmaps) {
    const pair = [...inv.pairs.values()].find((a) => a.kind === 'fc' && a.part === m.part && a.deviceName === m.vhost);
    if (pair) pair.fcPort = m.port; else inv.warn(`vfcmap names ${m.vhost}, which no mksyscfg line created`);
  }
  const design = assembleDesign(inv, title, 'Read back from a build script.');
  return { design, unparsed, warnings: inv.warnings };
}
