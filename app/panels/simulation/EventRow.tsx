import { memo } from 'react';
import type { SimEvent } from '../../engine/sim/types.ts';
import { clockText, MECHANISM_LABEL } from './labels.ts';

interface Props {
  event: SimEvent;
  index: number;
  element: string;
  ahead: boolean;
  selected: boolean;
  onPick: (index: number) => void;
}

/** One event: time, element, mechanism, sentence. Choosing it selects its elements and moves the clock there. */
export const EventRow = memo(function EventRow({ event, index, element, ahead, selected, onPick }: Props) {
  return (
    <li className={`sim-event${ahead ? ' ahead' : ''}${selected ? ' selected' : ''}`} data-mechanism={event.mechanism}>
      <button type="button" aria-label={`${clockText(event.t)} ${event.sentence}`} aria-current={selected ? 'true' : undefined}
        title={ahead ? 'Ahead of the clock: choose it to move the clock there' : 'Select its elements and move the clock here'} onClick={() => onPick(index)}>
        <span className="ev-time">{clockText(event.t)}</span>
        <span className={`ev-mech mech-${event.mechanism}`}>{MECHANISM_LABEL[event.mechanism]}</span>
        <span className="ev-sentence" title={event.sentence}>
          {/* The element leads; a sentence that starts with it is not made to say it twice. */}
          <b className="ev-element">{element}</b>{event.sentence.startsWith(`${element} `) ? event.sentence.slice(element.length) : element ? ` · ${event.sentence}` : event.sentence}
        </span>
      </button>
    </li>
  );
});
