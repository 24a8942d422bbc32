import { memo } from 'react';
import { useDesign } from '../../store/design-store.ts';
import { useSimulation } from '../../store/simulation-store.ts';
import { linkUtilisationText } from './link-utilisation.ts';
import '../../canvas/sim/io-animation.css';

/** A port's (or SEA's, aggregation's) utilisation at the simulated clock, with a bar; nothing while the simulation is off. */
export const LinkUtilisation = memo(function LinkUtilisation({ id }: { id: string }) {
  const design = useDesign((s) => s.design);
  const text = useSimulation((s) => linkUtilisationText(s, design, id));
  const pct = useSimulation((s) => {
    const c = s.componentIds.indexOf(id);
    return c >= 0 && s.frame ? Math.round((s.frame.linkUtilisation[c] ?? 0) * 100) : 0;
  });
  if (!text) return null;
  return (
    <div className={`link-util${pct > 100 ? ' over' : ''}`} role="status" aria-label="Link utilisation">
      <span>{text}</span>
      <span className="link-util-bar" aria-hidden><i style={{ width: `${Math.min(100, pct)}%` }} /></span>
    </div>
  );
});
