import { type UnparsedLine, forEachLine, splitLines } from './report.ts';

/** One command's output taken out of a collector file, with the original line numbers. */
export interface CollectorPart {
  command: string;
  text: string;
  /** lines[i] is the 1-based line number, in the collector file, of line i+1 of `text`. */
  lines: number[];
}

const PREFIXED = /^(.*?)\| \|(.*)$/;

/** True when most non-blank lines carry the `command| |` prefix (REFERENCE outputs/13). */
export function isCollector(text: string): boolean {
  let lines = 0;
  let prefixed = 0;
  forEachLine(text, (l) => {
    if (l.trim() === '') return;
    lines++;
    if (l.includes('| |') && PREFIXED.test(l)) prefixed++;
  });
  return lines > 0 && prefixed * 2 > lines;
}

/**
 * Splits a collector file, where every line reads `command| |output line`, into one text per run of
 * the same command. Lines without the prefix are listed as unparsed.
 */
export function splitCollector(text: string): { parts: CollectorPart[]; unparsed: UnparsedLine[] } {
  const parts: CollectorPart[] = [];
  const unparsed: UnparsedLine[] = [];
  let cur: (CollectorPart & { out: string[] }) | null = null;
  splitLines(text).forEach((line, i) => {
    const m = PREFIXED.exec(line);
    if (!m) {
      if (line.trim() !== '') unparsed.push({ line: i + 1, text: line });
      return;
    }
    const command = m[1]!.trim();
    if (!cur || cur.command !== command) {
      cur = { command, text: '', lines: [], out: [] };
      parts.push(cur);
    }
    cur.out.push(m[2]!);
    cur.lines.push(i + 1);
  });
  return {
    parts: parts.map((p) => ({ command: p.command, text: (p as CollectorPart & { out: string[] }).out.join('\n'), lines: p.lines })),
    unparsed,
  };
}
