import { parseHmcRecord } from '../hmc-fields.ts';
import { type HmcError, type UnparsedLine, continuesRecord, toInt, walkLines } from './report.ts';

/** One `key=value,...` line of HMC output, with its line number. */
export interface HmcRow {
  line: number;
  rec: Record<string, string>;
}

/**
 * Reads every line of an HMC listing as a record; a line that is not key=value, or that lacks one of
 * the `required` keys, is listed as unparsed. `read` turns a record into a fact (null: not understood).
 */
export function readHmcRows<T>(text: string, required: readonly string[], read: (row: HmcRow) => T | null):
  { rows: T[]; unparsed: UnparsedLine[]; errors: HmcError[] } {
  const rows: T[] = [];
  // A record wrapped by a terminal or by mail is joined again (report.ts continuesRecord).
  const continues = continuesRecord;
  const res = walkLines(text, (line, n) => {
    const rec = parseHmcRecord(line);
    if (!rec || !required.every((k) => k in rec)) return false;
    const fact = read({ line: n, rec });
    if (fact === null) return false;
    rows.push(fact);
    return true;
  }, continues);
  return { rows, ...res };
}

/** Partition name and id, present on every `--level lpar` row. */
export function lparOf(rec: Record<string, string>): { lparName: string; lparId: number } | null {
  const lparId = toInt(rec.lpar_id);
  const lparName = rec.lpar_name ?? rec.name;
  return lparId !== undefined && lparId >= 1 && lparName ? { lparName, lparId } : null;
}

export const remoteId = (v: string | undefined): number | null | undefined =>
  v === undefined ? undefined : v === 'any' || v === '' || v === 'none' ? null : toInt(v);

export const bool01 = (v: string | undefined): boolean | undefined => (v === '1' ? true : v === '0' ? false : undefined);
