import { describe, expect, it } from 'vitest';
import { RULES, ruleCatalogue } from './catalogue.ts';
import type { RuleCase } from './testing/fixture.ts';
import { SLOT_CASES } from './rules/slot.cases.ts';
import { PAIR_CASES } from './rules/pair.cases.ts';
import { VSCSI_CASES } from './rules/vscsi.cases.ts';
import { NPIV_CASES } from './rules/npiv.cases.ts';
import { VLAN_CASES } from './rules/vlan.cases.ts';
import { SEA_CASES } from './rules/sea.cases.ts';
import { SEAHA_CASES } from './rules/seaha.cases.ts';
import { NIB_CASES } from './rules/nib.cases.ts';
import { HEA_CASES } from './rules/hea.cases.ts';
import { PHYS_CASES } from './rules/phys.cases.ts';
import { CAPACITY_CASES } from './rules/capacity.cases.ts';
import { GENERATION_CASES } from './rules/generation.cases.ts';
import { REDUNDANCY_CASES } from './rules/redundancy.cases.ts';
import { SRIOV_CASES } from './rules/sriov.cases.ts';
import { VNIC_CASES } from './rules/vnic.cases.ts';
import { SSP_CASES } from './rules/ssp.cases.ts';
import { LPM_CASES } from './rules/lpm.cases.ts';

const CASES: RuleCase[] = [
  ...SLOT_CASES, ...PAIR_CASES, ...VSCSI_CASES, ...NPIV_CASES, ...VLAN_CASES, ...SEA_CASES, ...SEAHA_CASES, ...NIB_CASES,
  ...HEA_CASES, ...PHYS_CASES, ...CAPACITY_CASES, ...GENERATION_CASES, ...REDUNDANCY_CASES,
  ...SRIOV_CASES, ...VNIC_CASES, ...SSP_CASES, ...LPM_CASES,
];

/** Every rule id of MODERN.md section 6. */
const MODERN_IDS = [
  ...Array.from({ length: 11 }, (_, i) => `SRIOV-${i + 1}`), ...Array.from({ length: 11 }, (_, i) => `VNIC-${i + 1}`),
  ...Array.from({ length: 12 }, (_, i) => `SSP-${i + 1}`), ...Array.from({ length: 22 }, (_, i) => `LPM-${i + 1}`),
];
/** MODERN.md rules derived by us ([D]): warnings, never errors. */
const MODERN_DERIVED = ['SRIOV-8', 'SSP-11'];
/**
 * Errors that rest on what the HMC (and the inspector) refuses rather than on a confirmed document: VNIC-6 (priority
 * 1..100, practitioner source), CAP-4 and CAP-6 (validator consequences of REFERENCE.md 1.3, issue 14 item 6).
 */
const HMC_REFUSES = ['VNIC-6', 'CAP-4', 'CAP-6', 'NPIV-1'];
const MODERN_FAMILIES = new Set(['sriov', 'vnic', 'ssp', 'lpm']);
const IBM_URL = /^(HMC help [^;]*)?https?:\/\/(www\.|www-01\.)?(ibm\.com|community\.ibm\.com)\//;

/** Every rule id of REFERENCE.md section 2. */
const REFERENCE_IDS = [
  'SLOT-1', 'SLOT-2', 'PAIR-1', 'PAIR-2', 'PAIR-3', 'PAIR-4',
  ...Array.from({ length: 11 }, (_, i) => `VSCSI-${i + 1}`), ...Array.from({ length: 11 }, (_, i) => `NPIV-${i + 1}`),
  ...Array.from({ length: 7 }, (_, i) => `VLAN-${i + 1}`), ...Array.from({ length: 9 }, (_, i) => `SEA-${i + 1}`),
  ...Array.from({ length: 8 }, (_, i) => `SEAHA-${i + 1}`), 'NIB-1', 'NIB-2', 'NIB-3', 'HEA-LACP',
  ...Array.from({ length: 11 }, (_, i) => `HEA-${i + 1}`), 'PHYS-1', 'PHYS-2',
];
/** Reference rules the design document cannot express (see the report): no MTU field, no record of MCS changes. */
const NOT_CHECKABLE = ['VLAN-7', 'HEA-4'];

describe('rule catalogue', () => {
  it('has unique ids and every field filled', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.title.length, r.id).toBeGreaterThan(10);
      expect(r.title, r.id).not.toContain('\n');
      expect(r.explanation.length, r.id).toBeGreaterThan(40);
      expect(r.source, r.id).toMatch(/https?:\/\//);
    }
  });

  it('covers every checkable rule of the reference, with the reference ids', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const id of REFERENCE_IDS) if (!NOT_CHECKABLE.includes(id)) expect(ids.has(id), id).toBe(true);
    for (const id of NOT_CHECKABLE) expect(ids.has(id), id).toBe(false);
    for (const prefix of ['CAP-', 'GEN-', 'RED-']) expect(RULES.some((r) => r.id.startsWith(prefix)), prefix).toBe(true);
  });

  it('covers every rule id of MODERN.md section 6, in order within each family', () => {
    const ids = RULES.map((r) => r.id);
    for (const id of MODERN_IDS) expect(ids, id).toContain(id);
    const modern = ids.filter((id) => MODERN_IDS.includes(id));
    expect(modern).toEqual(MODERN_IDS);
  });

  it('links IBM documentation first for confirmed MODERN rules, and names an archived copy as such', () => {
    for (const r of RULES.filter((x) => MODERN_FAMILIES.has(x.family))) {
      if (r.tag === 'C') expect(r.source, r.id).toMatch(IBM_URL);
      for (const part of r.source.split(' ; ')) {
        if (/mirror\.0f\.sk|scribd\.com|archive\.org/.test(part)) expect(part, r.id).toMatch(/^archived copy \(/);
      }
    }
  });

  it('makes errors only of confirmed facts ([C], or derived rules applying [C] facts)', () => {
    for (const r of RULES) {
      if (r.severity !== 'error') continue;
      if (HMC_REFUSES.includes(r.id)) { expect(r.explanation, r.id).toMatch(/the HMC refuses/i); continue; }
      expect(['C', 'D'], r.id).toContain(r.tag);
      if (r.tag === 'D') expect(r.explanation, r.id).toMatch(/confirmed/);
    }
    for (const r of RULES) if (r.tag === 'D') expect(['CAP-', 'GEN-', 'RED-'].some((p) => r.id.startsWith(p)) || MODERN_DERIVED.includes(r.id), r.id).toBe(true);
    for (const id of MODERN_DERIVED) expect(RULES.find((r) => r.id === id)?.severity, id).toBe('warning');
    for (const r of RULES) if (r.tag === 'U' && MODERN_FAMILIES.has(r.family)) expect(r.severity, r.id).toBe('info');
  });

  it('has a triggering test case for every rule', () => {
    const tested = new Set(CASES.map((c) => c.rule));
    for (const r of RULES) expect(tested.has(r.id), `${r.id} has no test case`).toBe(true);
  });

  it('serialises without the check functions', () => {
    const list = ruleCatalogue();
    expect(list).toHaveLength(RULES.length);
    expect(JSON.parse(JSON.stringify(list))).toEqual(list);
    expect(Object.keys(list[0]!).sort()).toEqual(['explanation', 'family', 'id', 'severity', 'source', 'tag', 'title']);
  });
});
