import { parseHmcRecord, splitHmcFields } from '../hmc-fields.ts';
import { type HmcError, Refusal, type UnparsedLine, continuesRecord, joinWrapped, mayBeWrapped, toInt, walkLines } from './report.ts';

/** One `key=value,...` line of HMC output, with its line number. */
export interface HmcRow {
  line: number;
  rec: Record<string, string>;
  /** The line as printed (joined when it was wrapped), for columns in messages. */
  raw?: string;
}

/** The header `-F name,name,... --header` prints (or `-F name%name` with another delimiter): field names and their delimiter. */
export interface FieldHeader { keys: string[]; delim: string }

const KEY_RE = /^[a-z][a-z0-9_]*$/;
const KEYISH = /^[a-z0-9_]*$/;

/** A `-F ... --header` line: at least two field names separated by one delimiter (no `=`). */
export function fieldHeaderOf(line: string): FieldHeader | null {
  const t = line.trim();
  const d = /[^a-z0-9_]/.exec(t)?.[0];
  if (!d || !/^[,%:;|\t]$/.test(d)) return null;
  const keys = t.split(d);
  return keys.length >= 2 && keys.every((k) => KEY_RE.test(k)) && new Set(keys).size === keys.length ? { keys, delim: d } : null;
}

/** A data row of `-F` output read with its header; a Refusal when the field count differs. */
function fromHeader(h: FieldHeader, line: string): Record<string, string> | Refusal {
  const values = h.delim === ',' ? splitHmcFields(line.trim()) : line.trim().split(h.delim);
  if (!values) return new Refusal(Math.max(1, line.indexOf('"') + 1), 'a double quote is left open');
  if (values.length !== h.keys.length) return new Refusal(1, `${values.length} fields, but the -F header names ${h.keys.length}`);
  const rec: Record<string, string> = Object.create(null) as Record<string, string>;
  h.keys.forEach((k, i) => { rec[k] = values[i]!; });
  return rec;
}

/**
 * Reads every line of an HMC listing as a record (`key=value,...`, or `-F` values under a `--header` line); a line that
 * is not a record, or that lacks one of the `required` keys, is listed as unparsed. `read` turns a record into a fact
 * (null: not understood; a Refusal: understood as a record but refused, with where and why).
 */
export function readHmcRows<T>(text: string, required: readonly string[], read: (row: HmcRow) => T | null | Refusal):
  { rows: T[]; unparsed: UnparsedLine[]; errors: HmcError[] } {
  const rows: T[] = [];
  let header: FieldHeader | null = null;
  const fields = (l: string) => (header ? l.split(header.delim).length : 0);
  // A record wrapped by a terminal or by mail is joined again (report.ts continuesRecord); so is a wrapped -F header
  // (field names only) and a wrapped -F row (fewer fields than its header names).
  const continues = (prev: string, line: string) => continuesRecord(prev, line)
    || (mayBeWrapped(prev) && !prev.includes('=') && prev.trim().split(/[,%:;|\t]/).every((k) => KEYISH.test(k)) && line.trim().split(/[,%:;|\t]/).every((k) => KEYISH.test(k)))
    || (header !== null && mayBeWrapped(prev) && !prev.includes('=') && fields(prev) < header.keys.length && fields(joinWrapped(prev, line)) <= header.keys.length + 1);
  const res = walkLines(text, (line, n) => {
    const h = line.includes('=') ? null : fieldHeaderOf(line);
    if (h) {
      if (!required.every((k) => h.keys.includes(k))) return new Refusal(1, `a -F header without ${required.filter((k) => !h.keys.includes(k)).join(', ')}`);
      header = h;
      return true;
    }
    let rec: Record<string, string> | Refusal | null = parseHmcRecord(line);
    if (!rec && header && !line.includes('=')) rec = fromHeader(header, line);
    if (rec instanceof Refusal) return rec;
    if (!rec && line.includes('=') && (line.match(/"/g)?.length ?? 0) % 2 === 1) return new Refusal(line.indexOf('"') + 1, 'a double quote is left open (is the line cut short?)');
    if (!rec) return false;
    const missing = required.filter((k) => !(k in rec!));
    if (missing.length) return required.length && Object.keys(rec).length > 2 ? new Refusal(1, `no ${missing.join(', ')} in this record`) : false;
    const fact = read({ line: n, rec, raw: line });
    if (fact instanceof Refusal) return fact;
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
