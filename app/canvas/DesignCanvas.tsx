import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  ConnectionMode, Controls, Panel, ReactFlow, applyNodeChanges, useReactFlow, useStore, useStoreApi,
  type NodeChange, type NodeSelectionChange, type OnSelectionChangeParams,
} from '@xyflow/react';
import { useDesign } from '../store/design-store.ts';
import { type FitInsets, useUi } from '../store/ui-store.ts';
import { setLayout } from '../model/index.ts';
import { createPicture, type Picture } from '../picture/picture.ts';
import { labelScale, rowsHidden } from '../picture/detail.ts';
import { PictureContext } from './picture-context.ts';
import { useDragOffsets } from './drag-store.ts';
import { bundleEdges } from './bundle-edges.ts';
import { RouteEdge } from './edges/RouteEdge.tsx';
import { useStableArray } from './use-stable-array.ts';
import { CompactContext } from './lod/lod-context.ts';
import { LOD_MIN_NODES, useLevelOfDetail } from './lod/use-level-of-detail.ts';
import { OverviewLayer } from './lod/OverviewLayer.tsx';
import { absoluteBoxes, allBounds } from './lod/overview-boxes.ts';
import { FRAME_LABEL_ROOM, FrameLabels } from './lod/FrameLabels.tsx';
import { failureToolsCorner, fittedViewport, insetViewport } from './fit.ts';
import { useMinZoom } from './use-min-zoom.ts';
import { FirstPictureMarks } from './FirstPictureMarks.tsx';
import { focusRect } from './row-focus.ts';
import { SelectedRows } from './SelectedRows.tsx';
import { CanvasGrid } from './CanvasGrid.tsx';
import { CanvasMinimap } from './CanvasMinimap.tsx';
import { newProjectionCache, projectEdges, projectNodes, projectedRowCount, type FlowEdge, type FlowNode } from './project.ts';
import { FrameNode } from './nodes/FrameNode.tsx';
import { PartitionNode } from './nodes/PartitionNode.tsx';
import { SmallNode } from './nodes/SmallNode.tsx';
import { usePaletteDrop } from './use-palette-drop.ts';
import { useConnect } from './use-connect.ts';
import { ConnectionHint } from './ConnectionHint.tsx';
import { CanvasTools } from './CanvasTools.tsx';
import { DeleteDialog } from './DeleteDialog.tsx';
import { ShortcutsDialog } from './ShortcutsDialog.tsx';
import { ConnectDialog } from './ConnectDialog.tsx';
import { ConnectChoiceMenu } from './ConnectChoiceMenu.tsx';
import { useEditorKeys } from './use-editor-keys.ts';
import { useCanvasKeys } from './use-canvas-keys.ts';
import { settleMoves } from './settle-moves.ts';
import { pushedAsideMessage } from './moves.ts';
import { useEditor } from './editor-store.ts';
import { FailureTools } from '../panels/impact/FailureTools.tsx';
import { openFailureMenu } from './impact/failure-menu-store.ts';
import { useHandleHitSize } from './use-handle-hit-size.ts';
import { IoAnimationLazy } from './sim/IoAnimationLazy.tsx';
import './canvas.css';
import './handles.css';

const nodeTypes = { frame: FrameNode, partition: PartitionNode, vlan: SmallNode, fabric: SmallNode, array: SmallNode, lun: SmallNode, switch: SmallNode, heaPort: SmallNode, sriovPort: SmallNode, sspPool: SmallNode };
const edgeTypes = { route: RouteEdge };
/** Whether the zoom is too low for adapter rows to be read (then partitions show a summary). */
const rowsHiddenAt = (s: { transform: [number, number, number] }) => rowsHidden(s.transform[2]);
const labelScaleAt = (s: { transform: [number, number, number] }) => labelScale(s.transform[2]);
const snapGrid: [number, number] = [10, 10];
/** Start zoomed out (cheap light boxes) until fitView has placed the view. */
const START_VIEWPORT = { x: 0, y: 0, zoom: 0.1 };
const proOptions = { hideAttribution: true };
const multiKeys = ['Shift', 'Meta', 'Control'];

