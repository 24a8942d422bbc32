import { z } from 'zod';

/** Stable identifier of a record in the design document (never shown as a PowerVM name). */
export const idSchema = z.string().min(1).max(120);
export type Id = z.infer<typeof idSchema>;

/** A virtual slot number (SLOT-1: 2 .. max_virtual_slots-1, checked by rules, not by the schema). */
export const slotSchema = z.number().int().min(0).max(65535);

/** A VLAN id; the schema accepts 0..4095 so that a bad import can still be shown, VLAN-1 reports 0/4095. */
export const vlanIdSchema = z.number().int().min(0).max(4095);

/** AIX/VIOS device name such as vhost0, ent5, hdisk12, fcs0. */
export const deviceNameSchema = z.string().min(1).max(64);

export const nameSchema = z.string().min(1).max(120);
