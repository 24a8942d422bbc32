import { runCases } from '../testing/harness.ts';
import { VNIC_CASES } from './vnic.cases.ts';

runCases(VNIC_CASES);
