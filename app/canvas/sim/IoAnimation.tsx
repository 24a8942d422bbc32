import { memo, useContext, useEffect, useRef } from 'react';
import { useStoreApi } from '@xyflow/react';
import { useDesign } from '../../store/design-store.ts';
import { usePresentation } from '../../panels/presentation/presentation-store.ts';
import { PictureContext } from '../picture-context.ts';
import { IoPainter, type DrawStats, type IoColours } from './io-draw.ts';
import { drawLinesInSteps, ProgressiveLines } from './io-lines.ts';
import { ioFrame, ioTopologyInSteps, runFor, sameLook, SegmentLines, type IoFrame, type IoTopology } from './io-plan.ts';
import { ioAttributes, ioSentence } from './io-summary.ts';
import { readSim, useSimStatus, type SimView } from './sim-source.ts';
import { useReducedMotion } from './use-reduced-motion.ts';
import './io-animation.css';

const COLOUR_VARS: Record<keyof IoColours, string> = {
  active: '--io-active', standby: '--io-standby', failing: '--io-failing', failed: '--io-failed', over: '--io-over',
  dot: '--io-dot', text: '--io-text', ok: '--io-ok', degraded: '--io-degraded', outage: '--io-outage',
};
function coloursOf(el: HTMLElement): IoColours {
  const cs = getComputedStyle(el);
  const out = {} as IoColours;
  for (const [k, v] of Object.entries(COLOUR_VARS)) out[k as keyof IoColours] = cs.getPropertyValue(v).trim() || '#888';
  return out;
}

/** Time per animation frame for mapping the simulation's paths to the drawn connections (a large design takes several frames). */
const MAP_BUDGET_MS = 8;
/** Time per animation frame for drawing the lines (a large design's take several frames; the dots are drawn every frame). */
const LINES_BUDGET_MS = 6;

/** The mapping of the last topology, kept across playing and pausing (the effect below restarts then). */
let mapped: { paths: SimView['paths']; picture: object; topo: IoTopology } | null = null;
let mapping: { paths: SimView['paths']; picture: object; steps: Generator<unknown, IoTopology> } | null = null;

/** The mapping for `paths` on `picture`: null while it is being computed (a slice of it runs in each call). */
function topologyFor(paths: SimView['paths'], picture: NonNullable<React.ContextType<typeof PictureContext>>, sim: SimView): IoTopology | null {
  if (mapped?.paths === paths && mapped.picture === picture) return mapped.topo;
  if (mapping?.paths !== paths || mapping.picture !== picture) {
    mapping = { paths, picture, steps: ioTopologyInSteps(useDesign.getState().design, picture, paths, sim.componentIds, sim.partitionIds) };
  }
  const topo = runFor(mapping.steps, MAP_BUDGET_MS);
  if (!topo) return null;
  mapping = null;
  mapped = { paths, picture, topo };
  return topo;
}

/**
 * The simulated I/O drawn over the canvas while a simulation runs: one 2D canvas, redrawn in requestAnimationFrame
 * from the simulation store's latest frame and React Flow's viewport, read without subscribing (nothing re-renders
 * per frame). `overview`: the zoomed-out level of detail is drawn (lines box to box, state tiles on partitions).
 * Honours prefers-reduced-motion: the states are drawn, the dots stand still (none are drawn).
 */
