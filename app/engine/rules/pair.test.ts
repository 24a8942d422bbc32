import { runCases } from '../testing/harness.ts';
import { PAIR_CASES } from './pair.cases.ts';

runCases(PAIR_CASES);
