import { runCases } from '../testing/harness.ts';
import { SEA_CASES } from './sea.cases.ts';

runCases(SEA_CASES);
