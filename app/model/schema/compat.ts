import { z } from './z.ts';
import { lazySchema } from './lazy.ts';
import type { Generation } from './system.ts';

/**
 * Processor compatibility modes as the HMC names them (lpar_proc_compat_mode; lssyscfg -r sys -F
 * lpar_proc_compat_modes) (LPM-13). "default" lets the hypervisor pick the mode of the running OS.
 */
export const COMPAT_MODES = [
  'default', 'POWER6', 'POWER6_enhanced', 'POWER6+', 'POWER6+_enhanced', 'POWER7', 'POWER8', 'POWER9_base', 'POWER9', 'POWER10',
] as const;
export const compatModeSchema = lazySchema(() => z.enum(COMPAT_MODES));
export type CompatMode = z.infer<typeof compatModeSchema>;

/** PowerVM editions (LPM-1: Live Partition Mobility needs Enterprise on both servers). */
export const POWERVM_EDITIONS = ['express', 'standard', 'enterprise'] as const;
export const powervmEditionSchema = lazySchema(() => z.enum(POWERVM_EDITIONS));
export type PowervmEdition = z.infer<typeof powervmEditionSchema>;

/**
 * The modes a frame of a generation supports when the design does not list them ([D] from IBM's processor
 * compatibility mode tables, p8hc3_pcmdefs and the Power10 "effective and configured modes" page).
 */
const BY_GENERATION: Record<Generation, readonly CompatMode[]> = {
  POWER5: ['default'],
  POWER6: ['default', 'POWER6', 'POWER6_enhanced'],
  POWER7: ['default', 'POWER6', 'POWER6+', 'POWER7'],
  'POWER7+': ['default', 'POWER6', 'POWER6+', 'POWER7'],
  POWER8: ['default', 'POWER6', 'POWER6+', 'POWER7', 'POWER8'],
  POWER9: ['default', 'POWER7', 'POWER8', 'POWER9_base', 'POWER9'],
  POWER10: ['default', 'POWER8', 'POWER9_base', 'POWER9', 'POWER10'],
};

/** The compatibility modes a frame supports: its own list when the design has one, else its generation's. */
export const supportedCompatModes = (system: { generation: Generation; compatModes?: CompatMode[] | undefined }): readonly CompatMode[] =>
  system.compatModes ?? BY_GENERATION[system.generation];
