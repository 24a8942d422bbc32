import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Background, BackgroundVariant, Controls, MiniMap, ReactFlow, applyNodeChanges, useReactFlow,
  type NodeChange, type OnSelectionChangeParams,
} from '@xyflow/react';
import { useDesign } from '../store/design-store.ts';
import { useUi } from '../store/ui-store.ts';
import { setLayout } from '../model/index.ts';
import { newProjectionCache, projectDesign, type FlowNode } from './project.ts';
import { FrameNode } from './nodes/FrameNode.tsx';
import { PartitionNode } from './nodes/PartitionNode.tsx';
import { SmallNode } from './nodes/SmallNode.tsx';

const nodeTypes = { frame: FrameNode, partition: PartitionNode, vlan: SmallNode, fabric: SmallNode, array: SmallNode, lun: SmallNode, switch: SmallNode, heaPort: SmallNode };
const fitViewOptions = { padding: 0.08 };
const miniMapColor = (n: FlowNode) => (n.type === 'frame' ? 'rgba(90,110,140,0.25)' : n.type === 'partition' ? '#5b8def' : '#9aa5b1');

/** The React Flow canvas: a projection of the design; drags are committed as one operation when they end. */
export function DesignCanvas() {
  const design = useDesign((s) => s.design);
  const apply = useDesign((s) => s.apply);
  const selection = useUi((s) => s.selection);
  const select = useUi((s) => s.select);
  const readOnly = useUi((s) => s.readOnly);
  const focusRequest = useUi((s) => s.focusRequest);
  const cache = useRef(newProjectionCache());
  const selected = useMemo(() => new Set(selection), [selection]);
  const projected = useMemo(() => projectDesign(design, cache.current, selected), [design, selected]);
  const [nodes, setNodes] = useState<FlowNode[]>(projected.nodes);
  const { fitView } = useReactFlow();

  useEffect(() => setNodes(projected.nodes), [projected.nodes]);

  useEffect(() => {
    if (focusRequest && focusRequest.ids.length > 0) {
      void fitView({ nodes: focusRequest.ids.map((id) => ({ id })), duration: 300, padding: 0.4, maxZoom: 1.2 });
    }
  }, [focusRequest, fitView]);

  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => {
    setNodes((ns) => applyNodeChanges(changes, ns));
  }, []);

  const onNodeDragStop = useCallback((_e: unknown, _n: FlowNode, dragged: FlowNode[]) => {
    const moves: Record<string, { x: number; y: number }> = {};
    for (const n of dragged) moves[n.id] = { x: Math.round(n.position.x), y: Math.round(n.position.y) };
    apply(setLayout, { nodes: moves });
  }, [apply]);

  const onSelectionChange = useCallback(({ nodes: ns }: OnSelectionChangeParams) => {
    const ids = ns.map((n) => n.id);
    const cur = useUi.getState().selection;
    if (ids.length !== cur.length || ids.some((id, i) => id !== cur[i])) select(ids);
  }, [select]);

  return (
    <div className="canvas" role="region" aria-label="Canvas">
      <ReactFlow
        nodes={nodes}
        edges={projected.edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onNodeDragStop={onNodeDragStop}
        onSelectionChange={onSelectionChange}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        fitView
        fitViewOptions={fitViewOptions}
        minZoom={0.05}
        maxZoom={2.5}
        snapToGrid
        snapGrid={[10, 10]}
        deleteKeyCode={null}
        proOptions={{ hideAttribution: true }}
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1} />
        <MiniMap pannable zoomable nodeColor={miniMapColor} ariaLabel="Minimap" />
        <Controls />
      </ReactFlow>
    </div>
  );
}
