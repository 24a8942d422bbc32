import { runCases } from '../testing/harness.ts';
import { HEA_CASES } from './hea.cases.ts';

runCases(HEA_CASES);
