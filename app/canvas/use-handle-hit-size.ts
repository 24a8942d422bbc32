import { useEffect, type RefObject } from 'react';
import { useStoreApi } from '@xyflow/react';
import { handleHitSize } from './handle-hit.ts';

/**
 * Keeps `--handle-hit` (the side of every handle's hit area, in flow px) on the canvas container so that it
 * is at least 16 screen px at any zoom. Written straight to the DOM from React Flow's store: no component
 * renders on zoom, and the value only changes when the zoom crosses a step (see handleHitSize).
 */
export function useHandleHitSize(container: RefObject<HTMLElement | null>): void {
  const store = useStoreApi();
  useEffect(() => {
    let last = '';
    const write = (zoom: number) => {
      const v = `${handleHitSize(zoom)}px`;
      if (v !== last && container.current) container.current.style.setProperty('--handle-hit', (last = v));
    };
    write(store.getState().transform[2]);
    return store.subscribe((s) => write(s.transform[2]));
  }, [store, container]);
}
