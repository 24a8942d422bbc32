import type { Design } from '../../model/index.ts';
import type { LpmMatrix } from '../../engine/lpm/types.ts';
import { lpmCsv } from '../../io/export/lpm-csv.ts';
import { downloadText, fileNameFor } from '../../io/files.ts';

/** Offers the matrix as CSV (one line per reason); returns the file name. */
export function downloadLpmCsv(design: Design, m: LpmMatrix): string {
  const file = fileNameFor(design, 'csv').replace(/\.csv$/, '-lpm.csv');
  downloadText(lpmCsv(m), file, 'text/csv');
  return file;
}
