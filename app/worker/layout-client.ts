import type { ElkNode } from 'elkjs/lib/elk-api.js';

/** A layout running in its own worker; cancel() stops it at once (the worker is terminated). */
export interface LayoutJob { result: Promise<ElkNode>; cancel: () => void }

let worker: Worker | null = null;
let seq = 0;

function getWorker(): Worker {
  worker ??= new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'layout' });
  return worker;
}

/** Runs ELK on a graph in the layout worker. */
export function runLayout(graph: ElkNode): LayoutJob {
  const job = ++seq;
  const w = getWorker();
  let settle: { resolve: (r: ElkNode) => void; reject: (e: Error) => void } | null = null;
  const onMessage = (e: MessageEvent<{ job: number; result?: ElkNode; error?: string }>) => {
    if (e.data?.job !== job || !settle) return;
    w.removeEventListener('message', onMessage);
    if (e.data.error !== undefined) settle.reject(new Error(e.data.error));
    else settle.resolve(e.data.result!);
    settle = null;
  };
  const result = new Promise<ElkNode>((resolve, reject) => { settle = { resolve, reject }; });
  w.addEventListener('message', onMessage);
  w.postMessage({ job, graph });
  return {
    result,
    cancel: () => {
      if (!settle) return;
      w.removeEventListener('message', onMessage);
      w.terminate();
      if (worker === w) worker = null;
      settle.reject(new Error('cancelled'));
      settle = null;
    },
  };
}
