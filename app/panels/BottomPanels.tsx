import { lazy, Suspense } from 'react';
import { DiagnosticsPanel } from './diagnostics/DiagnosticsPanel.tsx';
import { ImpactPanel } from './impact/ImpactPanel.tsx';
import { LpmRegion } from './lpm/LpmRegion.tsx';
import { usePictureDrawn } from './use-picture-drawn.ts';

// The Simulation region's code (transport, timeline, events, scenario editor) loads after the first picture.
const SimulationPanel = lazy(() => import('./simulation/SimulationPanel.tsx').then((m) => ({ default: m.SimulationPanel })));

/**
 * The bottom area: Diagnostics, Impact, Simulation and LPM readiness. They show the engine's answers (none before
 * the canvas's first picture), so they mount, and their lazy code loads, in the task after that picture is drawn,
 * with no user action; the bottom row keeps its size meanwhile (the canvas is not resized when they appear).
 */
export function BottomPanels() {
  const drawn = usePictureDrawn();
  return (
    <div className="bottom-panels">
      {drawn && <><DiagnosticsPanel /><ImpactPanel /><Suspense fallback={null}><SimulationPanel /></Suspense><LpmRegion /></>}
    </div>
  );
}
