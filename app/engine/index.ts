export * from './rules/types.ts';
export * from './settings.ts';
export * from './catalogue.ts';
export * from './validate.ts';
export * from './fixes.ts';
export * from './api.ts';
export { describeElement } from './labels.ts';
