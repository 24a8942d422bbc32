/**
 * Where the I/O animation's drawing goes, seen from the page: the drawing worker (one, kept while the layer restarts),
 * or, where a canvas cannot be handed over to a worker, a drawing host in the page.
 */
import type { SimView } from './sim-source.ts';
import type { IoTopology } from './io-plan.ts';
import { IoHost, type FromDrawing, type ToDrawing } from './io-host.ts';

/**
 * Where the drawing goes: the drawing worker, or (where a canvas cannot be handed over) a drawing host in the page.
 * Remembers what it was told, so that each topology, route and simulation frame goes once.
 */
export interface Drawing {
  post(m: ToDrawing, transfer?: Transferable[]): void;
  listen(f: (m: FromDrawing) => void): () => void;
  topo: IoTopology | null;
  routes: Set<string>;
  frame: SimView['frame'] | undefined;
}

function channel(post: Drawing['post'], listeners: Set<(m: FromDrawing) => void>): Drawing {
  return { post, listen: (f) => { listeners.add(f); return () => listeners.delete(f); }, topo: null, routes: new Set(), frame: undefined };
}

/** The one drawing worker (it keeps the topology and routes while the layer restarts: play, pause, zoom level). */
let worker: Drawing | null = null;
export function drawingWorker(): Drawing {
  if (worker) return worker;
  const listeners = new Set<(m: FromDrawing) => void>();
  const w = new Worker(new URL('../../worker/io-drawing.worker.ts', import.meta.url), { type: 'module', name: 'io-drawing' });
  w.onmessage = (e: MessageEvent<FromDrawing>) => { for (const f of listeners) f(e.data); };
  return (worker = channel((m, transfer) => w.postMessage(m, transfer ?? []), listeners));
}

/** A drawing host in the page (no OffscreenCanvas): the same drawing, on the main thread. */
export function drawingInPage(): Drawing {
  const listeners = new Set<(m: FromDrawing) => void>();
  const host = new IoHost((m) => { for (const f of listeners) f(m); }, () => document.createElement('canvas'),
    { request: (cb) => requestAnimationFrame(cb), cancel: (id) => cancelAnimationFrame(id) });
  return channel((m) => host.handle(m), listeners);
}
