/** Largest side of the PNG in pixels (browsers refuse canvases much larger than this). */
const MAX_SIDE = 16_000;
/** Largest area in pixels (Chrome's canvas limit is about 268 million). */
const MAX_AREA = 120_000_000;

/** The scale a PNG of this SVG is drawn at: 2x for sharpness, less when the picture is very large. */
export function pngScale(width: number, height: number, wanted = 2): number {
  return Math.min(wanted, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
}

/** Draws an SVG document onto a canvas and returns it as a PNG (browser only). */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const scale = pngScale(width, height);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('the browser gave no 2D canvas');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the picture is too large for a PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
