import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Background, BackgroundVariant, ConnectionMode, Controls, MiniMap, Panel, ReactFlow, applyNodeChanges, useReactFlow,
  type NodeChange, type OnSelectionChangeParams,
} from '@xyflow/react';
import { useDesign } from '../store/design-store.ts';
import { useUi } from '../store/ui-store.ts';
import { setLayout } from '../model/index.ts';
import { useBenchReady } from './use-bench-ready.ts';
import { useStableArray } from './use-stable-array.ts';
import { CompactContext } from './lod/lod-context.ts';
import { useLevelOfDetail } from './lod/use-level-of-detail.ts';
import { OverviewLayer } from './lod/OverviewLayer.tsx';
import { allBounds, focusBounds } from './lod/overview-boxes.ts';
import { newProjectionCache, projectDesign, type FlowNode } from './project.ts';
import { FrameNode } from './nodes/FrameNode.tsx';
import { PartitionNode } from './nodes/PartitionNode.tsx';
import { SmallNode } from './nodes/SmallNode.tsx';
import { usePaletteDrop } from './use-palette-drop.ts';
import { useConnect } from './use-connect.ts';
import { ConnectionHint } from './ConnectionHint.tsx';
import { CanvasTools } from './CanvasTools.tsx';
import { DeleteDialog } from './DeleteDialog.tsx';
import { ShortcutsDialog } from './ShortcutsDialog.tsx';
import { useEditorKeys } from './use-editor-keys.ts';
import { useEditor } from './editor-store.ts';
import './canvas.css';

const nodeTypes = { frame: FrameNode, partition: PartitionNode, vlan: SmallNode, fabric: SmallNode, array: SmallNode, lun: SmallNode, switch: SmallNode, heaPort: SmallNode };
const fitViewOptions = { padding: 0.08 };
const BENCH = new URLSearchParams(location.search).has('bench');
const snapGrid: [number, number] = [10, 10];
/** Start zoomed out (cheap light boxes) until fitView has placed the view. */
const START_VIEWPORT = { x: 0, y: 0, zoom: 0.1 };
const proOptions = { hideAttribution: true };
const multiKeys = ['Shift', 'Meta', 'Control'];
const miniMapColor = (n: FlowNode) => (n.type === 'frame' ? 'rgba(90,110,140,0.25)' : n.type === 'partition' ? '#5b8def' : '#9aa5b1');

