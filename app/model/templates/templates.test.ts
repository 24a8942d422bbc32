import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPLATES } from './index.ts';
import { openDesign, saveDesign } from '../design-file.ts';

describe('shipped templates', () => {
  it.each(TEMPLATES.map((t) => [t.file, t] as const))('public/templates/%s.json matches its builder (run npm run templates)', (file, t) => {
    const text = readFileSync(join(__dirname, '../../../public/templates', `${file}.json`), 'utf8');
    expect(openDesign(text).ok).toBe(true);
    expect(text).toBe(saveDesign(t.build()));
  });
});

/** Templates built for redundancy: no diagnostic at all, and no Outage from any single avoidable failure. */
const REDUNDANT = new Set(['sample', 'npiv-sharing', 'lpm-pair', 'power10-modern']);

/**
 * The warnings each template that is not redundant is meant to show (rule id x count): a single VIOS and a POWER6 with HEA
 * deserve their single-point-of-failure and no-LPM warnings. Any other diagnostic is a defect of the template.
 */
const ACCEPTED_WARNINGS: Record<string, string[]> = {
  'single-vios': ['NPIV-9 x3', 'RED-1 x1', 'RED-2 x2', 'RED-3 x1', 'RED-4 x3'],
  'power6-hea': ['HEA-7 x3', 'RED-1 x1', 'RED-2 x1', 'RED-3 x1', 'RED-4 x2'],
};

/**
 * Components whose single failure may leave an Outage even in a redundant design, because the design draws one of them by
 * nature: the frame, a storage array and its LUNs (SSP pool disks included; their redundancy is inside the array), the
 * Ethernet switch (the LAN outside the frame is not drawn in detail) and an SEA pair's control channel (a hypervisor
 * adapter: its loss stands for a misconfiguration where both SEAs bridge).
 */
const SINGLE_BY_NATURE = new Set(['frame', 'storage-array', 'lun', 'ethernet-switch', 'control-channel']);

const tally = (ids: string[]): string[] => [...new Set(ids)].sort().map((id) => `${id} x${ids.filter((x) => x === id).length}`);

describe('templates against the rules', () => {
  it.each(TEMPLATES.map((t) => [t.file, t] as const))('%s has no error; the redundant designs no warning either, the others only their accepted warnings', async (file, t) => {
    const { validate } = await import('../../engine/validate.ts');
    const r = validate(t.build());
    expect(r.counts.error).toBe(0);
    expect(tally(r.diagnostics.map((x) => x.ruleId))).toEqual(REDUNDANT.has(file) ? [] : ACCEPTED_WARNINGS[file] ?? []);
  });
  it.each(TEMPLATES.filter((t) => REDUNDANT.has(t.file)).map((t) => [t.file, t] as const))('%s survives any single failure (N-1 over every failable component) with no Outage', async (_file, t) => {
    const { AVOIDABLE, analyseSinglePoints, buildPathModel } = await import('../../engine/impact/index.ts');
    const n1 = analyseSinglePoints(buildPathModel(t.build()));
    const outages = n1.filter((e) => e.outages > 0 && !e.components.every((c) => SINGLE_BY_NATURE.has(c.kind)));
    expect(outages.map((e) => e.components.map((c) => `${c.kind} ${c.name}`).join(' + '))).toEqual([]);
    // every avoidable component was tried (each is in N-1), and none is accepted as single by nature
    expect(n1.filter((e) => AVOIDABLE.has(e.components[0]!.kind)).length).toBeGreaterThan(0);
    for (const k of AVOIDABLE) expect(SINGLE_BY_NATURE.has(k)).toBe(false);
  });
  it('the POWER10 template also survives any single SR-IOV adapter, physical port or logical port: its vNICs fail over (Degraded)', async () => {
    const { analyseSinglePoints, buildPathModel } = await import('../../engine/impact/index.ts');
    const n1 = analyseSinglePoints(buildPathModel(TEMPLATES.find((t) => t.file === 'power10-modern')!.build()));
    const sriov = n1.filter((e) => e.components[0]!.kind.startsWith('sriov'));
    expect(new Set(sriov.map((e) => e.components[0]!.kind))).toEqual(new Set(['sriov-adapter', 'sriov-port', 'sriov-logical-port']));
    for (const e of sriov) {
      expect(e.outages).toBe(0);
      expect(e.degraded).toBeGreaterThan(0);
    }
  });
});

describe('the LPM template', () => {
  it('has one partition Ready and one Blocked for the reason its description states', async () => {
    const { lpmMatrix, cellReasons } = await import('../../engine/lpm/index.ts');
    const design = TEMPLATES.find((t) => t.file === 'lpm-pair')!.build();
    const m = lpmMatrix(design);
    const frame = (name: string) => m.frames.find((f) => f.name === name)!.id;
    const cell = (name: string, to: string) => {
      const row = m.rows.find((r) => r.name === name)!;
      const c = row.cells.find((x) => x.destinationId === frame(to))!;
      return { status: c.status, rules: cellReasons(row, c).map((x) => x.ruleId) };
    };
    expect(cell('aix01', 'p10-b')).toEqual({ status: 'ready', rules: [] });
    expect(cell('aix02', 'p10-b')).toEqual({ status: 'blocked', rules: ['LPM-10'] });
    expect(cell('lnx01', 'p10-a')).toEqual({ status: 'ready', rules: [] });
    expect(design.description).toMatch(/aix02 is Blocked .*VLAN 20.*LPM-10/);
  });
});

describe('the POWER10 template', () => {
  it('has vNIC failover across two VIOS and two SR-IOV adapters, SSP-backed rootvg through both VIOS, and NPIV', () => {
    const d = TEMPLATES.find((t) => t.file === 'power10-modern')!.build().domain;
    expect(Object.values(d.systems).map((s) => [s.generation, s.powervmEdition])).toEqual([['POWER10', 'enterprise']]);
    expect(Object.values(d.sriovAdapters).map((a) => a.mode)).toEqual(['shared', 'shared']);
    const clients = Object.values(d.partitions).filter((p) => p.kind !== 'vios');
    expect(clients).toHaveLength(3);
    for (const c of clients) {
      const vnics = Object.values(d.vnicAdapters).filter((v) => v.partitionId === c.id);
      expect(vnics).toHaveLength(1);
      const backing = Object.values(d.vnicBackingDevices).filter((b) => b.vnicId === vnics[0]!.id).map((b) => d.sriovLogicalPorts[b.logicalPortId]!);
      expect(new Set(backing.map((lp) => lp.partitionId)).size).toBe(2);
      expect(new Set(backing.map((lp) => d.sriovPhysicalPorts[lp.physicalPortId]!.adapterId)).size).toBe(2);
      const lus = Object.values(d.backingDevices).filter((b) => b.kind === 'ssp-lu' && Object.values(d.vtds).some((v) => v.backingDeviceId === b.id && d.vscsiAdapters[v.serverAdapterId]!.remotePartitionId === c.id));
      expect(new Set(lus.map((b) => b.partitionId)).size).toBe(2);
      expect(Object.values(d.vfcAdapters).filter((a) => a.partitionId === c.id && a.role === 'client')).toHaveLength(2);
    }
  });
});
