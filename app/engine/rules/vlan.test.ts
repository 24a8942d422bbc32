import { runCases } from '../testing/harness.ts';
import { VLAN_CASES } from './vlan.cases.ts';

runCases(VLAN_CASES);
