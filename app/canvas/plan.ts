import type { Design } from '../model/index.ts';
import { OpError } from '../model/index.ts';

/** What a gesture would do: a runnable change with a label, or the reason it is refused. */
export type Plan = { ok: true; label: string; run: (d: Design) => Design } | { ok: false; reason: string; ruleId?: string };

export const refuse = (reason: string, ruleId?: string): Plan => (ruleId ? { ok: false, reason, ruleId } : { ok: false, reason });

/** Checks a plan by running it once on the design: a refusal from the model becomes the plan's reason. */
export function checked(design: Design, label: string, run: (d: Design) => Design): Plan {
  try {
    run(design);
    return { ok: true, label, run };
  } catch (e) {
    if (e instanceof OpError) return refuse(e.message, e.ruleId);
    throw e;
  }
}
