import { useImportFlow } from './import-flow.ts';
import { PasteDialog } from './PasteDialog.tsx';
import { ImportProgress } from './ImportProgress.tsx';
import { ImportReportDialog } from './ImportReportDialog.tsx';

/** The dialog for the current step of an import (none when idle). */
export function ImportDialogs() {
  const phase = useImportFlow((s) => s.phase);
  switch (phase.step) {
    case 'paste': return <PasteDialog />;
    case 'running': return <ImportProgress phase={phase} />;
    case 'report': return <ImportReportDialog result={phase.result} />;
    default: return null;
  }
}
