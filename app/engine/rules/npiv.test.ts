import { runCases } from '../testing/harness.ts';
import { NPIV_CASES } from './npiv.cases.ts';

runCases(NPIV_CASES);
