import { OpError } from '../../model/index.ts';

/** Range checks from the reference that the schema leaves to the editor (pure; each throws OpError). */
export function parseNumber(raw: string, what: string): number {
  const v = Number(raw.trim());
  if (raw.trim() === '' || !Number.isFinite(v)) throw new OpError(`${what} must be a number`);
  return v;
}

export function parseInteger(raw: string, what: string, min: number, max: number, ruleId?: string): number {
  const v = parseNumber(raw, what);
  if (!Number.isInteger(v) || v < min || v > max) throw new OpError(`${what} must be a whole number from ${min} to ${max}`, ruleId);
  return v;
}

/** Processing units go in steps of 0.01 (micro-partitioning granularity). */
export function parseUnits(raw: string, what: string): number {
  const v = parseNumber(raw, what);
  if (v < 0) throw new OpError(`${what} cannot be negative`);
  if (Math.abs(Math.round(v * 100) - v * 100) > 1e-6) throw new OpError(`${what} ${v} is not a multiple of 0.01 processing units`, 'CPU-1');
  return Math.round(v * 100) / 100;
}

/** min <= desired <= max, as the HMC requires for processors, virtual processors and memory. */
export function checkMinDesiredMax(min: number, desired: number, max: number, what: string): void {
  if (!(min <= desired && desired <= max)) throw new OpError(`${what}: minimum ${min} ≤ desired ${desired} ≤ maximum ${max} does not hold`, 'CAP-4');
}

/** Shared processors: processing units at most one per virtual processor, at each of min, desired and max (CAP-6). */
export function checkUnitsPerVirtualProcessor(p: { mode: string; minUnits: number; desiredUnits: number; maxUnits: number; minVirtualProcessors: number; desiredVirtualProcessors: number; maxVirtualProcessors: number }): void {
  if (p.mode !== 'shared') return;
  for (const [level, u, v] of [['minimum', p.minUnits, p.minVirtualProcessors], ['desired', p.desiredUnits, p.desiredVirtualProcessors], ['maximum', p.maxUnits, p.maxVirtualProcessors]] as const) {
    if (u > v + 1e-9) throw new OpError(`${level} ${u} processing units on ${v} virtual processor${v === 1 ? '' : 's'}: a virtual processor uses at most one core`, 'CAP-6');
  }
}

/** A list of VLAN ids "20, 30" -> [20, 30], each 1..4094. */
export function parseVlanList(raw: string, what = 'VLAN id'): number[] {
  if (!raw.trim()) return [];
  return raw.split(/[\s,]+/).filter(Boolean).map((x) => parseInteger(x, what, 1, 4094, 'VLAN-1'));
}

export function parseWwpn(raw: string): string {
  const v = raw.trim().toLowerCase();
  if (!/^[0-9a-f]{16}$/.test(v)) throw new OpError('A WWPN is 16 hexadecimal digits', 'NPIV-8');
  return v;
}
