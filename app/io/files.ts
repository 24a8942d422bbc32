import type { Design } from '../model/index.ts';
import { saveDesign } from '../model/index.ts';

/** A file name from the design's name: "Dual VIOS: x" -> "dual-vios-x.json". */
export const fileNameFor = (design: Design, ext = 'json'): string =>
  `${design.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'design'}.${ext}`;

/** Offers text as a download (browser only). */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/** Offers a blob (an image, a text) as a download (browser only). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const downloadDesign = (design: Design): void => downloadText(saveDesign(design), fileNameFor(design));
