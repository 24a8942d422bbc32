/**
 * Resolves once the canvas has drawn its first picture (two animation frames after it mounted): work that can wait,
 * such as copying the design into the validation worker, starts after that and does not delay the first paint.
 */
let resolveDrawn: () => void = () => {};
export const pictureDrawn: Promise<void> = new Promise<void>((resolve) => { resolveDrawn = resolve; });

/** Called by the canvas after its first paint. */
export const markPictureDrawn = (): void => resolveDrawn();

/** The first picture, or `ms` at most (a page without a canvas, a test). */
export const afterPictureDrawn = (ms: number): Promise<void> => Promise.race([pictureDrawn, new Promise<void>((r) => setTimeout(r, ms))]);
