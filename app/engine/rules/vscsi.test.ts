import { runCases } from '../testing/harness.ts';
import { VSCSI_CASES } from './vscsi.cases.ts';

runCases(VSCSI_CASES);
