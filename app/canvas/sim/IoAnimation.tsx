import { memo, useContext, useEffect, useRef } from 'react';
import { useStoreApi } from '@xyflow/react';
import { useDesign } from '../../store/design-store.ts';
import { usePresentation } from '../../panels/presentation/presentation-store.ts';
import { PictureContext } from '../picture-context.ts';
import type { IoColours } from './io-draw.ts';
import { flowView } from './io-geometry.ts';
import { drawingInPage, drawingWorker } from './io-drawing.ts';
import { ioTopologyInSteps, nearView, pictureSource, runFor, sameLook, type IoTopology } from './io-plan.ts';
import { packTopology, packTopologyInSteps, wireBuffers, type WireTopology } from './io-wire.ts';
import type { ScreenGeometry } from './io-host.ts';
import { onSimChange, readSim, useSimStatus, type SimView } from './sim-source.ts';
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
/** Time per animation frame for computing the routes the drawing needs next (zoomed in). */
const ROUTES_BUDGET_MS = 3;

/**
 * The mapping of the last topology, and its wire form for the drawing worker, kept across playing and pausing (the
 * effect below restarts then). The wire form's buffers go to the worker (transferred): it is packed again only for
 * a drawing in the page.
 */
let mapped: { paths: SimView['paths']; picture: object; topo: IoTopology; wire: WireTopology | null } | null = null;
let mapping: { paths: SimView['paths']; picture: object; steps: Generator<unknown, { topo: IoTopology; wire: WireTopology }> } | null = null;

function* mapAndPack(picture: NonNullable<React.ContextType<typeof PictureContext>>, paths: SimView['paths'], sim: SimView): Generator<unknown, { topo: IoTopology; wire: WireTopology }> {
  const topo = yield* ioTopologyInSteps(useDesign.getState().design, picture, paths, sim.componentIds, sim.partitionIds);
  const wire = yield* packTopologyInSteps(topo, pictureSource(picture).box);
  return { topo, wire };
}

/** The mapping for `paths` on `picture`, packed: null while it is being computed (a slice of it runs in each call). */
function topologyFor(paths: SimView['paths'], picture: NonNullable<React.ContextType<typeof PictureContext>>, sim: SimView): NonNullable<typeof mapped> | null {
  if (mapped?.paths === paths && mapped.picture === picture) return mapped;
  if (mapping?.paths !== paths || mapping.picture !== picture) mapping = { paths, picture, steps: mapAndPack(picture, paths, sim) };
  const done = runFor(mapping.steps, MAP_BUDGET_MS);
  if (!done) return null;
  mapping = null;
  return (mapped = { paths, picture, ...done });
}

/**
 * The simulated I/O drawn over the canvas while a simulation runs: one 2D canvas, handed over to the drawing worker
 * (io-host.ts), which redraws it in its own requestAnimationFrame. When they change, the page tells it the
 * simulation store's latest frame and clock and React Flow's viewport, read without re-rendering, and, zoomed in,
 * the routes the view needs next. `overview`: the zoomed-out level of detail is drawn (lines
 * box to box, state tiles on partitions). Honours prefers-reduced-motion: the states are drawn, the dots stand still (none are drawn).
 */
