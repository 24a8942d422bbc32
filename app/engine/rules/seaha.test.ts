import { runCases } from '../testing/harness.ts';
import { SEAHA_CASES } from './seaha.cases.ts';

runCases(SEAHA_CASES);
