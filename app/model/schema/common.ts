import { z } from './z.ts';
import { lazySchema } from './lazy.ts';

/** Names that would reach or shadow Object.prototype: never an id or a key (same list as RESERVED_NAMES in parse-json.ts). */
const RESERVED_ID = /^(?!(?:__proto__|constructor|prototype|__defineGetter__|__defineSetter__|__lookupGetter__|__lookupSetter__|hasOwnProperty|isPrototypeOf|propertyIsEnumerable|toLocaleString|toString|valueOf)$)/;

/** Stable identifier of a record in the design document (never shown as a PowerVM name). */
export const idSchema = lazySchema(() => z.string().min(1).max(120)
  .regex(RESERVED_ID, { message: 'a reserved name (__proto__, constructor, prototype or a member of Object.prototype) cannot be an id' }));
export type Id = z.infer<typeof idSchema>;

/** A virtual slot number (SLOT-1: 2 .. max_virtual_slots-1, checked by rules, not by the schema). */
export const slotSchema = lazySchema(() => z.number().int().min(0).max(65535));

/** A VLAN id; the schema accepts 0..4095 so that a bad import can still be shown, VLAN-1 reports 0/4095. */
export const vlanIdSchema = lazySchema(() => z.number().int().min(0).max(4095));

/** AIX/VIOS device name such as vhost0, ent5, hdisk12, fcs0. */
export const deviceNameSchema = lazySchema(() => z.string().min(1).max(64));

export const nameSchema = lazySchema(() => z.string().min(1).max(120));

/**
 * Attributes whose values no source gave (an import from outputs that do not show them): the paths of
 * the attributes, e.g. "installedCores" or "processor". Optional, so older documents need no migration.
 * Rules do not judge assumed numbers as facts; editing an attribute clears its mark.
 */
export const assumedSchema = lazySchema(() => z.array(z.string().min(1).max(64)).max(32).optional());

/** The record without the assumed marks of the given attributes (the mark goes when a value is set). */
export function withoutAssumed<T extends { assumed?: string[] | undefined }>(rec: T, paths: Iterable<string>): T {
  if (!rec.assumed) return rec;
  const gone = new Set(paths);
  const left = rec.assumed.filter((p) => !gone.has(p) && ![...gone].some((g) => p.startsWith(`${g}.`)));
  const { assumed: _, ...rest } = rec;
  return (left.length ? { ...rest, assumed: left } : rest) as T;
}

/** Whether an attribute (or the object holding it) of a record is assumed. */
export const isAssumed = (rec: { assumed?: string[] | undefined }, path: string): boolean =>
  !!rec.assumed?.some((p) => p === path || path.startsWith(`${p}.`));
