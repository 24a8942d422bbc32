import { runCases } from '../testing/harness.ts';
import { GENERATION_CASES } from './generation.cases.ts';

runCases(GENERATION_CASES);
