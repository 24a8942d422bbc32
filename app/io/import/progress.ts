/** How far an import has come, for a determinate progress bar. */
export interface ImportProgress {
  stage: 'parsing' | 'merging' | 'assembling';
  /** 0 to 1. */
  fraction: number;
}

/** Times each line is walked: collector check, splitting several outputs apart, parsing. */
export const PASSES = 3;

/** Lines in a text, counted without building them. */
export function linesIn(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return text.length > 0 && !text.endsWith('\n') ? n + 1 : n;
}

/** Parsing fills the bar to 80 %; merging the facts to 90 %; building the design (records, layout) the rest. */
export function progressOf(stage: ImportProgress['stage'], walked: number, total: number): ImportProgress {
  if (stage === 'merging') return { stage, fraction: 0.8 };
  if (stage === 'assembling') return { stage, fraction: 0.9 };
  return { stage, fraction: total > 0 ? Math.min(0.8, (0.8 * walked) / total) : 0 };
}