export const IoAnimation = memo(function IoAnimation({ overview }: { overview: boolean }) {
  // Presentation mode writes countdowns and percentages larger.
  const scale = usePresentation((s) => (s.on ? 1.7 : 1));
  const picture = useContext(PictureContext);
  const status = useSimStatus();
  const reduced = useReducedMotion();
  const store = useStoreApi();
  const wrapRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    const wrap = wrapRef.current;
    if (status === 'off' || !picture || !wrap) return;
    // The canvas is made here: once handed over to the worker, it cannot be handed over again.
    const canvas = document.createElement('canvas');
    canvas.setAttribute('aria-hidden', 'true');
    wrap.prepend(canvas);
    const offscreen = typeof canvas.transferControlToOffscreen === 'function' && typeof Worker === 'function';
    const drawing = offscreen ? drawingWorker() : drawingInPage();
    const options = { colours: coloursOf(wrap), overview, motion: !reduced, scale };
    if (offscreen) {
      const screen = canvas.transferControlToOffscreen();
      drawing.post({ type: 'attach', canvas: screen, options }, [screen]);
    } else {
      drawing.post({ type: 'attach', canvas, options });
      drawing.topo = null;
      drawing.frame = undefined;
    }
    const unlisten = drawing.listen((m) => {
      if (m.type !== 'summary') return;
      for (const [k, v] of Object.entries(m.attrs)) if (wrap.getAttribute(k) !== v) wrap.setAttribute(k, v);
      if (summaryRef.current && summaryRef.current.textContent !== m.sentence) summaryRef.current.textContent = m.sentence;
    });
    const source = pictureSource(picture);
    let lastView = '';
    let lastClock = '';
    let raf = 0;
    /** Zoomed in: where the scan for routes the view needs stopped, and the view it scanned for. */
    let routesScan = { view: '', next: 0 };
    // Between events a frame differs from the last only by its time: then only the time goes (copying every
    // frame's arrays to the worker took the page's main thread a few ms a frame at 1,000 partitions).
    const sendFrame = (frame: SimView['frame']) => {
      const told = drawing.frame;
      if (told === frame) return;
      drawing.frame = frame;
      if (frame && told && sameLook(told, frame)) drawing.post({ type: 'time', t: frame.t, eventCount: frame.eventCount });
      else drawing.post({ type: 'frame', frame });
    };
    /** Routes of the connections near the view that the drawing has not had yet, for at most ROUTES_BUDGET_MS; true while some remain. */
    const feedRoutes = (topo: IoTopology, view: ScreenGeometry): boolean => {
      const key = `${view.transform.join('|')}|${view.width}|${view.height}`;
      if (routesScan.view !== key) routesScan = { view: key, next: 0 };
      const segments = topo.io.segments;
      if (routesScan.next >= segments.length) return false;
      const fv = flowView(view.transform, view.width, view.height);
      const until = performance.now() + ROUTES_BUDGET_MS;
      const ids: string[] = [];
      const points: ({ x: number; y: number }[] | null)[] = [];
      let s = routesScan.next;
      for (; s < segments.length; s++) {
        // A route can take a while to find (around the boxes): the time is checked after each.
        if ((ids.length > 0 || s % 256 === 0) && performance.now() >= until) break;
        const id = segments[s]!.connectionId;
        if (drawing.routes.has(id) || !nearView(topo, source, s, fv)) continue;
        drawing.routes.add(id);
        ids.push(id);
        const r = source.route(id);
        points.push(r ? r.map((p) => ({ x: p.x, y: p.y })) : null);
      }
      routesScan.next = s;
      if (ids.length > 0) drawing.post({ type: 'routes', ids, points });
      return s < segments.length;
    };
    // Work happens when something changed (the simulation store, the view), in the next animation frame, and goes
    // on frame after frame only while the mapping or the routes are not done: playing, the drawing moves the
    // clock on by itself between the page's steps, and the page's main thread is left alone.
    const schedule = () => { if (!raf) raf = requestAnimationFrame(tick); };
    const tick = () => {
      raf = 0;
      const sim = readSim();
      const playing = sim.status === 'playing';
      const clockKey = `${sim.clockMs}|${playing}|${sim.speed}|${sim.clockAt}`;
      if (clockKey !== lastClock) {
        lastClock = clockKey;
        const at = performance.timeOrigin + (playing ? sim.clockAt : performance.now());
        drawing.post({ type: 'clock', clock: { clockMs: sim.clockMs, at, speed: sim.speed, playing } });
      }
      if (!sim.frame || sim.paths.length === 0) { sendFrame(null); return; }
      const known = topologyFor(sim.paths, picture, sim);
      if (!known) { sendFrame(null); schedule(); return; }
      const topo = known.topo;
      if (drawing.topo !== topo) {
        drawing.topo = topo;
        drawing.routes = new Set();
        routesScan = { view: '', next: 0 };
        const wire = known.wire ?? packTopology(topo, source.box);
        known.wire = null;
        drawing.post({ type: 'topology', wire }, wireBuffers(wire));
      }
      sendFrame(sim.frame);
      const rf = store.getState();
      const view: ScreenGeometry = {
        transform: [rf.transform[0], rf.transform[1], rf.transform[2]], width: Math.max(1, Math.round(rf.width)), height: Math.max(1, Math.round(rf.height)),
        dpr: Math.min(2, window.devicePixelRatio || 1),
      };
      const viewKey = `${view.transform.join('|')}|${view.width}|${view.height}|${view.dpr}`;
      if (viewKey !== lastView) { lastView = viewKey; drawing.post({ type: 'view', view }); }
      if (!overview && feedRoutes(topo, view)) schedule();
    };
    const unlistenSim = onSimChange(schedule);
    const unlistenView = store.subscribe((s, p) => { if (s.transform !== p.transform || s.width !== p.width || s.height !== p.height) schedule(); });
    const onResize = () => schedule();
    window.addEventListener('resize', onResize);
    schedule();
    return () => {
      cancelAnimationFrame(raf);
      unlistenSim();
      unlistenView();
      window.removeEventListener('resize', onResize);
      unlisten();
      drawing.post({ type: 'detach' });
      canvas.remove();
    };
  }, [status, picture, overview, reduced, store, scale]);

  if (status === 'off') return null;
  return (
    <div ref={wrapRef} className="io-animation" data-testid="io-animation" data-motion={reduced ? 'reduced' : 'full'}>
      <span ref={summaryRef} className="io-summary" role="status" aria-label="I/O animation" />
    </div>
  );
});
