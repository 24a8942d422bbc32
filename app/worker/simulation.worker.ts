import '../no-eval.ts';
import * as Comlink from 'comlink';
import { SimSession, type SimReply } from '../engine/sim/session.ts';
import type { SimFrame } from '../engine/sim/types.ts';
import type { Design } from '../model/index.ts';
import { DesignAssembly, type DomainKind } from './design-chunks.ts';

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
const api = {
  setDesign: session.setDesign.bind(session),
  beginDesign: (shell: Design, id: number): void => { assembly = { id, parts: new DesignAssembly(shell) }; },
  addDesignPiece: (id: number, kind: DomainKind, entries: [string, unknown][]): void => { if (assembly?.id === id) assembly.parts.add(kind, entries); },
  endDesign: (id: number) => {
    if (assembly?.id !== id) throw new Error('the design arrived incomplete');
    const design = assembly.parts.done();
    assembly = null;
    return session.setDesign(design, id);
  },
  setDesignDelta: session.setDesignDelta.bind(session),
  setActions: session.setActions.bind(session),
  frameAt: (clockMs: number, have: number): SimReply => out(session.frameAt(clockMs, have)),
  step: (clockMs: number, have: number): SimReply => out(session.step(clockMs, have)),
};
export type SimulationWorkerApi = typeof api;
Comlink.expose(api);
