import { type Parsed, Refusal, toInt, toNumber, walkLines } from './report.ts';

/**
 * Shared Storage Pool listings of the VIOS (MODERN.md 3.3): `cluster -status [-clustername c] [-verbose]`,
 * `lssp -clustername c` and `lu -list [-fmt d -header]`. The plain forms are column listings whose spacing is not
 * reliable (the one real sample lost it): rows are read by whitespace, columns by the names in their header.
 */

export interface ClusterNodeFact {
  line: number;
  name: string;
  /** Machine type-model and serial as `cluster -status` prints them together, e.g. 8284-22A022132E0W. */
  mtm?: string;
  partitionId?: number;
  state?: string;
  poolState?: string;
  roles?: string;
}

export interface ClusterFact {
  line: number;
  name: string;
  state?: string;
  poolName?: string;
  poolState?: string;
  nodes: ClusterNodeFact[];
}

export interface ClusterStatusFacts { clusters: ClusterFact[] }

const CLUSTER_HEADER = /^Cluster Name\s+State\s*$/i;
const NODE_HEADER = /^Node Name\s+MTM\s+Partition Num\s+State(\s+Pool State)?/i;
const VERBOSE = /^(Cluster|Node|Pool) ([A-Za-z ]+?):\s*(.*)$/;

/** Parses `cluster -status` in its plain form and in its `-verbose` (`Key: value`) form. */
export function parseClusterStatus(text: string): Parsed<ClusterStatusFacts> {
  const clusters: ClusterFact[] = [];
  let cluster: ClusterFact | null = null;
  let node: ClusterNodeFact | null = null;
  let inNodes = false;
  const res = walkLines(text, (raw, n) => {
    const line = raw.trim();
    if (CLUSTER_HEADER.test(line)) { inNodes = false; return true; }
    if (NODE_HEADER.test(line)) {
      if (!cluster) return new Refusal(1, 'a node header before any cluster line');
      inNodes = true;
      return true;
    }
    const v = VERBOSE.exec(line);
    if (v) {
      const [, what, key, value = ''] = v;
      const k = key!.toLowerCase();
      if (what === 'Cluster' && k === 'name') { cluster = { line: n, name: value, nodes: [] }; clusters.push(cluster); node = null; return !!value || new Refusal(1, 'a cluster without a name'); }
      if (!cluster) return new Refusal(1, `${what} ${key} before any "Cluster Name:" line`);
      if (what === 'Cluster') { if (k === 'state') cluster.state = value; return k === 'state' || k === 'id' || k === 'number of nodes' || new Refusal(9, `cluster field "${key}" is not read`); }
      if (what === 'Node') {
        if (k === 'name') { node = { line: n, name: value }; cluster.nodes.push(node); return !!value || new Refusal(1, 'a node without a name'); }
        if (!node) return new Refusal(1, `Node ${key} before any "Node Name:" line`);
        if (k === 'mtm') node.mtm = value;
        else if (k === 'partition num') { const id = toInt(value); if (id === undefined || id < 1) return new Refusal(21, `partition number ${value} is not a partition id`); node.partitionId = id; } else if (k === 'state') node.state = value;
        else if (k === 'roles') node.roles = value;
        else if (k !== 'id' && k !== 'repos state' && k !== 'upgrade status') return new Refusal(6, `node field "${key}" is not read`);
        return true;
      }
      if (k === 'name') { cluster.poolName = value; return true; }
      if (k === 'state') { cluster.poolState = value; return true; }
      return k === 'id' || k === 'mirror state' || new Refusal(6, `pool field "${key}" is not read`);
    }
    const f = line.split(/\s+/);
    if (!inNodes) {
      if (f.length !== 2) return false;
      cluster = { line: n, name: f[0]!, state: f[1]!, nodes: [] };
      clusters.push(cluster);
      return true;
    }
    if (f.length < 4 || f.length > 7) return new Refusal(1, `${f.length} columns; a node row has name, MTM, partition number, state and pool state`);
    const id = toInt(f[2]);
    if (id === undefined || id < 1) return new Refusal(raw.indexOf(f[2]!) + 1, `partition number ${f[2]} is not a partition id`);
    const row: ClusterNodeFact = { line: n, name: f[0]!, mtm: f[1]!, partitionId: id, state: f[3]! };
    if (f[4]) row.poolState = f[4];
    cluster!.nodes.push(row);
    return true;
  });
  return { facts: { clusters }, ...res };
}

export interface PoolFact { line: number; name: string; sizeMB?: number; freeMB?: number; lus?: number; id?: string }
export interface LsspFacts { pools: PoolFact[] }

const POOL_HEADER = /^Pool\s+Size\(mb\)\s+Free\(mb\)/i;
const POOL_KEY = /^(POOL_NAME|POOL_SIZE|FREE_SPACE|TOTAL_LU_SIZE|OVERCOMMIT_SIZE|TOTAL_LUS|POOL_TYPE|POOL_ID):\s*(\S*)\s*$/;

