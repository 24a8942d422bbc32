import { type Parsed, toInt, walkLines } from './report.ts';

/** The role a section plays in `entstat -d|-all` of an SEA (the marker line before it). */
export type EntSectionRole = 'sea' | 'real' | 'virtual' | 'control' | 'member' | 'adapter';

/** One `ETHERNET STATISTICS (entN)` section. */
export interface EntAdapterFact {
  line: number;
  name: string;
  role: EntSectionRole;
  deviceType?: string;
  /** Virtual adapters: PVID, VLAN tags, trunk flag and priority, active flag, virtual switch. */
  pvid?: number;
  vlanTags: number[];
  trunk?: boolean;
  trunkPriority?: number;
  active?: boolean;
  switchId?: string;
  /** Link aggregation / EtherChannel: the adapters sections after it (its member ports). */
  members: string[];
}

/** A Shared Ethernet Adapter as `entstat` describes it. */
export interface SeaStatFact {
  line: number;
  name: string;
  realAdapter?: string;
  /** Trunk adapters with the VLAN ids the SEA bridges for each ("VLAN Ids :"). */
  trunkAdapters: { name: string; vlans: number[] }[];
  controlAdapter?: string;
  /** PRIMARY, BACKUP, PRIMARY_SH, BACKUP_SH ... */
  state?: string;
  bridgeMode?: string;
  haMode?: string;
  priority?: number;
  controlChannelPvid?: number;
  /** SEA Flags list THREAD. */
  thread?: boolean;
}

export interface EntstatFacts {
  seas: SeaStatFact[];
  adapters: EntAdapterFact[];
}

const ROLE_MARK = /^(Real|Virtual|Control) Adapter:\s*(ent\d+)\s*$/;
const SECTION = /^ETHERNET STATISTICS \((ent\d+)\)\s*:\s*$/;
const KV = /^([^:]+?)\s*:\s*(.*?)\s*$/;
const NUMBERS = /^\d+(\s+\d+)*$/;

const numbers = (s: string): number[] => (NUMBERS.test(s.trim()) ? s.trim().split(/\s+/).map(Number) : []);

/** Parses `entstat -d` / `entstat -all` output (SEA, its real, trunk and control adapters), whole or in part. */
export function parseEntstat(text: string): Parsed<EntstatFacts> {
  const seas: SeaStatFact[] = [];
  const adapters: EntAdapterFact[] = [];
  let pendingRole: EntSectionRole | null = null;
  let adapter: EntAdapterFact | null = null;
  let sea: SeaStatFact | null = null;
  let aggregation: EntAdapterFact | null = null;
  let context: 'flags' | 'vlan-ids' | 'vlan-tags' | null = null;

  const res = walkLines(text, (raw, n) => {
    const line = raw.trim();
    if (/^[-=][-=\s]*$/.test(line) || /^#+ Adapter: ent\d+ #+$/.test(line)) return true;
    if (context === 'flags' && /^(<\s*[A-Z_]+\s*>|[A-Za-z0-9_]+(\s+[A-Za-z0-9_]+)*)$/.test(line) && !line.includes(':')) {
      if (sea && /<\s*THREAD\s*>/.test(line)) sea.thread = true;
      return true;
    }
    if (context === 'vlan-tags' && NUMBERS.test(line)) { if (adapter) for (const n of numbers(line)) adapter.vlanTags.push(n); return true; }
    context = null;
    const mark = ROLE_MARK.exec(line);
    if (mark) {
      pendingRole = mark[1] === 'Real' ? 'real' : mark[1] === 'Virtual' ? 'virtual' : 'control';
      if (sea && pendingRole === 'real') sea.realAdapter = mark[2]!;
      if (sea && pendingRole === 'control') sea.controlAdapter = mark[2]!;
      if (sea && pendingRole === 'virtual' && !sea.trunkAdapters.some((t) => t.name === mark[2])) sea.trunkAdapters.push({ name: mark[2]!, vlans: [] });
      return true;
    }
    const sec = SECTION.exec(line);
    if (sec) {
      const role: EntSectionRole = pendingRole ?? (aggregation ? 'member' : 'adapter');
      adapter = { line: n, name: sec[1]!, role, vlanTags: [], members: [] };
      adapters.push(adapter);
      if (role === 'member') aggregation!.members.push(adapter.name);
      if (pendingRole) aggregation = null;
      pendingRole = null;
      return true;
    }
    if (/^Statistics for adapters in the Shared Ethernet Adapter ent\d+$/.test(line)) return true;
    if (/^SEA THREADS INFORMATION$/.test(line) || /^Thread \.+ #\d+$/.test(line) || /^SEA Default Queue #\d+$/.test(line)) return true;
    const trunkPrio = /^Priority:\s*(\d+)\s+Active:\s*(True|False)$/i.exec(line);
    if (trunkPrio && adapter) {
      adapter.trunkPriority = Number(trunkPrio[1]);
      adapter.active = trunkPrio[2]!.toLowerCase() === 'true';
      return true;
    }
    const vlanIds = /^(ent\d+):\s*([\d\s]*)$/.exec(line);
    if (vlanIds && sea) {
      const t = sea.trunkAdapters.find((x) => x.name === vlanIds[1]);
      const vlans = numbers(vlanIds[2] ?? '');
      if (t) t.vlans = vlans; else sea.trunkAdapters.push({ name: vlanIds[1]!, vlans });
      return true;
    }
    const kv = KV.exec(line);
    if (!kv) return false;
    const key = kv[1]!;
    const value = kv[2]!;
    readValue(key, value);
    return true;
  });

  function readValue(key: string, value: string): void {
    if (key === 'Device Type' && adapter) {
      adapter.deviceType = value;
      if (/^Shared Ethernet Adapter$/i.test(value)) {
        adapter.role = 'sea';
        sea = { line: adapter.line, name: adapter.name, trunkAdapters: [] };
        seas.push(sea);
        aggregation = null;
      } else if (/Link Aggregation|EtherChannel/i.test(value) && adapter.role === 'real') aggregation = adapter;
      return;
    }
    if (key === 'Driver Flags' || key === 'SEA Flags') {
      context = 'flags';
      if (key === 'SEA Flags' && sea && adapter?.role === 'sea') sea.thread = false;
      return;
    }
    if (key === 'VLAN Ids') return;
    if (adapter) {
      if (key === 'Port VLAN ID') { const v = toInt(value); if (v !== undefined) adapter.pvid = v; return; }
      if (key === 'VLAN Tag IDs') { adapter.vlanTags = numbers(value); context = 'vlan-tags'; return; }
      if (key === 'Trunk Adapter') { adapter.trunk = /^true$/i.test(value); return; }
      if (key === 'Switch ID') { adapter.switchId = value; return; }
    }
    if (!sea || (adapter && adapter.role !== 'sea')) return;
    if (key === 'Control Channel PVID') { const v = toInt(value); if (v !== undefined) sea.controlChannelPvid = v; } else if (key === 'State') sea.state = value;
    else if (key === 'Bridge Mode') sea.bridgeMode = value;
    else if (key === 'High Availability Mode') sea.haMode = value;
    else if (key === 'Priority') { const v = toInt(value); if (v !== undefined) sea.priority = v; }
  }

  return { facts: { seas, adapters }, ...res };
}
