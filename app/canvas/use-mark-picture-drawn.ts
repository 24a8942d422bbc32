import { useEffect, useRef } from 'react';
import { useNodesInitialized } from '@xyflow/react';
import { markPictureDrawn } from '../store/picture-drawn.ts';

/**
 * Marks the first picture drawn (markPictureDrawn) two frames after React Flow has measured the nodes it mounted
 * (the canvas is then fitted and painted), or two frames after the first render when it mounts none (an empty
 * design). What waits for it (the bottom panels, the validation worker's first copy) then starts after the picture.
 */
export function useMarkPictureDrawn(mounted: number): void {
  const initialized = useNodesInitialized();
  const done = useRef(false);
  useEffect(() => {
    if (done.current || (!initialized && mounted > 0)) return;
    done.current = true;
    requestAnimationFrame(() => requestAnimationFrame(markPictureDrawn));
  }, [initialized, mounted]);
}
