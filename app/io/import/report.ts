/**
 * What every parser returns besides its facts: the lines it did not understand (never silently
 * dropped) and the HMC errors (HSCLxxxx / HSCAxxxx) found in the text.
 */
export interface UnparsedLine {
  /** 1-based line number in the text given to the parser. */
  line: number;
  text: string;
}

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
export function walkLines(text: string, take: (line: string, n: number) => boolean): { unparsed: UnparsedLine[]; errors: HmcError[] } {
  const unparsed: UnparsedLine[] = [];
  const errors: HmcError[] = [];
  splitLines(text).forEach((line, i) => {
    const n = i + 1;
    const err = hmcErrorOn(line, n);
    if (err) { errors.push(err); return; }
    if (line.trim() === '') return;
    if (!take(line, n)) unparsed.push({ line: n, text: line });
  });
  return { unparsed, errors };
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
