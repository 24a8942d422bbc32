import { describe, expect, it } from 'vitest';
import { checkIntegrity, partnerOf, type Design } from '../../model/index.ts';
import { buildDualViosTemplate } from '../../model/templates/sample.ts';
import { fixtureInputs } from '../import/fixtures/load.ts';
import { importTexts } from '../import/merge.ts';
import { parseScript } from './script-parse.ts';
import { buildScript } from './scripts.ts';
import { logicalLines, shellWords } from './shell-words.ts';

/** What a build script must carry, in words a PowerVM person would check: independent of record ids. */
function describeDesign(d: Design) {
  const dom = d.domain;
  const name = (id: string | null) => (id ? dom.partitions[id]!.name : null);
  const pairs = (rec: Design['domain']['vscsiAdapters'] | Design['domain']['vfcAdapters']) => Object.values(rec)
    .map((a) => `${name(a.partitionId)}:${a.slot}:${a.role}:${a.deviceName} -> ${name(a.remotePartitionId)}:${a.remoteSlot}${partnerOf(rec as Design['domain']['vscsiAdapters'], a as Design['domain']['vscsiAdapters'][string]) ? '' : ' (no partner)'}`).sort();
  const veth = (id: string | null) => (id ? dom.vethAdapters[id]! : null);
  return {
    partitions: Object.values(dom.partitions).map((p) => ({ name: p.name, lparId: p.lparId, kind: p.kind, processor: p.processor, memory: p.memory, maxVirtualSlots: p.maxVirtualSlots, tunables: p.tunables })).sort((a, b) => a.lparId - b.lparId),
    vscsi: pairs(dom.vscsiAdapters),
    vfc: pairs(dom.vfcAdapters),
    wwpns: Object.values(dom.vfcAdapters).filter((a) => a.wwpns).map((a) => `${name(a.partitionId)}:${a.slot}:${a.wwpns!.join(',')}`).sort(),
    vtds: Object.values(dom.vtds).map((v) => {
      const vhost = dom.vscsiAdapters[v.serverAdapterId]!;
      const bd = v.backingDeviceId ? dom.backingDevices[v.backingDeviceId]! : null;
      return `${name(vhost.partitionId)}:${vhost.deviceName}:${v.name}:${v.lun}:${bd ? `${bd.kind}:${bd.name}:${bd.reservePolicy}` : 'empty'}`;
    }).sort(),
    vfcmaps: Object.values(dom.vfcAdapters).filter((a) => a.role === 'server').map((a) => `${name(a.partitionId)}:${a.deviceName}:${a.physicalPortId ? dom.physicalPorts[a.physicalPortId]!.deviceName : '-'}`).sort(),
    veths: Object.values(dom.vethAdapters).map((a) => `${name(a.partitionId)}:${a.slot}:${a.deviceName}:${a.pvid}:${a.additionalVlans}:${a.trunk ? a.trunkPriority : '-'}`).sort(),
    seas: Object.values(dom.seas).map((s) => ({
      vios: name(s.partitionId), sea: s.deviceName, haMode: s.haMode, defaultPvid: s.defaultPvid,
      real: s.realAdapter ? (dom.physicalPorts[s.realAdapter.id] ?? dom.linkAggregations[s.realAdapter.id])!.deviceName : null,
      trunks: s.trunkAdapterIds.map((id) => veth(id)!.deviceName), control: veth(s.controlChannelId)?.deviceName,
    })).sort((a, b) => `${a.vios}${a.sea}`.localeCompare(`${b.vios}${b.sea}`)),
    frames: Object.values(dom.systems).map((s) => [s.name, s.typeModel, s.serial, s.generation, s.installedCores, s.installedMemoryMB]),
  };
}

describe('reading a build script back', () => {
  it('gives the sample template again: partitions, pairs with slots, VTDs with backing devices, vfcmaps and SEAs', () => {
    const sample = buildDualViosTemplate();
    const r = parseScript(buildScript(sample));
    expect(r.unparsed).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(checkIntegrity(r.design)).toEqual([]);
    expect(describeDesign(r.design)).toEqual(describeDesign(sample));
    expect(r.design.name).toBe(sample.name);
  });

  it('is a fixed point: export -> read -> export gives the same script, also for an imported design', () => {
    for (const d of [buildDualViosTemplate({ haMode: 'sharing' }), importTexts(fixtureInputs()).design]) {
      const script = buildScript(d);
      const r = parseScript(script);
      expect(r.unparsed).toEqual([]);
      expect(buildScript(r.design)).toBe(script);
    }
  });

  it('lists commands it does not know and lines it cannot split, and never throws', () => {
    const r = parseScript(['rmdev -dev ent9', 'mkvdev -sea ent0 -vadapter ent1', "echo 'open", 'cat /etc/passwd | mail x', '', '# a comment', 'cfgdev'].join('\n'));
    expect(r.unparsed.map((u) => u.line)).toEqual([1, 2, 3, 4]);
    expect(checkIntegrity(r.design)).toEqual([]);
    expect(() => parseScript('\u0000'.repeat(1000) + "\nmksyscfg -r lpar -m x -i 'name=\"broken'")).not.toThrow();
  });
});

describe('shell words', () => {
  it('splits like a POSIX shell for the quoting a build script uses', () => {
    expect(shellWords(`mksyscfg -m 'a b' -i 'x="1,2",y=it'\\''s' "q\\"w" e\\ f`)).toEqual(['mksyscfg', '-m', 'a b', '-i', `x="1,2",y=it's`, 'q"w', 'e f']);
    expect(shellWords("echo 'open")).toBeNull();
    expect(shellWords('echo $(id)')).toBeNull();
  });
  it('joins continued lines and keeps the first line number', () => {
    expect(logicalLines('a \\\n  b\nc\n')).toEqual([{ line: 1, text: 'a   b' }, { line: 3, text: 'c' }, { line: 4, text: '' }]);
  });
});
