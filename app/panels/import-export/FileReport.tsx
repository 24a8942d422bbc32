import type { ImportFileReport } from '../../io/import/index.ts';
import { KIND_LABEL } from './import-labels.ts';

const SHOWN = 200;

/** One file of the import report: its kind, HMC errors and the lines not understood, with line numbers. */
export function FileReport({ file }: { file: ImportFileReport }) {
  const more = file.unparsed.length - SHOWN;
  return (
    <section className="io-file" aria-label={file.name}>
      <h3>{file.name} <span className="io-kind">{KIND_LABEL[file.kind] ?? file.kind}</span></h3>
      {file.parts && file.parts.length > 0 && (
        <p className="io-hint">{file.kind === 'collector' ? 'Collector file with' : 'Several command outputs:'} {file.parts.map((p) => `${p.command} (${KIND_LABEL[p.kind] ?? p.kind})`).join(', ')}</p>
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
            {file.unparsed.slice(0, SHOWN).map((u) => (
              <li key={u.line}>
                <span className="io-line">line {u.line}{u.column !== undefined ? `, column ${u.column}` : ''}</span> <code>{u.text}</code>
                {u.reason && <span className="io-reason">: {u.reason}</span>}
              </li>
            ))}
            {more > 0 && <li className="io-hint">and {more} more</li>}
          </ul>
        </>
      ) : file.kind !== 'unknown' && file.errors.length === 0 && <p className="io-ok">Every line understood</p>}
    </section>
  );
}
