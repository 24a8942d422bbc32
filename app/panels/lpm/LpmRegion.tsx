import { lazy, Suspense } from 'react';
import { useDesign } from '../../store/design-store.ts';

// The region's code (matrix, cells, CSV) loads the first time a design has two frames or more.
const LpmPanel = lazy(() => import('./LpmPanel.tsx').then((m) => ({ default: m.LpmPanel })));

/** The LPM readiness region, shown while the design has two frames or more. */
export function LpmRegion() {
  const several = useDesign((s) => Object.keys(s.design.domain.systems).length >= 2);
  return several ? <Suspense fallback={null}><LpmPanel /></Suspense> : null;
}
