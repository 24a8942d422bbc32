export * from './types.ts';
export { lpmMatrix, lpmMatrixOf } from './matrix.ts';
export { LPM_RULE_INFO, type LpmRuleInfo } from './rules.ts';
