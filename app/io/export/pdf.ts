import type { Design, Id } from '../../model/index.ts';
import { storageMappingRows, vlanMappingRows, type Cell } from './csv.ts';
import { designSvg } from './svg.ts';
import { svgToPng } from './png.ts';

/**
 * The design as a PDF for a customer (browser only): the picture on the first page (the SVG export's
 * picture, title block and legend, drawn at twice its size so it prints sharp), then the storage and the
 * VLAN mapping tables. jsPDF and its table plugin are loaded only when a PDF is asked for, so they add
 * nothing to the app's start-up. The document's title is the design's name.
 */
export async function designPdf(design: Design, opts: { only?: ReadonlySet<Id> } = {}): Promise<Blob> {
  const [{ jsPDF }, { autoTable }] = await Promise.all([import('jspdf'), import('jspdf-autotable')]);
  const { svg, width, height } = designSvg(design, { only: opts.only, theme: 'light' });
  const png = new Uint8Array(await (await svgToPng(svg, width, height)).arrayBuffer());
  const landscape = width >= height;
  const doc = new jsPDF({ orientation: landscape ? 'landscape' : 'portrait', unit: 'pt', format: 'a4', compress: true });
  doc.setProperties({ title: design.name, subject: 'PowerVM frame design', creator: 'PowerVM frame designer' });
  const margin = 28;
  const pageW = doc.internal.pageSize.getWidth();
  const pageH = doc.internal.pageSize.getHeight();
  const scale = Math.min((pageW - 2 * margin) / width, (pageH - 2 * margin) / height);
  doc.addImage(png, 'PNG', (pageW - width * scale) / 2, margin, width * scale, height * scale, undefined, 'FAST');
  const table = (title: string, rows: Cell[][]) => {
    doc.addPage('a4', 'landscape');
    doc.setFontSize(14);
    doc.text(`${title}: ${design.name}`, margin, margin + 6);
    const [head, ...body] = rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c))));
    autoTable(doc, {
      head: [head ?? []], body: body.length ? body : [['(none)']], startY: margin + 18, margin: { left: margin, right: margin },
      styles: { fontSize: 6.5, cellPadding: 2, overflow: 'linebreak' }, headStyles: { fillColor: [47, 111, 219] },
    });
  };
  table('Storage mapping', storageMappingRows(design));
  table('VLAN mapping', vlanMappingRows(design));
  return doc.output('blob');
}
