import type { Design, Id } from '../../model/index.ts';
import { saveDesign } from '../../model/index.ts';
import { sanitizeDesign } from '../../io/export/sanitize.ts';
import { downloadBlob, downloadText, fileNameFor } from '../../io/files.ts';

export type ExportKind = 'json' | 'script' | 'storage-csv' | 'vlan-csv' | 'svg' | 'png' | 'svg-dark' | 'png-dark' | 'pdf';
export interface ExportOptions { sanitize: boolean; selection: ReadonlySet<Id> | null }

/** What each export is called in the Export dialog, with a short description. */
export const EXPORTS: { kind: ExportKind; label: string; about: string }[] = [
  { kind: 'json', label: 'Design JSON', about: 'The whole design, to open again or keep in git' },
  { kind: 'script', label: 'Command script (.sh)', about: 'HMC and VIOS commands that build it, in an order that works' },
  { kind: 'storage-csv', label: 'Storage mapping (CSV)', about: 'Per client: slots, VIOS, vhost/vfchost, VTD, backing device or FC port' },
  { kind: 'vlan-csv', label: 'VLAN mapping (CSV)', about: 'Per VLAN: SEA, trunk adapter and real adapter' },
  { kind: 'svg', label: 'SVG image', about: 'The picture with every adapter, a title block and a legend of the lines' },
  { kind: 'png', label: 'PNG image', about: 'The same picture as pixels' },
  { kind: 'svg-dark', label: 'SVG image (dark)', about: 'The picture on a dark background, for slides' },
  { kind: 'png-dark', label: 'PNG image (dark)', about: 'The dark picture as pixels' },
  { kind: 'pdf', label: 'PDF document', about: 'The picture, then the storage and VLAN mapping tables, to print or send' },
];

const suffix = (base: string, tag: string, ext: string) => base.replace(/\.json$/, `${tag}.${ext}`);

/** Builds one export of the design (sanitized when asked) and offers it as a download; returns the file name. */
export async function exportDesign(kind: ExportKind, design: Design, opts: ExportOptions): Promise<string> {
  const d = opts.sanitize ? sanitizeDesign(design) : design;
  const base = fileNameFor(d);
  const only = opts.selection && opts.selection.size ? opts.selection : undefined;
  const img = only ? '-selection' : '';
  // The builders load on demand: none of them is part of the app's start-up.
  const { buildScript, storageMappingCsv, vlanMappingCsv } = await import('../../io/export/index.ts');
  const { designSvg } = await import('../../io/export/svg.ts');
  switch (kind) {
    case 'json': downloadText(saveDesign(d), base); return base;
    case 'script': { const f = suffix(base, '', 'sh'); downloadText(buildScript(d), f, 'text/x-shellscript'); return f; }
    case 'storage-csv': { const f = suffix(base, '-storage', 'csv'); downloadText(storageMappingCsv(d), f, 'text/csv'); return f; }
    case 'vlan-csv': { const f = suffix(base, '-vlans', 'csv'); downloadText(vlanMappingCsv(d), f, 'text/csv'); return f; }
    case 'svg': case 'svg-dark': {
      const f = suffix(base, `${img}${kind === 'svg-dark' ? '-dark' : ''}`, 'svg');
      downloadText(designSvg(d, { only, theme: kind === 'svg-dark' ? 'dark' : 'light' }).svg, f, 'image/svg+xml');
      return f;
    }
    case 'png': case 'png-dark': {
      const f = suffix(base, `${img}${kind === 'png-dark' ? '-dark' : ''}`, 'png');
      const { svg, width, height } = designSvg(d, { only, theme: kind === 'png-dark' ? 'dark' : 'light' });
      const { svgToPng } = await import('../../io/export/png.ts');
      downloadBlob(await svgToPng(svg, width, height), f);
      return f;
    }
    case 'pdf': {
      const f = suffix(base, img, 'pdf');
      const { designPdf } = await import('../../io/export/pdf.ts');
      downloadBlob(await designPdf(d, { only }), f);
      return f;
    }
  }
}
