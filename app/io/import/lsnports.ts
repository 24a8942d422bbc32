import { mayBeWrapped, type Parsed, toInt, walkLines } from './report.ts';

/** One NPIV-capable physical FC port from `lsnports`. */
export interface NportFact {
  line: number;
  name: string;
  physloc: string;
  /** 1 when the port is logged in to an NPIV-capable fabric (NPIV-2). */
  fabric: number;
  /** Virtual ports the adapter supports / has free (NPIV-5). */
  tports: number;
  aports: number;
  swwpns: number;
  awwpns: number;
}

export interface LsnportsFacts {
  ports: NportFact[];
}

const HEADER = /^name\s+physloc\s+fabric\s+tports\s+aports\s+swwpns\s+awwpns\s*$/i;
const ROW = /^(fcs\d+)\s+(\S+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*$/;
/** Rows are 83 columns wide: a terminal wraps them at 80. A line that starts neither a row nor the header continues the one before. */
const LINE_START = /^(fcs\d+\s|name\s)/i;
const continues = (previous: string, line: string) => mayBeWrapped(previous) && !LINE_START.test(line.trim());

export function parseLsnports(text: string): Parsed<LsnportsFacts> {
  const ports: NportFact[] = [];
  const res = walkLines(text, (raw, n) => {
    const line = raw.trim();
    if (HEADER.test(line)) return true;
    const m = ROW.exec(line);
    if (!m) return false;
    ports.push({
      line: n, name: m[1]!, physloc: m[2]!, fabric: toInt(m[3])!, tports: toInt(m[4])!,
      aports: toInt(m[5])!, swwpns: toInt(m[6])!, awwpns: toInt(m[7])!,
    });
    return true;
  }, continues);
  return { facts: { ports }, ...res };
}
