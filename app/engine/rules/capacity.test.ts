import { runCases } from '../testing/harness.ts';
import { CAPACITY_CASES } from './capacity.cases.ts';

runCases(CAPACITY_CASES);