/** Shows the rectangle whole (fittedViewport) once the canvas has its size (a few frames after it mounts at most). */
function fitWhenSized(store: ReturnType<typeof useStoreApi>, b: { x: number; y: number; w: number; h: number }, setViewport: ReturnType<typeof useReactFlow>['setViewport'], large: boolean, insets: FitInsets | null = null, tries = 0): void {
  const { width, height } = store.getState();
  if ((width < 50 || height < 50) && tries < 30) { requestAnimationFrame(() => fitWhenSized(store, b, setViewport, large, insets, tries + 1)); return; }
  // A large design seen whole gets its frames' labels above their top edges (FrameLabels): room for them.
  const above = large ? FRAME_LABEL_ROOM : 0;
  void setViewport(insets ? insetViewport(b, width, height, { ...insets, top: insets.top + above })
    : fittedViewport(b, width, height, undefined, failureToolsCorner(), above), { duration: 0 });
}

/** The React Flow canvas: a projection of the design; every gesture is committed as one model operation. */
export function DesignCanvas() {
  const design = useDesign((s) => s.design);
  const apply = useDesign((s) => s.apply);
  const selection = useUi((s) => s.selection);
  const select = useUi((s) => s.select);
  const readOnly = useUi((s) => s.readOnly);
  const focusRequest = useUi((s) => s.focusRequest);
  const opened = useDesign((s) => s.opened);
  const cache = useRef(newProjectionCache());
  const selected = useMemo(() => new Set(selection), [selection]);
  // The projection reads only the domain and the layout: a rename or a suppression does not redo it.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const projectedNodes = useMemo(() => projectNodes(design, cache.current, selected), [design.domain, design.layout, selected]);
  const stableNodes = useStableArray(projectedNodes);
  // The connections as React Flow edges, made the first time they are asked for: a large design zoomed out
  // mounts none (its overview draws the picture's connections).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const edgesOf = useMemo(() => { let edges: FlowEdge[] | null = null; return () => (edges ??= projectEdges(design, cache.current)); }, [design.domain]);
  const projected = useMemo(() => ({ nodes: stableNodes }), [stableNodes]);
  const [nodes, setNodes] = useState<FlowNode[]>(projected.nodes);
  const nodesRef = useRef(nodes);
  nodesRef.current = nodes;
  useCanvasKeys(() => nodesRef.current);
  const { fitBounds, setViewport } = useReactFlow();
  // The picture's geometry (boxes, ports, routes) of the committed layout: the edges draw from it.
  const lastPicture = useRef<Picture | null>(null);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const picture = useMemo(() => (lastPicture.current = createPicture(design, projectedRowCount(cache.current), lastPicture.current)), [design.domain, design.layout]);
  const hideRows = useStore(rowsHiddenAt);
  const scale = useStore(labelScaleAt);
  const scaleStyle = useMemo(() => ({ '--label-scale': scale }) as React.CSSProperties, [scale]);
  const { onDragOver, onDrop } = usePaletteDrop();
  const { isValidConnection, onConnect, onConnectStart, onConnectEnd, plan } = useConnect();
  useEditorKeys();
  const container = useRef<HTMLDivElement>(null);
  useHandleHitSize(container);

  // React Flow adds what it measured to the nodes it holds. A node the projection did not change keeps
  // that copy: a fresh object without `measured` would make React Flow measure every handle again
  // (thousands on a VIOS), on every edit.
  const lastProjected = useRef<Map<string, FlowNode> | null>(null);
  useEffect(() => {
    const before = lastProjected.current;
    lastProjected.current = new Map(projected.nodes.map((n) => [n.id, n]));
    if (!before) return;
    setNodes((prev) => {
      const held = new Map(prev.map((n) => [n.id, n]));
      return projected.nodes.map((n) => (before.get(n.id) === n ? held.get(n.id) ?? n : n));
    });
  }, [projected.nodes]);
  // Level of detail: zoomed out, a large design is one overview layer; zoomed in, only what is in view is mounted.
  const lod = useLevelOfDetail(nodes, edgesOf, picture.connections, selected);
  const compact = lod.compact || hideRows;
  // Zoomed out, the parallel connections of one pair of nodes are one line with their count.
  const shownEdges = useMemo(() => (hideRows ? bundleEdges(picture, lod.edges) : lod.edges), [hideRows, picture, lod.edges]);
  // Every box (also what is not mounted) for the minimap, and the design's extent for the dotted background.
  const boxes = absoluteBoxes(nodes); // kept per nodes array: the same map the level of detail uses
  const bounds = useMemo(() => allBounds(nodes), [nodes]);
  // Zooming out stops where the whole design is in view, however large it is.
  const minZoom = useMinZoom(bounds);
  // React Flow fits only what it has mounted; a large design is fitted on its boxes once at start, whole and
  // clear of the canvas tools, like any other design that opens.
  const fittedOnce = useRef(false);
  const store = useStoreApi();
  useEffect(() => {
    if (fittedOnce.current || !lod.boxes) return;
    const b = allBounds(nodes);
    if (!b) return;
    fittedOnce.current = true;
    fitWhenSized(store, b, setViewport, true);
  }, [lod.boxes, nodes, setViewport, store]);

  // A template, an import, Open or New opens fitted (not at the previous design's zoom and place), clear
  // of the canvas tools at the top.
  const fittedOpen = useRef(-1);
  useEffect(() => {
    if (fittedOpen.current === opened) return;
    const first = fittedOpen.current === -1;
    fittedOpen.current = opened;
    if (first && lod.boxes) return; // a large design is fitted on its boxes once at start (above)
    const b = allBounds(projected.nodes);
    if (!b) return;
    requestAnimationFrame(() => fitWhenSized(store, b, setViewport, projected.nodes.length > LOD_MIN_NODES));
  // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, projected.nodes]);

  // Asked to show the whole design (presentation mode entered or left): every box, also what is not mounted.
  const fitRequest = useUi((s) => s.fitRequest);
  useEffect(() => {
    const b = fitRequest ? allBounds(nodesRef.current) : null;
    if (b) fitWhenSized(store, b, setViewport, nodesRef.current.length > LOD_MIN_NODES, fitRequest!.insets);
  }, [fitRequest, store, setViewport]);

  useEffect(() => {
    if (focusRequest && focusRequest.ids.length > 0) {
      // The elements may not be mounted (level of detail): frame their boxes from the layout instead.
      const bounds = focusRect(nodes, focusRequest.ids);
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
    // (What React Flow measured comes back as dimension changes: it needs them in the nodes it is given to
    // count them as initialised. The boxes derived from the nodes do not change for them: see absoluteBoxes.)
    setNodes((ns) => applyNodeChanges(changes, ns));
    // The selection follows what the user did on the canvas (click, Shift-box, Escape, pane click): React
    // Flow reports those as select changes. Its onSelectionChange also echoes, one render late, the
    // selection we gave it, and taking that echo back made the selection swing between two elements
    // until React gave up (a LUN added by Enter while an array was selected).
    const picks = changes.filter((c): c is NodeSelectionChange => c.type === 'select');
    if (picks.length > 0) {
      const want = new Map(picks.map((c) => [c.id, c.selected]));
      const ids = nodesRef.current.filter((n) => want.get(n.id) ?? n.selected).map((n) => n.id);
      const cur = useUi.getState().selection;
      if (ids.length !== cur.length || ids.some((id, i) => id !== cur[i])) select(ids);
    }
    // A frame resize ends with a dimensions change that is no longer resizing: commit it as one step.
    const resized: Record<string, { w: number; h: number }> = {};
    for (const c of changes) {
      if (c.type === 'dimensions' && c.resizing === false && c.dimensions) resized[c.id] = { w: Math.round(c.dimensions.width), h: Math.round(c.dimensions.height) };
    }
    if (Object.keys(resized).length > 0) apply(setLayout, { nodes: resized });
  }, [apply, select]);

  // While nodes are dragged their connections follow them (see RouteEdge); on drop they are routed again.
  const onNodeDrag = useCallback((_e: unknown, _n: FlowNode, dragged: FlowNode[]) => {
    const L = useDesign.getState().design.layout.nodes;
    const offsets = new Map<string, { dx: number; dy: number }>();
    for (const n of dragged) {
      const l = L[n.id];
      if (l) offsets.set(n.id, { dx: n.position.x - l.x, dy: n.position.y - l.y });
    }
    useDragOffsets.setState({ offsets });
  }, []);
  const onNodeDragStop = useCallback((_e: unknown, _n: FlowNode, dragged: FlowNode[]) => {
    const moves: Record<string, { x: number; y: number }> = {};
    for (const n of dragged) moves[n.id] = { x: Math.round(n.position.x), y: Math.round(n.position.y) };
    // Nothing ends on top of something else: what was dropped on another element is pushed aside.
    const settled = settleMoves(nodesRef.current, moves);
    apply(setLayout, { nodes: settled.moves });
    if (settled.pushed.length > 0) useUi.getState().notify('info', pushedAsideMessage(useDesign.getState().design, settled.pushed));
    useDragOffsets.setState({ offsets: null });
  }, [apply]);

  // Edges: their selection is only kept for Delete (nothing feeds it back to React Flow).
  const onSelectionChange = useCallback(({ edges: es }: OnSelectionChangeParams) => {
    const edgeIds = es.map((e) => e.id);
    const curEdges = useEditor.getState().selectedEdges;
    if (edgeIds.join('|') !== curEdges.join('|')) useEditor.getState().set({ selectedEdges: edgeIds });
  }, []);

  return (
    <PictureContext.Provider value={picture}>
    <CompactContext.Provider value={compact}>
    <div ref={container} className={`canvas${lod.compact ? ' compact' : ''}${hideRows ? ' rows-hidden' : ''}${lod.boxes ? ' large' : ''}`} style={scaleStyle} role="region" aria-label="Canvas" onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow
        nodes={lod.nodes}
        edges={shownEdges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onNodeDrag={onNodeDrag}
        onNodeDragStop={onNodeDragStop}
        onNodeContextMenu={openFailureMenu}
        onSelectionChange={onSelectionChange}
        onConnect={onConnect}
        onConnectStart={onConnectStart}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        connectionMode={ConnectionMode.Loose}
        zIndexMode="manual"
        connectionRadius={24}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={multiKeys}
        defaultViewport={START_VIEWPORT}
        minZoom={minZoom}
        maxZoom={2.5}
        snapToGrid
        snapGrid={snapGrid}
        deleteKeyCode={null}
        proOptions={proOptions}
      >
        <CanvasGrid bounds={bounds} />
        <CanvasMinimap boxes={boxes} />
        <Controls />
        <Panel position="top-left"><CanvasTools /></Panel>
        <Panel position="top-right" className="failure-tools-panel"><FailureTools /></Panel>
        <ConnectionHint plan={plan} />
        {lod.compact && lod.boxes && lod.paths && <OverviewLayer boxes={lod.boxes} nodes={projected.nodes} paths={lod.paths} />}
        {lod.compact && lod.boxes && <FrameLabels boxes={lod.boxes} />}
        <IoAnimationLazy overview={lod.compact && !!lod.boxes} />
        {/* Two frames after the mounted nodes are measured (and the view fitted) the first picture has been drawn:
            the bottom panels mount and the validation worker's copy may start. (One edge per connection.) */}
        <FirstPictureMarks nodes={projected.nodes.length} edges={picture.connections.length} mounted={lod.nodes.length} />
      </ReactFlow>
      <DeleteDialog />
      <ShortcutsDialog />
      <ConnectDialog />
      <ConnectChoiceMenu />
      <SelectedRows />
    </div>
    </CompactContext.Provider>
    </PictureContext.Provider>
  );
}