/** Parses `lssp -clustername c`: the column form (Pool, Size(mb), Free(mb), ...) and the `KEY: value` form. */
export function parseLssp(text: string): Parsed<LsspFacts> {
  const pools: PoolFact[] = [];
  let cols: string[] | null = null;
  let cur: PoolFact | null = null;
  const res = walkLines(text, (raw, n) => {
    const line = raw.trim();
    if (POOL_HEADER.test(line)) { cols = line.split(/\s+/).map((c) => c.toLowerCase()); return true; }
    const kv = POOL_KEY.exec(line);
    if (kv) {
      const [, key, value = ''] = kv;
      if (key === 'POOL_NAME') { cur = { line: n, name: value }; pools.push(cur); return !!value || new Refusal(11, 'a pool without a name'); }
      if (!cur) return new Refusal(1, `${key} before any POOL_NAME line`);
      const num = toNumber(value);
      if (key === 'POOL_SIZE' || key === 'FREE_SPACE' || key === 'TOTAL_LUS') {
        if (num === undefined) return new Refusal(key.length + 2, `${key} ${value} is not a number`);
        if (key === 'POOL_SIZE') cur.sizeMB = num; else if (key === 'FREE_SPACE') cur.freeMB = num; else cur.lus = num;
      } else if (key === 'POOL_ID') cur.id = value;
      return true;
    }
    if (!cols) return false;
    const f = line.split(/\s+/);
    if (f.length !== cols.length) return new Refusal(1, `${f.length} columns under a header of ${cols.length}`);
    const get = (c: string) => f[cols!.indexOf(c)];
    const size = toNumber(get('size(mb)'));
    const free = toNumber(get('free(mb)'));
    if (size === undefined || free === undefined) return new Refusal(raw.indexOf(f[1]!) + 1, 'Size(mb) and Free(mb) are numbers');
    const p: PoolFact = { line: n, name: f[0]!, sizeMB: size, freeMB: free };
    const lus = toInt(get('lus'));
    if (lus !== undefined) p.lus = lus;
    if (get('poolid')) p.id = get('poolid');
    pools.push(p);
    return true;
  });
  return { facts: { pools }, ...res };
}

export interface LuFact { line: number; name: string; poolName?: string; tier?: string; sizeMB: number; unusedMB?: number; udid?: string; thick?: boolean }
export interface LuListFacts { lus: LuFact[] }

/** Column names of `lu -list` as the importer reads them (plain header, or `-fmt d -header`). */
const COLUMN: Record<string, keyof LuFact> = {
  lu_name: 'name', 'size(mb)': 'sizeMB', lu_size: 'sizeMB', 'lu_size(mb)': 'sizeMB', 'unused(mb)': 'unusedMB', lu_unused: 'unusedMB',
  udid: 'udid', lu_udid: 'udid', pool_name: 'poolName', tier_name: 'tier', lu_provision_type: 'thick', provision_type: 'thick',
};

function luFrom(cols: string[], f: string[], n: number, context: { pool?: string; tier?: string }): LuFact | Refusal {
  if (f.length !== cols.length) return new Refusal(1, `${f.length} columns under a header of ${cols.length}`);
  const lu: Partial<LuFact> & { line: number } = { line: n, ...(context.pool ? { poolName: context.pool } : {}), ...(context.tier ? { tier: context.tier } : {}) };
  cols.forEach((c, i) => {
    const key = COLUMN[c];
    const v = f[i]!;
    if (!key) return;
    if (key === 'sizeMB' || key === 'unusedMB') lu[key] = toNumber(v);
    else if (key === 'thick') lu.thick = /thick/i.test(v);
    else (lu as Record<string, unknown>)[key] = v;
  });
  if (!lu.name) return new Refusal(1, 'no LU_NAME');
  if (lu.sizeMB === undefined || !(lu.sizeMB > 0)) return new Refusal(1, `the size of ${lu.name} is not a positive number of MB`);
  return lu as LuFact;
}

/**
 * Parses `lu -list`: `POOL_NAME:` / `TIER_NAME:` lines, then a header (LU_NAME SIZE(MB) UNUSED(MB) UDID) and one
 * row per LU; or `-fmt <d> -header`, whose header names the fields. Without `-header` the -fmt field order is not
 * documented, so such lines are reported, not guessed.
 */
export function parseLuList(text: string): Parsed<LuListFacts> {
  const lus: LuFact[] = [];
  const context: { pool?: string; tier?: string } = {};
  let cols: string[] | null = null;
  let delim: string | null = null;
  const res = walkLines(text, (raw, n) => {
    const line = raw.trim();
    const header = /(^|[^\w(])LU_NAME($|[^\w(])/i.test(line) && /SIZE/i.test(line);
    const ctx = header ? null : /^(POOL_NAME|TIER_NAME):\s*(\S+)\s*$/.exec(line);
    if (ctx) { if (ctx[1] === 'POOL_NAME') context.pool = ctx[2]; else context.tier = ctx[2]; cols = null; return true; }
    if (header) {
      delim = /^\S+?([^\w\s()])/.exec(line)?.[1] ?? null;
      const names = (delim && !/\s/.test(line) ? line.split(delim) : line.split(/\s+/)).map((c) => c.toLowerCase());
      if (!names.some((c) => COLUMN[c] === 'name') || !names.some((c) => COLUMN[c] === 'sizeMB')) return new Refusal(1, 'an lu -list header without LU_NAME and a size');
      if (!delim || /\s/.test(line)) delim = null;
      cols = names;
      return true;
    }
    if (!cols) return false;
    const lu = luFrom(cols, delim ? line.split(delim) : line.split(/\s+/), n, context);
    if (lu instanceof Refusal) return lu;
    lus.push(lu);
    return true;
  });
  return { facts: { lus }, ...res };
}
