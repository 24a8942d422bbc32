import { runCases } from '../testing/harness.ts';
import { PHYS_CASES } from './phys.cases.ts';

runCases(PHYS_CASES);
