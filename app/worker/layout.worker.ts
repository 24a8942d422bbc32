/// <reference lib="webworker" />
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api.js';

// ELK's GWT glue installs self.onmessage for its own `cmd` messages; ours never carry `cmd`, and we
// listen with addEventListener so both coexist (stack.md §6).
const elk = new ELK();

self.addEventListener('message', (e: MessageEvent<{ job: number; graph: ElkNode }>) => {
  const { job, graph } = e.data ?? {};
  if (typeof job !== 'number' || !graph) return;
  elk.layout(graph).then(
    (result) => self.postMessage({ job, result }),
    (err: unknown) => self.postMessage({ job, error: err instanceof Error ? err.message : String(err) }),
  );
});
