import { runCases } from '../testing/harness.ts';
import { SRIOV_CASES } from './sriov.cases.ts';

runCases(SRIOV_CASES);
