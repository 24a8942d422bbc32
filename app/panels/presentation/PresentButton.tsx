import { enterPresentation } from './presentation-actions.ts';

/** Enters presentation mode (also the key P). */
export function PresentButton() {
  return <button type="button" onClick={enterPresentation} title="Presentation mode: the canvas full screen, Space plays, arrows step, Esc leaves (P)">Present</button>;
}
