export * from '../../picture/row-summary.ts';
