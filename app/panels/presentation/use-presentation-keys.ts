import { useEffect } from 'react';
import { enterPresentation, leavePresentation, stepScenario, togglePlay } from './presentation-actions.ts';
import { usePresentation } from './presentation-store.ts';

const inField = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName) || !!t.closest('dialog, [role="dialog"], [role="menu"]'));

/**
 * Keys of presentation mode. P enters it (outside fields and dialogs); while it is on: Space plays or pauses, the
 * arrow keys step the scenario (→ ↓ next event, ← ↑ previous), Escape leaves. They are taken before the canvas's own
 * keys (which would move the selection), in the capture phase. Leaving full screen with the browser leaves too.
 */
export function usePresentationKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const on = usePresentation.getState().on;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (!on) {
        if ((e.key === 'p' || e.key === 'P') && !e.shiftKey && !inField(e.target)) { e.preventDefault(); enterPresentation(); }
        return;
      }
      const act = e.key === ' ' || e.key === 'Spacebar' ? togglePlay
        : e.key === 'ArrowRight' || e.key === 'ArrowDown' ? () => stepScenario(1)
          : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? () => stepScenario(-1)
            : e.key === 'Escape' ? leavePresentation : null;
      if (!act) return;
      e.preventDefault();
      e.stopPropagation();
      if (!e.repeat || e.key.startsWith('Arrow')) act();
    };
    const onFullscreen = () => { if (!document.fullscreenElement && usePresentation.getState().on) leavePresentation(); };
    window.addEventListener('keydown', onKey, true);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => { window.removeEventListener('keydown', onKey, true); document.removeEventListener('fullscreenchange', onFullscreen); };
  }, []);
}
