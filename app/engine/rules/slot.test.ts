import { runCases } from '../testing/harness.ts';
import { SLOT_CASES } from './slot.cases.ts';

runCases(SLOT_CASES);