export const IoAnimation = memo(function IoAnimation({ overview }: { overview: boolean }) {
  // Presentation mode writes countdowns and percentages larger.
  const scale = usePresentation((s) => (s.on ? 1.7 : 1));
  const picture = useContext(PictureContext);
  const status = useSimStatus();
  const reduced = useReducedMotion();
  const store = useStoreApi();
  const wrapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const linesRef = useRef<HTMLCanvasElement>(null);
  const lines2Ref = useRef<HTMLCanvasElement>(null);
  const summaryRef = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    const wrap = wrapRef.current, canvas = canvasRef.current, linesCanvas = linesRef.current, lines2Canvas = lines2Ref.current;
    if (status === 'off' || !picture || !wrap || !canvas || !linesCanvas || !lines2Canvas) return;
    const ctx = canvas.getContext('2d');
    const lctx = linesCanvas.getContext('2d');
    const lctx2 = lines2Canvas.getContext('2d');
    if (!ctx || !lctx || !lctx2) return;
    const colours = coloursOf(wrap);
    // Two canvases for the lines: one shown, the next drawing made on the other.
    const progressive = new ProgressiveLines(linesCanvas, lines2Canvas);
    const clear = () => {
      for (const [c, x] of [[canvas, ctx], [linesCanvas, lctx], [lines2Canvas, lctx2]] as const) { x.setTransform(1, 0, 0, 1, 0, 0); x.clearRect(0, 0, c.width, c.height); }
      progressive.reset();
    };
    const painter = new IoPainter(colours);
    const motion = !reduced;
    let topoOf: { paths: SimView['paths']; topo: IoTopology } | null = null;
    let lines: SegmentLines | null = null;
    let frameOf: { frame: SimView['frame']; io: IoFrame; seq: number } | null = null;
    let seq = 0;
    let topoSeq = 0;
    let phase = 0;
    let lastWall = performance.now();
    let lastKey = '';
    let lastAttrs = 0;
    let lastSentence = '';
    let stats: DrawStats | null = null;
    let raf = 0;
    let deferred = false;
    const publish = (io: IoFrame, now: number) => {
      if (now - lastAttrs < 200) return;
      lastAttrs = now;
      for (const [k, v] of Object.entries(ioAttributes(io, stats, motion))) if (wrap.getAttribute(k) !== v) wrap.setAttribute(k, v);
      const sentence = ioSentence(io, stats?.countdowns ?? [], motion);
      if (sentence !== lastSentence && summaryRef.current) { lastSentence = sentence; summaryRef.current.textContent = sentence; }
    };
    const tick = (now: number) => {
      raf = requestAnimationFrame(tick);
      const sim = readSim();
      const wall = now - lastWall;
      lastWall = now;
      if (sim.status === 'playing') phase += Math.min(wall, 100);
      if (!sim.frame || sim.paths.length === 0) { if (lastKey !== 'none') { clear(); lastKey = 'none'; } return; }
      if (topoOf?.paths !== sim.paths) {
        const mappedTopo = topologyFor(sim.paths, picture, sim);
        if (!mappedTopo) { if (lastKey !== 'none') { clear(); lastKey = 'none'; } return; }
        topoOf = { paths: sim.paths, topo: mappedTopo };
        lines = new SegmentLines(topoOf.topo, picture, overview);
        topoSeq++;
        frameOf = null;
      }
      const topo = topoOf.topo;
      let derived = false;
      if (frameOf?.frame !== sim.frame) {
        // Between events the frames differ only by their time: keep what was derived, with the new time.
        derived = !(frameOf?.frame && sameLook(frameOf.frame, sim.frame));
        frameOf = !derived
          ? { frame: sim.frame, io: { ...frameOf!.io, t: sim.frame.t }, seq: frameOf!.seq }
          : { frame: sim.frame, io: ioFrame(topo, sim.frame), seq: ++seq };
      }
      const rf = store.getState();
      const dpr = Math.min(2, window.devicePixelRatio || 1);
      const w = Math.max(1, Math.round(rf.width)), h = Math.max(1, Math.round(rf.height));
      if (canvas.width !== Math.round(w * dpr) || canvas.height !== Math.round(h * dpr)) {
        for (const c of [canvas, linesCanvas, lines2Canvas]) { c.width = Math.round(w * dpr); c.height = Math.round(h * dpr); }
        progressive.reset();
        lastKey = '';
      }
      const [tx, ty, z] = rf.transform;
      // The lines: drawn a slice per frame until they show this frame's look in this view (the dots do not wait).
      const wasDrawing = progressive.drawing;
      const linesView = { transform: [tx, ty, z] as const, width: w, height: h, dpr };
      const io = frameOf.io;
      const linesOf = lines!;
      // Not in the frame that derived a new look (that was this frame's work): from the next (unless every frame does).
      const later = derived && !deferred;
      deferred = later;
      if (!later) {
        progressive.update(`${tx}|${ty}|${z}|${w}|${h}|${dpr}|${topoSeq}|${io.look}`, linesView,
          (c, slice) => drawLinesInSteps(c, topo, io, linesOf, picture, linesView, colours, slice, () => new Path2D()), LINES_BUDGET_MS);
      }
      // The frame that derived a new look draws nothing more (dots, summary: the next frame, with the new look).
      if (later) { lastKey = ''; return; }
      const key = `${tx}|${ty}|${z}|${w}|${h}|${sim.clockMs}|${frameOf.seq}`;
      const moving = motion && sim.status === 'playing';
      // Dots go along the lines computed so far: while the lines are drawn, the dots are too.
      if (!moving && key === lastKey && !wasDrawing) { publish(frameOf.io, now); return; }
      lastKey = key;
      const view = { transform: [tx, ty, z] as const, width: w, height: h, dpr, phaseMs: phase, clockMs: sim.clockMs, motion, scale };
      stats = painter.drawDots(ctx, frameOf.io, linesOf, view);
      publish(frameOf.io, now);
    };
    raf = requestAnimationFrame(tick);
    return () => {
      cancelAnimationFrame(raf);
      clear();
    };
  }, [status, picture, overview, reduced, store, scale]);

  if (status === 'off') return null;
  return (
    <div ref={wrapRef} className="io-animation" data-testid="io-animation" data-motion={reduced ? 'reduced' : 'full'}>
      <canvas ref={linesRef} aria-hidden />
      <canvas ref={lines2Ref} aria-hidden />
      <canvas ref={canvasRef} aria-hidden />
      <span ref={summaryRef} className="io-summary" role="status" aria-label="I/O animation" />
    </div>
  );
});
