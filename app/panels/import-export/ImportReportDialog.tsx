import type { ImportResult } from '../../io/import/index.ts';
import { closeImport, openImported } from './import-flow.ts';
import { Dialog } from './Dialog.tsx';
import { designSummary } from './import-labels.ts';
import { FileReport } from './FileReport.tsx';

/** What the import found, file by file, and the choice to open it or leave the current design alone. */
export function ImportReportDialog({ result }: { result: ImportResult }) {
  const { design, report } = result;
  const summary = designSummary(design);
  const empty = Object.keys(design.domain.partitions).length === 0;
  return (
    <Dialog title="Import report" onClose={closeImport} className="io-wide">
      <p role="status">{empty ? 'Nothing to open: no partition was found in these texts.' : `Found ${summary}.`}</p>
      {report.files.map((f, i) => <FileReport key={`${i}-${f.name}`} file={f} />)}
      {report.warnings.length > 0 && (
        <section className="io-file" aria-label="Warnings">
          <h3>Warnings ({report.warnings.length})</h3>
          <ul>{report.warnings.map((w, i) => <li key={i}>{w}</li>)}</ul>
        </section>
      )}
      <div className="actions">
        <button type="button" onClick={closeImport}>Cancel</button>
        <button type="button" className="primary" disabled={empty} onClick={openImported}>Open as new design</button>
      </div>
    </Dialog>
  );
}
