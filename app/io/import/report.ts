/**
 * What every parser returns besides its facts: the lines it did not understand (never silently
 * dropped) and the HMC errors (HSCLxxxx / HSCAxxxx) found in the text.
 */
export interface UnparsedLine {
  /** 1-based line number in the text given to the parser. */
  line: number;
  text: string;
  /** 1-based column of what was refused, when a parser can point at it. */
  column?: number;
  /** Why the line was refused, when a parser knows (e.g. "failover priority 300 is not 1..100"). */
  reason?: string;
}

/** What a line reader answers for a line it recognises but refuses: where in the line, and why. */
export class Refusal {
  constructor(readonly column: number, readonly reason: string) {}
}

/** The column (1-based) of `needle` in `line`, or 1 when it is not there. */
export const columnOf = (line: string, needle: string): number => Math.max(0, line.indexOf(needle)) + 1;

export interface HmcError {
  line: number;
  /** The HMC message code, e.g. HSCLA4C0. */
  code: string;
  /** The whole line as printed (in whatever language the HMC speaks). */
  text: string;
}

export interface Parsed<F> {
  facts: F;
  unparsed: UnparsedLine[];
  errors: HmcError[];
}

/**
 * Progress of the running import: every parser reports the lines it has walked (import.worker.ts sets
 * the listener for the time of one import; imports run one at a time in a worker, synchronously).
 */
let lineListener: ((lines: number) => void) | null = null;
export function listenToLines(fn: ((lines: number) => void) | null): void { lineListener = fn; }
const TICK = 1 << 15;

/**
 * Calls fn with each line (LF, CRLF or CR) and its 1-based number, without an array of all lines; a
 * final newline does not make an extra line. Linear: one scan of the text.
 */
export function forEachLine(text: string, fn: (line: string, n: number) => void): void {
  const t = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  let start = 0;
  let n = 0;
  while (start < t.length) {
    let end = t.indexOf('\n', start);
    if (end < 0) end = t.length;
    fn(t.slice(start, end), ++n);
    if ((n & (TICK - 1)) === 0) lineListener?.(TICK);
    start = end + 1;
  }
  lineListener?.(n & (TICK - 1));
}

/** Splits a text into lines (LF, CRLF or CR); a final newline does not make an extra empty line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

const HMC_CODE = /\b(HSC[LA][0-9A-F]{4})\b/;

/** The HMC error on a line, if any: HMC messages start with HSCL or HSCA and four hex digits. */
export function hmcErrorOn(text: string, line: number): HmcError | null {
  const m = HMC_CODE.exec(text);
  return m ? { line, code: m[1]!, text: text.trim() } : null;
}

/**
 * Runs a line classifier over a text: each line is either understood by `take` (returns true), an HMC
 * error, blank, or listed as unparsed.
 */
export function walkLines(
  text: string, take: (line: string, n: number) => boolean | Refusal, continues?: (previous: string, line: string) => boolean,
): { unparsed: UnparsedLine[]; errors: HmcError[] } {
  const unparsed: UnparsedLine[] = [];
  const errors: HmcError[] = [];
  const one = (line: string, n: number) => {
    const err = hmcErrorOn(line, n);
    if (err) { errors.push(err); return; }
    if (line.trim() === '') return;
    const r = take(line, n);
    if (r instanceof Refusal) unparsed.push({ line: n, text: line, column: r.column, reason: r.reason });
    else if (!r) unparsed.push({ line: n, text: line });
  };
  if (!continues) {
    forEachLine(text, one);
    return { unparsed, errors };
  }
  // Pasted text wrapped at 80 columns (a terminal) or at a word (mail): a line that `continues` the one
  // before is joined to it before the parser sees it; the joined line keeps the first line's number.
  let held: string | null = null;
  let heldAt = 0;
  forEachLine(text, (line, n) => {
    if (held !== null && line.trim() !== '' && held.trim() !== '' && continues(held, line)) {
      held = joinWrapped(held, line);
      return;
    }
    if (held !== null) one(held, heldAt);
    held = line;
    heldAt = n;
  });
  if (held !== null) one(held, heldAt);
  return { unparsed, errors };
}

/** Width at which terminals wrap pasted lines. */
export const WRAP_COLUMNS = 80;

/** True when a line was long enough to have been wrapped (by a terminal at 80 columns, or by mail near it). */
export const mayBeWrapped = (line: string): boolean => line.length >= WRAP_COLUMNS - 14;

const FIRST_KEY = /^\s*([a-z][a-z0-9_]*)=/;

/**
 * For HMC listings (`key=value,...` records): a line continues the record before it when that record
 * was long enough to be wrapped and the line does not start with the key every record starts with.
 */
export function continuesRecord(previous: string, line: string): boolean {
  const key = FIRST_KEY.exec(previous)?.[1];
  if (!key || !(mayBeWrapped(previous) || /,\s*$/.test(previous))) return false; // a record never ends with a comma
  // A line holding the first key as a field of its own is a record (fields in another order), not a tail.
  let field = FIELD_OF.get(key);
  if (!field) { field = new RegExp(`(?:^|,)\\s*"?${key}=`); FIELD_OF.set(key, field); }
  return !field.test(line) && !hmcErrorOn(line, 0);
}
const FIELD_OF = new Map<string, RegExp>();

/** forEachLine with HMC records that were wrapped joined again (for telling kinds apart); n is the first line's number. */
export function forEachRecordLine(text: string, fn: (line: string, n: number, last: number) => void): void {
  let held: string | null = null;
  let heldAt = 0;
  let lastAt = 0;
  forEachLine(text, (line, n) => {
    if (held !== null && line.trim() !== '' && continuesRecord(held, line)) { held = joinWrapped(held, line); lastAt = n; return; }
    if (held !== null) fn(held, heldAt, lastAt);
    held = line;
    heldAt = lastAt = n;
  });
  if (held !== null) fn(held, heldAt, lastAt);
}

/** Joins a wrapped line: a hard wrap at the column width or at a comma loses nothing; a mail wrap lost a space. */
export function joinWrapped(previous: string, next: string): string {
  const cut = previous.length >= WRAP_COLUMNS - 1 || /[,=/:]$/.test(previous) || /^\s*,/.test(next) || /\s$/.test(previous) || /^\s/.test(next);
  return cut ? `${previous}${next}` : `${previous} ${next}`;
}

/** An integer, or undefined for anything else (empty, "any", "none", garbage). */
export function toInt(s: string | undefined, radix = 10): number | undefined {
  if (s === undefined) return undefined;
  const t = s.trim();
  const ok = radix === 16 ? /^(0x)?[0-9a-f]+$/i.test(t) : /^-?\d+$/.test(t);
  if (!ok) return undefined;
  const n = parseInt(t, radix);
  return Number.isSafeInteger(n) ? n : undefined;
}

export function toNumber(s: string | undefined): number | undefined {
  if (s === undefined || !/^-?\d+(\.\d+)?$/.test(s.trim())) return undefined;
  return Number(s);
}
