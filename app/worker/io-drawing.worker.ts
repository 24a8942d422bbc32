import { IoHost, type ToDrawing } from '../canvas/sim/io-host.ts';

/**
 * The I/O animation's drawing worker: draws the simulated I/O on the canvas the page handed over
 * (transferControlToOffscreen), in its own requestAnimationFrame, so that the drawing and the handing of its pixels
 * to the compositor never take the page's main thread (see io-host.ts for what the page tells it).
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const frames = typeof scope.requestAnimationFrame === 'function'
  ? { request: (cb: () => void) => scope.requestAnimationFrame(cb), cancel: (id: number) => scope.cancelAnimationFrame(id) }
  : { request: (cb: () => void) => setTimeout(cb, 16) as unknown as number, cancel: (id: number) => clearTimeout(id) };
const host = new IoHost((m) => scope.postMessage(m), () => new OffscreenCanvas(1, 1), frames);
scope.onmessage = (e: MessageEvent<ToDrawing>) => host.handle(e.data);
