/** Small media icons drawn in SVG (no font has to carry ⏸ ⏭ ⏮). */
const P = { width: 12, height: 12, viewBox: '0 0 12 12', 'aria-hidden': true, focusable: false, className: 'sim-icon' } as const;
export const PlayIcon = () => <svg {...P}><path d="M2 1l9 5-9 5z" fill="currentColor" /></svg>;
export const PauseIcon = () => <svg {...P}><path d="M2 1h3v10H2zM7 1h3v10H7z" fill="currentColor" /></svg>;
export const StepIcon = () => <svg {...P}><path d="M1 1l7 5-7 5zM9 1h2v10H9z" fill="currentColor" /></svg>;
export const RewindIcon = () => <svg {...P}><path d="M1 1h2v10H1zM11 1L4 6l7 5z" fill="currentColor" /></svg>;
