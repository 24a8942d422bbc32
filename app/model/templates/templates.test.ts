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

describe('templates against the rules', () => {
  it.each(TEMPLATES.map((t) => [t.file, t] as const))('%s has no error; the redundant designs no warning either', async (file, t) => {
    const { validate } = await import('../../engine/validate.ts');
    const r = validate(t.build());
    expect(r.counts.error).toBe(0);
    // Single VIOS and POWER6 HEA designs deserve their single-point-of-failure and no-LPM warnings.
    // The LPM template's Blocked partition is information from its LPM rule (the LPM rules are a view of the matrix).
    const stated = (x: { ruleId: string; severity: string }) => file === 'lpm-pair' && x.ruleId === 'LPM-10' && x.severity === 'info';
    if (REDUNDANT.has(file)) expect(r.diagnostics.filter((x) => !stated(x)).map((x) => x.ruleId)).toEqual([]);
    if (file === 'lpm-pair') expect(r.diagnostics.filter(stated).map((x) => x.message)).toEqual([expect.stringMatching(/^VLAN 20 \(aix02 ent1\) is not bridged/)]);
  });
  it.each(TEMPLATES.filter((t) => REDUNDANT.has(t.file)).map((t) => [t.file, t] as const))('%s survives any single failure of a VIOS, adapter, port, SEA or fabric with no Outage (N-1)', async (_file, t) => {
    const { AVOIDABLE, analyseSinglePoints, buildPathModel } = await import('../../engine/impact/index.ts');
    const outages = analyseSinglePoints(buildPathModel(t.build())).filter((e) => e.outages > 0 && e.components.every((c) => AVOIDABLE.has(c.kind)));
    expect(outages.map((e) => e.components.map((c) => c.name).join(' + '))).toEqual([]);
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
