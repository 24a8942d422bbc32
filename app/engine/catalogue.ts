import type { Rule, RuleTag, Severity } from './rules/types.ts';
import { SLOT_RULES } from './rules/slot.ts';
import { PAIR_RULES } from './rules/pair.ts';
import { VSCSI_RULES } from './rules/vscsi.ts';
import { NPIV_RULES } from './rules/npiv.ts';
import { VLAN_RULES } from './rules/vlan.ts';
import { SEA_RULES } from './rules/sea.ts';
import { SEAHA_RULES } from './rules/seaha.ts';
import { NIB_RULES } from './rules/nib.ts';
import { HEA_RULES } from './rules/hea.ts';
import { PHYS_RULES } from './rules/phys.ts';
import { CAPACITY_RULES } from './rules/capacity.ts';
import { GENERATION_RULES } from './rules/generation.ts';
import { REDUNDANCY_RULES } from './rules/redundancy.ts';
import { SRIOV_RULES } from './rules/sriov.ts';
import { VNIC_RULES } from './rules/vnic.ts';
import { SSP_RULES } from './rules/ssp.ts';
import { LPM_PARTITION_RULES } from './rules/lpm-partition.ts';
import { LPM_FRAME_RULES } from './rules/lpm-frame.ts';

const byNumber = (a: Rule, b: Rule): number => Number(a.id.split('-')[1]) - Number(b.id.split('-')[1]);
/** LPM-1 .. LPM-22 in order (per-partition and per-frame checks live in two files). */
export const LPM_RULES: readonly Rule[] = [...LPM_PARTITION_RULES, ...LPM_FRAME_RULES].sort(byNumber);

/** Every rule the engine checks, in catalogue order. */
export const RULES: readonly Rule[] = [
  ...SLOT_RULES, ...PAIR_RULES, ...VSCSI_RULES, ...NPIV_RULES, ...VLAN_RULES, ...SEA_RULES, ...SEAHA_RULES,
  ...NIB_RULES, ...HEA_RULES, ...PHYS_RULES, ...CAPACITY_RULES, ...GENERATION_RULES, ...REDUNDANCY_RULES,
  ...SRIOV_RULES, ...VNIC_RULES, ...SSP_RULES, ...LPM_RULES,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

/** A rule as the UI shows it: everything but the check function (serialisable through the worker). */
export interface RuleInfo {
  id: string;
  family: string;
  severity: Severity;
  tag: RuleTag;
  title: string;
  explanation: string;
  source: string;
}

export function ruleCatalogue(): RuleInfo[] {
  return RULES.map(({ id, family, severity, tag, title, explanation, source }) => ({ id, family, severity, tag, title, explanation, source }));
}
