import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { shallow } from 'zustand/shallow';
import type { SimEvent, SimMechanism } from '../../engine/sim/types.ts';
import { eventElementIds, filteredEvents, useSimulation } from '../../store/simulation-store.ts';
import { useUi } from '../../store/ui-store.ts';
import { EventRow } from './EventRow.tsx';
import { useSimulationThrottled } from './use-simulation-throttled.ts';
import { MECHANISM_LABEL } from './labels.ts';

const ROW = 36;
/** Longer lists draw only the rows in view (a VIOS failure at 1,000 clients says thousands of things). */
const WINDOW_FROM = 300;

/** The event's element: its partition, else its components, else how many partitions it concerns. */
function elementOf(e: SimEvent, partition: Map<string, string>, component: Map<string, string>): string {
  if (e.partitionIds.length === 1) return partition.get(e.partitionIds[0]!) ?? e.partitionIds[0]!;
  const names = e.componentIds.map((c) => component.get(c)).filter(Boolean);
  if (names.length > 0) return names.join(', ');
  return e.partitionIds.length > 0 ? `${e.partitionIds.length} partitions` : '';
}

/** The event list: filter by partition and by mechanism; long lists are windowed; follows the newest event unless scrolled up. */
export function EventList() {
  // While playing, the list follows the events in batches, at most four times a second (the animation keeps its frames).
  const { events, filter, eventCount, selected, topo } = useSimulationThrottled((s) => ({
    events: s.events, filter: s.filter, eventCount: s.frame?.eventCount ?? 0, selected: s.selectedEvent, topo: s.topologyVersion,
  }), shallow);
  const names = useSimulation(useShallow((s) => ({ pIds: s.partitionIds, pNames: s.partitionNames, cIds: s.componentIds, cNames: s.componentNames })));
  const partition = useMemo(() => new Map(names.pIds.map((id, i) => [id, names.pNames[i]!])), [names.pIds, names.pNames]);
  const component = useMemo(() => new Map(names.cIds.map((id, i) => [id, names.cNames[i]!])), [names.cIds, names.cNames]);
  const shown = useMemo(() => filteredEvents(events, filter), [events, filter]);
  const mechanisms = useMemo(() => [...new Set(events.map((e) => e.mechanism))], [events]);
  // A partition's option per client partition, mounted when the filter is first used (focused), not whenever a
  // simulation starts: a thousand options created and measured cost the main thread a long task next to Play.
  const [allPartitions, setAllPartitions] = useState(false);
  const box = useRef<HTMLUListElement>(null);
  const [scroll, setScroll] = useState({ top: 0, height: 400 });
  const follow = useRef(true);
  // Following the newest event, a long list draws its last rows at once (not the rows where it was, then the last
  // ones once it has scrolled: two renders and two layouts at every burst of events while playing). The state is for
  // rendering; the ref above is what a pending frame callback reads, at once when the user scrolls up (before React
  // has rendered that).
  const [following, setFollowing] = useState(true);

  useLayoutEffect(() => {
    // Not while there is nothing to follow (every start of the app). Reading scrollHeight lays the page out at once:
    // in the next frame's callback, before its paint, that is the frame's own layout; in React's commit, it was
    // one more long piece of the task that rendered the new events (while playing, at each failover).
    if (!follow.current || shown.length === 0) return;
    const frame = requestAnimationFrame(() => {
      const el = box.current;
      if (el && follow.current) el.scrollTop = el.scrollHeight;
    });
    return () => cancelAnimationFrame(frame);
  }, [shown.length, topo]);

  const onPick = useCallback((i: number) => {
    const s = useSimulation.getState();
    const e = s.events[i];
    if (!e) return;
    s.selectEvent(i);
    useUi.getState().select(eventElementIds(s, e));
    s.pause();
    s.seek(e.t);
  }, []);

  const windowed = shown.length > WINDOW_FROM;
  // The scroll offset the window is drawn for: the list's end while following.
  const top = following ? Math.max(0, shown.length * ROW - scroll.height) : scroll.top;
  const first = windowed ? Math.max(0, Math.floor(top / ROW) - 10) : 0;
  const last = windowed ? Math.min(shown.length, Math.ceil((top + scroll.height) / ROW) + 10) : shown.length;
  const s = useSimulation.getState();
  return (
    <div className="sim-events">
      <div className="sim-filters">
        <label>Partition{' '}
          <select className="sim-partition-filter" aria-label="Filter events by partition" value={filter.partitionId ?? ''}
            onFocus={() => setAllPartitions(true)} onPointerDown={() => setAllPartitions(true)}
            onChange={(e) => s.setFilter({ partitionId: e.target.value || null })}>
            <option value="">All</option>
            {allPartitions
              ? names.pIds.map((id, i) => <option key={id} value={id}>{names.pNames[i]}</option>)
              : filter.partitionId && <option value={filter.partitionId}>{partition.get(filter.partitionId) ?? filter.partitionId}</option>}
          </select>
        </label>
        <label>Mechanism{' '}
          <select aria-label="Filter events by mechanism" value={filter.mechanism ?? ''} onChange={(e) => s.setFilter({ mechanism: (e.target.value || null) as SimMechanism | null })}>
            <option value="">All</option>
            {mechanisms.map((m) => <option key={m} value={m}>{MECHANISM_LABEL[m]}</option>)}
          </select>
        </label>
        <span className="muted-small">{shown.length === events.length ? `${events.length} events` : `${shown.length} of ${events.length} events`}</span>
      </div>
      <ul
        ref={box} className="sim-event-list" aria-label="Simulation events"
        onScroll={(e) => {
          const el = e.currentTarget;
          follow.current = el.scrollTop + el.clientHeight >= el.scrollHeight - ROW;
          if (follow.current !== following) setFollowing(follow.current);
          if (windowed) setScroll({ top: el.scrollTop, height: el.clientHeight });
        }}
      >
        {windowed && <li aria-hidden="true" style={{ height: first * ROW }} />}
        {shown.slice(first, last).map((i) => (
          <EventRow key={i} index={i} event={events[i]!} element={elementOf(events[i]!, partition, component)} ahead={i >= eventCount} selected={i === selected} onPick={onPick} />
        ))}
        {windowed && <li aria-hidden="true" style={{ height: (shown.length - last) * ROW }} />}
        {events.length === 0 && <li className="muted-small sim-empty">No event yet.</li>}
      </ul>
    </div>
  );
}
