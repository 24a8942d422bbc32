/** Moved to app/picture (the picture's geometry, shared with the exports). */
export * from '../picture/rows.ts';