/** The React Flow canvas: a projection of the design; every gesture is committed as one model operation. */
export function DesignCanvas() {
  const design = useDesign((s) => s.design);
  const apply = useDesign((s) => s.apply);
  const selection = useUi((s) => s.selection);
  const select = useUi((s) => s.select);
  const readOnly = useUi((s) => s.readOnly);
  const focusRequest = useUi((s) => s.focusRequest);
  const cache = useRef(newProjectionCache());
  const selected = useMemo(() => new Set(selection), [selection]);
  // The projection reads only the domain and the layout: a rename or a suppression does not redo it.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const projection = useMemo(() => projectDesign(design, cache.current, selected), [design.domain, design.layout, selected]);
  const stableNodes = useStableArray(projection.nodes);
  const stableEdges = useStableArray(projection.edges);
  const projected = useMemo(() => ({ nodes: stableNodes, edges: stableEdges }), [stableNodes, stableEdges]);
  const [nodes, setNodes] = useState<FlowNode[]>(projected.nodes);
  const { fitBounds } = useReactFlow();
  useBenchReady(BENCH, projected.nodes.length, projected.edges.length);
  const { onDragOver, onDrop } = usePaletteDrop();
  const { isValidConnection, onConnect, onConnectEnd, plan } = useConnect();
  useEditorKeys();

  useEffect(() => setNodes(projected.nodes), [projected.nodes]);
  // Level of detail: zoomed out, a large design is one overview layer; zoomed in, only what is in view is mounted.
  const lod = useLevelOfDetail(nodes, projected.edges, selected);
  const { compact } = lod;
  // React Flow fits only what it has mounted; a large design is fitted on its boxes once at start.
  const fittedOnce = useRef(false);
  useEffect(() => {
    if (fittedOnce.current || !lod.boxes) return;
    const b = allBounds(nodes);
    if (!b) return;
    fittedOnce.current = true;
    void fitBounds({ x: b.x, y: b.y, width: b.w, height: b.h }, { padding: 0.02 });
  }, [lod.boxes, nodes, fitBounds]);

  useEffect(() => {
    if (focusRequest && focusRequest.ids.length > 0) {
      // The elements may not be mounted (level of detail): frame their boxes from the layout instead.
      const bounds = focusBounds(nodes, focusRequest.ids);
      if (bounds) {
        // Never closer than about 100 %: pad small targets to a readable area.
        const w = Math.max(bounds.w, 900);
        // A very tall element (a VIOS with hundreds of adapters) is shown from its top, readable.
        const h = Math.min(Math.max(bounds.h, 560), 900);
        const y = bounds.h > h ? bounds.y - 40 : bounds.y - (h - bounds.h) / 2;
        void fitBounds({ x: bounds.x - (w - bounds.w) / 2, y, width: w, height: h }, { padding: 0.1 });
      }
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest, fitBounds]);

  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => {
    setNodes((ns) => applyNodeChanges(changes, ns));
    // A frame resize ends with a dimensions change that is no longer resizing: commit it as one step.
    const resized: Record<string, { w: number; h: number }> = {};
    for (const c of changes) {
      if (c.type === 'dimensions' && c.resizing === false && c.dimensions) resized[c.id] = { w: Math.round(c.dimensions.width), h: Math.round(c.dimensions.height) };
    }
    if (Object.keys(resized).length > 0) apply(setLayout, { nodes: resized });
  }, [apply]);

  const onNodeDragStop = useCallback((_e: unknown, _n: FlowNode, dragged: FlowNode[]) => {
    const moves: Record<string, { x: number; y: number }> = {};
    for (const n of dragged) moves[n.id] = { x: Math.round(n.position.x), y: Math.round(n.position.y) };
    apply(setLayout, { nodes: moves });
  }, [apply]);

  const onSelectionChange = useCallback(({ nodes: ns, edges: es }: OnSelectionChangeParams) => {
    const ids = ns.map((n) => n.id);
    const cur = useUi.getState().selection;
    if (ids.length !== cur.length || ids.some((id, i) => id !== cur[i])) select(ids);
    const edgeIds = es.map((e) => e.id);
    const curEdges = useEditor.getState().selectedEdges;
    if (edgeIds.join('|') !== curEdges.join('|')) useEditor.getState().set({ selectedEdges: edgeIds });
  }, [select]);

  return (
    <CompactContext.Provider value={compact}>
    <div className={`canvas${compact ? ' compact' : ''}${lod.boxes ? ' large' : ''}`} role="region" aria-label="Canvas" onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow
        nodes={lod.nodes}
        edges={lod.edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onNodeDragStop={onNodeDragStop}
        onSelectionChange={onSelectionChange}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        connectionMode={ConnectionMode.Loose}
        zIndexMode="manual"
        connectionRadius={24}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={multiKeys}
        fitView
        fitViewOptions={fitViewOptions}
        defaultViewport={START_VIEWPORT}
        minZoom={0.05}
        maxZoom={2.5}
        snapToGrid
        snapGrid={snapGrid}
        deleteKeyCode={null}
        proOptions={proOptions}
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1} />
        <MiniMap pannable zoomable nodeColor={miniMapColor} ariaLabel="Minimap" />
        <Controls />
        <Panel position="top-left"><CanvasTools /></Panel>
        <ConnectionHint plan={plan} />
        {lod.compact && lod.boxes && lod.paths && <OverviewLayer boxes={lod.boxes} nodes={nodes} paths={lod.paths} />}
      </ReactFlow>
      <DeleteDialog />
      <ShortcutsDialog />
    </div>
    </CompactContext.Provider>
  );
}
