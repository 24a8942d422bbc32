import type { ImportFileReport, ImportResult } from '../../io/import/index.ts';
import { closeImport, openImported } from './import-flow.ts';
import { Dialog } from './Dialog.tsx';
import { KIND_LABEL, designSummary } from './import-labels.ts';

const SHOWN = 200;

function FileReport({ file }: { file: ImportFileReport }) {
  const more = file.unparsed.length - SHOWN;
  return (
    <section className="io-file" aria-label={file.name}>
      <h3>{file.name} <span className="io-kind">{KIND_LABEL[file.kind] ?? file.kind}</span></h3>
      {file.parts && file.parts.length > 0 && (
        <p className="io-hint">Collector file with {file.parts.map((p) => `${p.command} (${KIND_LABEL[p.kind] ?? p.kind})`).join(', ')}</p>
      )}
      {file.errors.length > 0 && (
        <>
          <h4 className="io-error">HMC errors</h4>
          <ul aria-label={`HMC errors in ${file.name}`}>
            {file.errors.map((e) => <li key={`${e.line}-${e.code}`}><span className="io-line">line {e.line}</span> <strong>{e.code}</strong> {e.text}</li>)}
          </ul>
        </>
      )}
      {file.unparsed.length > 0 ? (
        <>
          <h4>Lines not understood ({file.unparsed.length})</h4>
          <ul className="io-lines" aria-label={`Lines not understood in ${file.name}`}>
            {file.unparsed.slice(0, SHOWN).map((u) => <li key={u.line}><span className="io-line">line {u.line}</span> <code>{u.text}</code></li>)}
            {more > 0 && <li className="io-hint">and {more} more</li>}
          </ul>
        </>
      ) : file.kind !== 'unknown' && file.errors.length === 0 && <p className="io-ok">Every line understood</p>}
    </section>
  );
}

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
