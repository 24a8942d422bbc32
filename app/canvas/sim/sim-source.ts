import { useSimulation, type SimulationState } from '../../store/simulation-store.ts';

/** What the I/O animation reads from the simulation store when it changed (without re-rendering). */
export type SimView = Pick<SimulationState, 'status' | 'clockMs' | 'clockAt' | 'speed' | 'frame' | 'paths' | 'componentIds' | 'partitionIds'>;

export const readSim = (): SimView => useSimulation.getState();

/** Calls `f` after every change of the simulation store; returns the unsubscribe. */
export const onSimChange = (f: () => void): (() => void) => useSimulation.subscribe(f);

/** The one thing the animation re-renders for: whether a simulation is on. */
export const useSimStatus = () => useSimulation((s) => s.status);
