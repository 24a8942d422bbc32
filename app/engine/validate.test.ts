import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import * as ops from '../model/ops/index.ts';
import { buildDualViosTemplate } from '../model/templates/sample.ts';
import { generateBenchDesign } from '../model/generate.ts';
import type { Design } from '../model/schema/index.ts';
import { validate } from './validate.ts';
import { base } from './testing/fixture.ts';

const summary = (d: Design) => validate(d).diagnostics.map((x) => `${x.ruleId} ${x.message}`);

describe('designs that must validate clean', () => {
  it('the dual-VIOS sample template has no errors, warnings or infos', () => {
    expect(summary(buildDualViosTemplate())).toEqual([]);
    expect(summary(buildDualViosTemplate({ clients: 1 }))).toEqual([]);
    expect(summary(buildDualViosTemplate({ clients: 6 }))).toEqual([]);
  });
  it('the engine test base is clean', () => {
    expect(summary(base().design)).toEqual([]);
  });
  it('the generated bench design of 1,000 clients has no errors (and no warnings)', () => {
    const r = validate(generateBenchDesign(1000));
    expect(r.counts.error).toBe(0);
    expect(r.counts.warning).toBe(0);
  }, 30_000); // generating and validating 1,000 clients takes seconds on a loaded machine
  it('an empty design is clean', () => {
    expect(summary(ops.emptyDesign())).toEqual([]);
  });
});

describe('validate', () => {
  const broken = () => produce(base().design, (d) => {
    const { id } = base();
    d.domain.backingDevices[id.hdisk1]!.reservePolicy = 'single_path'; // VSCSI-1 (error)
    d.domain.vethAdapters[id.eth1]!.mac = '02:00:00:00:00:01'; // VLAN-6 (warning) with eth2
    d.domain.vethAdapters[id.eth2]!.mac = '02:00:00:00:00:01';
    d.domain.vfcAdapters[id.vfc1]!.wwpns = undefined; // NPIV-8 (info)
  });

  it('sorts errors first, then warnings, then infos, and counts them', () => {
    const r = validate(broken());
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['VSCSI-1', 'VLAN-6', 'NPIV-8']);
    expect(r.counts).toEqual({ error: 1, warning: 1, info: 1 });
    expect(r.suppressed).toEqual([]);
  });

  it('names admin objects in messages and document ids in elementIds', () => {
    const [d] = validate(broken(), { rules: ['VSCSI-1'] }).diagnostics;
    expect(d!.message).toMatch(/hdisk0 on vios1 .*aix01.*reserve_policy=single_path/);
    expect(d!.elementIds.sort()).toEqual([base().id.aix01, base().id.hdisk1].sort());
    expect(d!.key).toBe(`VSCSI-1|${[base().id.aix01, base().id.hdisk1].sort().join(',')}`);
    expect(structuredClone(d)).toEqual(d);
  });

  it('runs only the rules asked for', () => {
    expect(validate(broken(), { rules: ['VLAN-6'] }).diagnostics.map((d) => d.ruleId)).toEqual(['VLAN-6']);
  });

  it('moves a diagnostic matched by a suppression (element ids in any order) to suppressed', () => {
    const [target] = validate(broken(), { rules: ['VSCSI-1'] }).diagnostics;
    const design = produce(broken(), (d) => { d.suppressions.push({ ruleId: 'VSCSI-1', elementIds: [...target!.elementIds].reverse(), reason: 'cluster disk, reserve handled by PowerHA' }); });
    const r = validate(design);
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['VLAN-6', 'NPIV-8']);
    expect(r.suppressed.map((d) => d.key)).toEqual([target!.key]);
    expect(r.counts).toEqual({ error: 0, warning: 1, info: 1 });
  });

  it('suppresses a whole rule with empty element ids, and only that rule', () => {
    const design = produce(broken(), (d) => { d.suppressions.push({ ruleId: 'NPIV-8', elementIds: [], reason: 'WWPNs come from the HMC later' }); });
    const r = validate(design);
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['VSCSI-1', 'VLAN-6']);
    expect(r.suppressed.map((d) => d.ruleId)).toEqual(['NPIV-8']);
  });

  it('does not suppress on a partial element match', () => {
    const design = produce(broken(), (d) => { d.suppressions.push({ ruleId: 'VSCSI-1', elementIds: [base().id.hdisk1], reason: 'x' }); });
    expect(validate(design).counts.error).toBe(1);
  });
});
