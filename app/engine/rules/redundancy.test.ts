import { runCases } from '../testing/harness.ts';
import { REDUNDANCY_CASES } from './redundancy.cases.ts';

runCases(REDUNDANCY_CASES);
