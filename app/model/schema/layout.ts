import { z } from './z.ts';
import { lazySchema } from './lazy.ts';
import { idSchema } from './common.ts';

/**
 * Where things are drawn, kept apart from the domain. Partitions and VLANs are placed relative to their
 * frame; frames and elements outside frames have absolute positions.
 */
export const nodeLayoutSchema = lazySchema(() => z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  w: z.number().positive().optional(),
  h: z.number().positive().optional(),
}));
export type NodeLayout = z.infer<typeof nodeLayoutSchema>;

export const layoutSchema = lazySchema(() => z.object({
  nodes: z.record(idSchema, nodeLayoutSchema).default({}),
}));
export type Layout = z.infer<typeof layoutSchema>;

/**
 * One timed action of a scenario: `at` in seconds from the start. fail / restore a failable component; shutdown a
 * VIOS the planned way (its SEAs to standby first); standby / auto set an SEA's ha_mode (a manual failover and back).
 */
export const SCENARIO_ACTIONS = ['fail', 'restore', 'shutdown', 'standby', 'auto'] as const;
export const scenarioEventSchema = lazySchema(() => z.object({
  at: z.number().nonnegative(),
  action: z.enum(SCENARIO_ACTIONS),
  targetId: idSchema,
}));

/** A saved what-if: a sequence of failures and recoveries to play in the simulation. */
export const scenarioSchema = lazySchema(() => z.object({
  id: idSchema,
  name: z.string().min(1).max(120),
  description: z.string().max(2000).default(''),
  events: z.array(scenarioEventSchema).default([]),
}));
export type Scenario = z.infer<typeof scenarioSchema>;

/** A diagnostic the user chose to silence, with the reason, saved in the design. */
export const suppressionSchema = lazySchema(() => z.object({
  ruleId: z.string().min(1).max(40),
  /** Ids of the elements the diagnostic names (sorted), or empty for the whole rule. */
  elementIds: z.array(idSchema).default([]),
  reason: z.string().min(1).max(500),
}));
export type Suppression = z.infer<typeof suppressionSchema>;
