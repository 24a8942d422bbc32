import { lazy, Suspense, useRef } from 'react';
import { useSimStatus } from './sim-source.ts';

const IoAnimation = lazy(() => import('./IoAnimation.tsx').then((m) => ({ default: m.IoAnimation })));

/**
 * The I/O animation's code (its plan, painter and summary) is not part of the app's start: it loads the first time a
 * simulation is switched on and stays mounted from then on (it draws nothing while the simulation is off).
 */
export function IoAnimationLazy({ overview }: { overview: boolean }) {
  const status = useSimStatus();
  const wanted = useRef(false);
  if (status !== 'off') wanted.current = true;
  return wanted.current ? <Suspense fallback={null}><IoAnimation overview={overview} /></Suspense> : null;
}
