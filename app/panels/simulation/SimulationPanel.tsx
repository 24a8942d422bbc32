import { useState } from 'react';
import { useSimulation } from '../../store/simulation-store.ts';
import { SimControls, SimSpeed, SimStop } from './SimControls.tsx';
import { SimClock } from './SimClock.tsx';
import { SimState } from './SimState.tsx';
import { EventList } from './EventList.tsx';
import { ScenarioList } from './ScenarioList.tsx';
import './simulation.css';

type Tab = 'events' | 'scenarios';

/** Refusals of the recording (a step on a component the design no longer has, an action it does not take). */
function Refused() {
  const refused = useSimulation((s) => s.refused);
  if (refused.length === 0) return null;
  return <p className="sim-refused" role="alert">Not played: {refused.join('; ')}</p>;
}

/**
 * The Simulation region: the timed failover with its clock. Play / Pause / Step / speed, the scrubber over what has
 * happened, the clients' states at the clock, the event list, and the scenarios saved in the design.
 */
export function SimulationPanel() {
  const [tab, setTab] = useState<Tab>('events');
  const status = useSimulation((s) => s.status);
  return (
    <section className={`bottom-panel simulation${status !== 'off' ? ' on' : ''}`} role="region" aria-label="Simulation">
      <div className="sim-inner">
      <div className="sim-toolbar">
        <h2>Simulation</h2>
        <div role="tablist" aria-label="Simulation views" className="impact-tabs sim-tabs">
          <button type="button" role="tab" id="sim-tab-events" aria-controls="sim-events" aria-selected={tab === 'events'} onClick={() => setTab('events')}>Events</button>
          <button type="button" role="tab" id="sim-tab-scenarios" aria-controls="sim-scenarios" aria-selected={tab === 'scenarios'} onClick={() => setTab('scenarios')}>Scenarios</button>
        </div>
        <SimStop />
      </div>
      <div className="sim-transport">
        <SimControls />
        <SimClock />
        <SimSpeed />
      </div>
      <div className="sim-body" role="tabpanel" id={`sim-${tab}`} aria-labelledby={`sim-tab-${tab}`}>
        <Refused />
        {tab === 'events' ? <><SimState /><EventList /></> : <ScenarioList />}
      </div>
      </div>
    </section>
  );
}
