import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkIntegrity, designSchema, type Design } from '../../model/index.ts';
import { importTexts } from './merge.ts';

/** The real outputs beside the project (../shared/powervm/outputs); read, never copied. */
const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/powervm/outputs');
const present = existsSync(DIR);
const files = present ? readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort() : [];
const read = (f: string) => readFileSync(path.join(DIR, f), 'utf8');

interface Named {
  partitions: string[]; lparIds: number[]; vhosts: string[]; vtds: string[]; backings: string[]; vfchosts: string[];
  fcPorts: string[]; seas: string[]; realAdapters: string[]; trunks: string[];
}

/** What a text names, found with plain regular expressions, independently of the parsers. */
function namedIn(raw: string): Named {
  const n: Named = { partitions: [], lparIds: [], vhosts: [], vtds: [], backings: [], vfchosts: [], fcPorts: [], seas: [], realAdapters: [], trunks: [] };
  const lines = raw.split(/\r?\n/).map((l) => l.replace(/^.*?\| \|/, ''));
  const all = (re: RegExp, into: string[], text = lines.join('\n')) => { for (const m of text.matchAll(re)) into.push(m[1]!); };
  const text = lines.join('\n');
  all(/^\s*(vhost\d+)\s+U/gm, n.vhosts);
  all(/^\s*VTD\s+(?!NO VIRTUAL)(\S+)/gm, n.vtds);
  if (/^\s*SVSA/m.test(text)) all(/^\s*Backing device\s+(\S+)/gm, n.backings);
  for (const m of text.matchAll(/-V(\d+)-C\d+/g)) n.lparIds.push(Number(m[1]));
  for (const m of text.matchAll(/^\s*vhost\d+\s+\S+\s+0x([0-9a-f]+)/gim)) if (parseInt(m[1]!, 16)) n.lparIds.push(parseInt(m[1]!, 16));
  all(/^\s*(vfchost\d+)/gm, n.vfchosts);
  all(/FC name:(fcs\d+)/g, n.fcPorts);
  for (const l of lines) { const f = l.split(':'); if (/^vfchost\d+$/.test(f[0] ?? '') && f[6]) n.fcPorts.push(f[6]); }
  for (const m of text.matchAll(/^[ \t]*(vfchost\d+)[ \t]+U\S+[ \t]+\d+[ \t]+(\S+)/gm)) n.partitions.push(m[2]!);
  for (const l of lines) { const f = l.split(':'); if (/^vfchost\d+$/.test(f[0] ?? '') && f[3]) n.partitions.push(f[3]); }
  all(/(?:^|,)(?:lpar_)?name=([^,]+),lpar_id=/gm, n.partitions);
  all(/remote_lpar_name=([^,]+)/g, n.partitions);
  const uname = raw.match(/^uname -n\| \|(.+)$/m);
  if (uname) n.partitions.push(uname[1]!.trim());
  if (/^\s*SVEA/m.test(text)) {
    all(/^\s*SEA\s+(ent\d+)/gm, n.seas);
    all(/^\s*Backing device\s+(ent\d+)/gm, n.realAdapters);
    for (const m of text.matchAll(/^\s*(ent\d+)\s+U\S+\s*\n\s*\n\s*SEA\s+ent\d+/gm)) n.trunks.push(m[1]!);
  }
  all(/ETHERNET STATISTICS \((ent\d+)\) :\nDevice Type: Shared Ethernet Adapter/g, n.seas);
  all(/^Real Adapter: (ent\d+)/gm, n.realAdapters);
  all(/^\s+(ent\d+):(?: \d+)+\s*$/gm, n.trunks);
  all(/^Virtual Adapter: (ent\d+)/gm, n.trunks);
  for (const m of text.matchAll(/lpar_name=([^,]+),lpar_id=\d+,slot_num=(\d+),.*is_trunk=1/g)) n.trunks.push(`${m[1]}@${m[2]}`);
  return n;
}

