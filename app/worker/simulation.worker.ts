import '../no-eval.ts';
import * as Comlink from 'comlink';
import { SimSession, type SimReply } from '../engine/sim/session.ts';
import { FramePacker, frameBuffers, type WireFrame } from '../engine/sim/frame-wire.ts';
import type { Design } from '../model/index.ts';
import { DesignAssembly, type DomainKind } from './design-chunks.ts';
import { idleWork } from './idle-work.ts';

/** A reply as sent: its frame whole or, when only its time changed since the look the page holds, its time alone. */
export type WireReply = Omit<SimReply, 'frame'> & { frame: WireFrame };

const packer = new FramePacker();
/** A frame sent whole has its typed arrays transferred to the main thread, not copied (the session makes fresh ones every frame). */
const out = (r: SimReply, haveLook: number): WireReply => {
  const frame = packer.pack(r.frame, haveLook);
  const reply = { ...r, frame };
  return 'frame' in frame ? Comlink.transfer(reply, frameBuffers(frame.frame)) : reply;
};

/**
 * The simulation worker: thin. It holds one simulation session (the design, the recording of actions, the live
 * simulation at the clock) and answers the UI's requests with compact frames whose buffers are transferred.
 */
const session = new SimSession();
/** A large design arrives in pieces (see design-chunks.ts): its shell, its records, then the end. */
let assembly: { id: number; parts: DesignAssembly } | null = null;
/** Between requests (paused, not playing), the session builds the scrubber's checkpoints. */
const idle = idleWork((budgetMs) => session.idle(budgetMs));
const touched = <A extends unknown[], R>(fn: (...a: A) => R) => (...a: A): R => { idle.touch(); return fn(...a); };
const api = {
  setDesign: touched(session.setDesign.bind(session)),
  beginDesign: (shell: Design, id: number): void => { assembly = { id, parts: new DesignAssembly(shell) }; },
  addDesignPiece: (id: number, kind: DomainKind, entries: [string, unknown][]): void => { if (assembly?.id === id) assembly.parts.add(kind, entries); },
  endDesign: (id: number) => {
    if (assembly?.id !== id) throw new Error('the design arrived incomplete');
    const design = assembly.parts.done();
    assembly = null;
    idle.touch();
    return session.setDesign(design, id);
  },
  setDesignDelta: session.setDesignDelta.bind(session),
  setActions: touched(session.setActions.bind(session)),
  frameAt: touched((clockMs: number, have: number, haveLook: number): WireReply => out(session.frameAt(clockMs, have), haveLook)),
  step: touched((clockMs: number, have: number, haveLook: number): WireReply => out(session.step(clockMs, have), haveLook)),
};
export type SimulationWorkerApi = typeof api;
Comlink.expose(api);
