/**
 * Frames on the wire between the simulation worker and the page. Between events a frame differs from the one before
 * only by its time: its arrays are then not sent again (the page keeps the last ones it was sent). While playing at
 * 1,000 partitions this spares the page's main thread a few hundred KB of fresh typed arrays a second, and the
 * garbage collections they caused. Pure TypeScript: the worker packs, the page's client unpacks.
 */
import type { SimFrame } from './types.ts';

/** A frame as sent: whole, with the number of its look, or only its time, the look being the one numbered `look`. */
export type WireFrame =
  | { look: number; frame: SimFrame }
  | { look: number; t: number; eventCount: number };

const ARRAYS = ['linkState', 'linkLoad', 'linkUtilisation', 'storage', 'network', 'pathState', 'pathDue', 'pathTimer'] as const;

export function sameArray(a: ArrayLike<number> | undefined, b: ArrayLike<number> | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !(Number.isNaN(a[i]) && Number.isNaN(b[i]))) return false;
  return true;
}

/** Every array of the two frames is equal (their time and event count may differ). */
export function sameArrays(a: SimFrame, b: SimFrame): boolean {
  return ARRAYS.every((k) => sameArray(a[k], b[k]));
}

/** The frame's array buffers (what is transferred when it goes whole). */
export function frameBuffers(f: SimFrame): ArrayBuffer[] {
  return ARRAYS.map((k) => f[k].buffer as ArrayBuffer);
}

function copyFrame(f: SimFrame): SimFrame {
  return {
    t: f.t, eventCount: f.eventCount, linkState: f.linkState.slice(), linkLoad: f.linkLoad.slice(), linkUtilisation: f.linkUtilisation.slice(),
    storage: f.storage.slice(), network: f.network.slice(), pathState: f.pathState.slice(), pathDue: f.pathDue.slice(), pathTimer: f.pathTimer.slice(),
  };
}

/** The sending side: remembers (a copy of) the last frame sent whole and its look's number. */
export class FramePacker {
  private last: SimFrame | null = null;
  private look = 0;

  /** What goes for `frame` to a receiver that holds look `have` (0: none): only its time when that look is the same. */
  pack(frame: SimFrame, have: number): WireFrame {
    if (this.last && have === this.look && sameArrays(this.last, frame)) return { look: this.look, t: frame.t, eventCount: frame.eventCount };
    this.last = copyFrame(frame);
    this.look++;
    return { look: this.look, frame };
  }
}

/** The receiving side: the last frame received whole; `have` is what to tell the sender. */
export class FrameUnpacker {
  private whole: { look: number; frame: SimFrame } | null = null;

  /** The look this side holds (0: none; after a sender restarts, `reset`). */
  get have(): number { return this.whole?.look ?? 0; }

  reset(): void { this.whole = null; }

  unpack(w: WireFrame): SimFrame {
    if ('frame' in w) {
      this.whole = { look: w.look, frame: w.frame };
      return w.frame;
    }
    if (!this.whole || this.whole.look !== w.look) throw new Error(`the simulation sent a frame of look ${w.look} without its arrays, and this side holds ${this.have}`);
    return { ...this.whole.frame, t: w.t, eventCount: w.eventCount };
  }
}
