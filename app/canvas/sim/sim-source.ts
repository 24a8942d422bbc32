import { useSimulation, type SimulationState } from '../../store/simulation-store.ts';

/** What the I/O animation reads from the simulation store, every animation frame, without subscribing. */
export type SimView = Pick<SimulationState, 'status' | 'clockMs' | 'frame' | 'paths' | 'componentIds' | 'partitionIds'>;

export const readSim = (): SimView => useSimulation.getState();

/** The one thing the animation re-renders for: whether a simulation is on. */
export const useSimStatus = () => useSimulation((s) => s.status);
