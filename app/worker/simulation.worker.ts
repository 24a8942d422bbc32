import '../no-eval.ts';
import * as Comlink from 'comlink';
import { SimSession, type SimReply } from '../engine/sim/session.ts';
import type { SimFrame } from '../engine/sim/types.ts';
import type { Design } from '../model/index.ts';
import { DesignAssembly, type DomainKind } from './design-chunks.ts';
import { idleWork } from './idle-work.ts';

/** The frame's typed arrays: transferred to the main thread, not copied (the session makes fresh ones every frame). */
function buffers(f: SimFrame): ArrayBuffer[] {
  return [f.linkState, f.linkLoad, f.linkUtilisation, f.storage, f.network, f.pathState, f.pathDue, f.pathTimer].map((a) => a.buffer as ArrayBuffer);
}
const out = (r: SimReply): SimReply => Comlink.transfer(r, buffers(r.frame));

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
  frameAt: touched((clockMs: number, have: number): SimReply => out(session.frameAt(clockMs, have))),
  step: touched((clockMs: number, have: number): SimReply => out(session.step(clockMs, have))),
};
export type SimulationWorkerApi = typeof api;
Comlink.expose(api);
