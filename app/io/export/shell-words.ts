/** A command line of a script with the number of the line it starts on (continuations joined). */
export interface ScriptLine {
  line: number;
  text: string;
}

/** Joins lines ending in a backslash with the next one. */
export function logicalLines(text: string): ScriptLine[] {
  const out: ScriptLine[] = [];
  let cur: ScriptLine | null = null;
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const cont = /(^|[^\\])(\\\\)*\\$/.test(raw) && !raw.trimStart().startsWith('#');
    const piece = cont ? raw.slice(0, -1) : raw;
    if (cur) cur.text += piece; else cur = { line: i + 1, text: piece };
    if (!cont) { out.push(cur); cur = null; }
  });
  if (cur) out.push(cur);
  return out;
}

/**
 * Splits a POSIX shell command line into words: single quotes keep everything, double quotes allow
 * \" \\ \$ \` escapes, a backslash outside quotes escapes the next character. Null when a quote is
 * left open or the line uses shell features a build script does not need (pipes, substitutions).
 */
export function shellWords(line: string): string[] | null {
  const words: string[] = [];
  let cur = '';
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return null;
      cur += line.slice(i + 1, end);
      i = end;
      inWord = true;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < line.length && line[j] !== '"'; j++) {
        if (line[j] === '\\' && /["\\$`]/.test(line[j + 1] ?? '')) j++;
        else if (line[j] === '$' || line[j] === '`') return null;
        cur += line[j];
      }
      if (j >= line.length) return null;
      i = j;
      inWord = true;
    } else if (c === '\\') {
      cur += line[i + 1] ?? '';
      i++;
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(cur);
      cur = '';
      inWord = false;
    } else if (/[|;&<>`$()]/.test(c)) {
      return null;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (inWord) words.push(cur);
  return words;
}
