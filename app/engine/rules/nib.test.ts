import { runCases } from '../testing/harness.ts';
import { NIB_CASES } from './nib.cases.ts';

runCases(NIB_CASES);
