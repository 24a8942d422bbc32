import { useState } from 'react';
import type { LpmMatrix, LpmRow } from '../../engine/lpm/types.ts';
import { useUi } from '../../store/ui-store.ts';
import { LpmCellView } from './LpmCellView.tsx';

/**
 * Rows mounted at first: in the bottom area a screen shows a dozen, and a hundred rows of four frames with their
 * reasons cost the main thread (style, layout) a long task when the matrix arrives after a large design opens.
 */
const PAGE = 25;
/** Enlarged, a page is larger. */
const WIDE_PAGE = 100;

/** In the bottom area the matrix of more frames than this is compact: a verdict's sign and a reason's rule id (words in title and name). */
const COMPACT_AFTER = 2;

/** A frame named type-model*serial as its serial (9117-570*65E12FB → 65E12FB), the part that tells frames apart. */
export const shortFrameName = (name: string): string => /^\w{4}-\w{3}\*(\w+)$/.exec(name)?.[1] ?? name;

/**
 * Partitions down, frames across; a partition's name selects it on the canvas; `full`: reasons in whole sentences.
 * In the bottom area the matrix fits the region's width (no sideways scroll): its columns share the width, headers
 * and names wrap, and with more than two frames each cell shows its verdict's sign and its reasons' rule ids only.
 */
export function LpmMatrixTable({ matrix, rows, full }: { matrix: LpmMatrix; rows: readonly LpmRow[]; full: boolean }) {
  const [more, setMore] = useState(0);
  const limit = (full ? WIDE_PAGE : PAGE) + more;
  const frameName = new Map(matrix.frames.map((f) => [f.id, f.name]));
  if (rows.length === 0) return <p className="muted">No partition matches.</p>;
  const compact = !full && matrix.frames.length > COMPACT_AFTER;
  return (
    <>
      <table className={`lpm-matrix${full ? '' : ' fits'}${compact ? ' compact' : ''}`} aria-label="LPM readiness matrix">
        <thead>
          <tr>
            <th scope="col">Partition</th>
            <th scope="col" className="lpm-from-col">From</th>
            {matrix.frames.map((f) => (
              <th key={f.id} scope="col" title={`to ${f.name} (${f.generation})`}>
                <span className="lpm-frame-full">to {f.name} <small>{f.generation}</small></span>
                {compact && <span className="lpm-frame-short" aria-hidden>{shortFrameName(f.name)}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, limit).map((row) => (
            <tr key={row.partitionId}>
              <th scope="row">
                <button type="button" className="lpm-partition" title={`Select ${row.name} on the canvas`} onClick={() => useUi.getState().focus([row.partitionId])}>{row.name}</button>
                {row.migration === 'inactive' && <small className="muted-small"> inactive</small>}
              </th>
              <td className="lpm-from lpm-from-col">{frameName.get(row.sourceId) ?? row.sourceId}</td>
              {row.cells.map((c) => <LpmCellView key={c.destinationId} row={row} cell={c} frame={frameName.get(c.destinationId) ?? c.destinationId} full={full} />)}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > limit && <button type="button" onClick={() => setMore((m) => m + WIDE_PAGE)}>Show {Math.min(WIDE_PAGE, rows.length - limit)} more of {rows.length - limit}</button>}
    </>
  );
}