/** The names in `named` that the design lacks, by category. */
function missingFrom(d: Design, named: Named): Partial<Record<keyof Named, string[]>> {
  const dom = d.domain;
  const partitions = Object.values(dom.partitions);
  const server = (rec: Record<string, { role: string; deviceName: string }>) => new Set(Object.values(rec).filter((a) => a.role === 'server').map((a) => a.deviceName));
  const veths = Object.values(dom.vethAdapters);
  const have: Record<keyof Named, (x: string) => boolean> = {
    partitions: (x) => partitions.some((p) => p.name === x || p.name.startsWith(x)),
    lparIds: (x) => partitions.some((p) => p.lparId === Number(x)),
    vhosts: (x) => server(dom.vscsiAdapters).has(x),
    vtds: (x) => Object.values(dom.vtds).some((v) => v.name === x),
    backings: (x) => Object.values(dom.backingDevices).some((b) => b.name === x || b.name === x.replace(/^.*\//, '')),
    vfchosts: (x) => server(dom.vfcAdapters).has(x),
    fcPorts: (x) => Object.values(dom.physicalPorts).some((p) => p.kind === 'fc' && p.deviceName === x),
    seas: (x) => Object.values(dom.seas).some((s) => s.deviceName === x),
    realAdapters: (x) => Object.values(dom.seas).some((s) => s.realAdapter && (dom.physicalPorts[s.realAdapter.id]?.deviceName ?? dom.linkAggregations[s.realAdapter.id]?.deviceName) === x),
    trunks: (x) => {
      const [name, slot] = x.split('@');
      return slot
        ? veths.some((v) => v.trunk && v.slot === Number(slot) && dom.partitions[v.partitionId]?.name === name)
        : veths.some((v) => v.trunk && v.deviceName === x);
    },
  };
  const out: Partial<Record<keyof Named, string[]>> = {};
  for (const k of Object.keys(have) as (keyof Named)[]) {
    const missing = [...new Set(named[k].map(String))].filter((x) => !have[k](x));
    if (missing.length) out[k] = missing;
  }
  return out;
}

describe('the real outputs in ../shared/powervm/outputs', () => {
  it.skipIf(!present)(`imports every file on its own with everything it names (${files.length} files)`, () => {
    for (const f of files) {
      const { design, report } = importTexts([{ name: f, text: read(f) }]);
      expect(() => designSchema.parse(design), f).not.toThrow();
      expect(checkIntegrity(design), f).toEqual([]);
      expect(report.files[0]!.kind, f).not.toBe('unknown');
      expect(missingFrom(design, namedIn(read(f))), f).toEqual({});
    }
  });

  it.skipIf(!present)('imports all files together into one design with everything each names', () => {
    const { design, report } = importTexts(files.map((f) => ({ name: f, text: read(f) })));
    expect(checkIntegrity(design)).toEqual([]);
    for (const f of files) expect(missingFrom(design, namedIn(read(f))), f).toEqual({});
    const counted = files.map((f) => namedIn(read(f)));
    const total = (k: keyof Named) => new Set(counted.flatMap((n) => n[k].map(String))).size;
    expect(total('vhosts') + total('vfchosts') + total('vtds') + total('seas') + total('trunks')).toBeGreaterThan(30);
    const sea = (name: string) => Object.values(design.domain.seas).find((s) => s.deviceName === name)!;
    const veth = (id: string | null) => design.domain.vethAdapters[id!]!;
    expect(sea('ent21')).toMatchObject({ haMode: 'auto', defaultPvid: 137 });
    expect(sea('ent21').trunkAdapterIds.map((id) => [veth(id).deviceName, veth(id).pvid, veth(id).trunkPriority])).toEqual([['ent13', 137, 2]]);
    expect([veth(sea('ent21').controlChannelId).deviceName, veth(sea('ent21').controlChannelId).pvid]).toEqual(['ent12', 136]);
    expect(sea('ent22').trunkAdapterIds.map((id) => [veth(id).deviceName, veth(id).trunkPriority])).toEqual([['ent16', 1]]);
    // Only the author's header and the collector trailer of 01 and nothing else stays unread.
    expect(report.files.flatMap((r) => r.unparsed.map((u) => `${r.name}:${u.line}`))).toEqual(['01-lsmap-all-npiv.txt:1', '01-lsmap-all-npiv.txt:192', '01-lsmap-all-npiv.txt:193']);
  });

  it.skipIf(!present)('joins the lshwres scsi pairs of 04 both ways, with the profile of 12 and the partitions of 11', () => {
    const { design: d } = importTexts(['04-lshwres-virtualio-scsi.txt', '11-lssyscfg-lpar.txt', '12-lssyscfg-prof.txt'].map((f) => ({ name: f, text: read(f) })));
    const name = (id: string | null) => (id ? d.domain.partitions[id]!.name : null);
    const rows = Object.values(d.domain.vscsiAdapters).map((a) => `${name(a.partitionId)}:${a.slot}:${a.role}->${name(a.remotePartitionId)}:${a.remoteSlot}`).sort();
    expect(rows).toEqual(['nim1:2:client->vios1:2', 'nim1:3:client->vios2:2', 'vios1:2:server->nim1:2', 'vios2:2:server->nim1:3']);
    expect(Object.values(d.domain.systems).map((s) => s.serial)).toEqual(['6535CCG']);
  });

  it.runIf(!present)('skips: ../shared/powervm/outputs is not beside the project', () => {
    console.warn(`Skipped the shared-outputs import test: ${DIR} does not exist`);
  });
});
