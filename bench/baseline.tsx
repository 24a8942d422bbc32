/**
 * The benchmark's baseline: bare React Flow (built-in nodes, default edges, controlled state, fitView)
 * with the node and edge counts given in the URL (?nodes=&edges=&frames=), as our bench page draws them.
 */
import { createRoot } from 'react-dom/client';
import { useEffect } from 'react';
import { Background, ReactFlow, ReactFlowProvider, useEdgesState, useNodesInitialized, useNodesState, useReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';

const q = new URLSearchParams(location.search);
const NODES = Number(q.get('nodes') ?? 1000);
const EDGES = Number(q.get('edges') ?? 6000);
const FRAMES = Math.max(1, Number(q.get('frames') ?? 1));

function build(): { nodes: Node[]; edges: Edge[] } {
  const nodes: Node[] = [];
  const per = Math.ceil((NODES - FRAMES) / FRAMES);
  const cols = 10;
  for (let f = 0; f < FRAMES; f++) {
    const rows = Math.ceil(per / cols);
    nodes.push({ id: `f${f}`, type: 'group', position: { x: f * 2300, y: 0 }, data: {}, style: { width: 2100, height: 200 + rows * 90 } });
  }
  let i = 0;
  while (nodes.length < NODES) {
    const f = Math.min(FRAMES - 1, Math.floor(i / per));
    const k = i - f * per;
    nodes.push({ id: `n${i}`, parentId: `f${f}`, extent: 'parent', position: { x: 40 + (k % cols) * 200, y: 100 + Math.floor(k / cols) * 90 }, data: { label: `lpar-${i}` } });
    i++;
  }
  const leaves = nodes.slice(FRAMES);
  const edges: Edge[] = [];
  for (let e = 0; e < EDGES; e++) {
    const target = leaves[e % leaves.length]!;
    const src = leaves[(Math.floor(e / leaves.length) * 7 + e) % Math.min(leaves.length, 16)]!;
    edges.push({ id: `e${e}`, source: src.id, target: target.id });
  }
  return { nodes, edges };
}
const initial = build();

function Flow() {
  const [nodes, , onNodesChange] = useNodesState(initial.nodes);
  const [edges, , onEdgesChange] = useEdgesState(initial.edges);
  const ready = useNodesInitialized();
  const { setViewport } = useReactFlow();
  useEffect(() => {
    if (!ready) return;
    requestAnimationFrame(() => requestAnimationFrame(() => {
      Object.assign(window, {
        __benchInfo: { readyAt: performance.now(), nodes: initial.nodes.length, edges: initial.edges.length },
        __benchSetViewport: (v: { x: number; y: number; zoom: number }) => void setViewport(v),
      });
      document.documentElement.dataset.benchReady = 'true';
    }));
  }, [ready, setViewport]);
  return <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} fitView minZoom={0.02}><Background /></ReactFlow>;
}

createRoot(document.getElementById('root')!).render(<ReactFlowProvider><Flow /></ReactFlowProvider>);
