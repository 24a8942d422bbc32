/**
 * Software and firmware levels as designs carry them ("3.1.4.10", "2.2.3.0", "7.2 TL5", "7100-03-05", "7.1 TR8",
 * "7.8", "FW860.80", "AL780_056"), turned into number lists that compare left to right. Unknown text gives null:
 * rules then say they cannot confirm, rather than guess.
 */
export type Level = number[];

export function parseLevel(text: string | undefined): Level | null {
  if (!text) return null;
  const t = text.trim();
  let m = /^(\d)(\d)00-(\d{1,2})(?:-(\d{1,2}))?/.exec(t); // AIX oslevel -s: 7100-03-05-1524
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  m = /^(\d+)\.(\d+)\s*(?:TL|TR)\s*(\d+)(?:\s*SP\s*(\d+))?/i.exec(t); // 7.2 TL5, 7.1 TR8
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  m = /^V(\d+)R(\d+)(?:M(\d+))?/i.exec(t); // IBM i V7R1M0
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  m = /^(?:[A-Z]{2})(\d)(\d)(\d)?/.exec(t); // system firmware FW860.80, AL780_056, SV810 -> 8.6, 7.8
  if (m) return [Number(m[1]), Number(m[2])];
  m = /^v?(\d+(?:\.\d+)*)/i.exec(t);
  if (m) return m[1]!.split('.').map(Number);
  return null;
}

/** a < b ? -1 : a > b ? 1 : 0, missing parts counting as 0. */
export function compareLevel(a: Level, b: Level): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** true / false when the level is known, null when it is not. */
export function atLeast(text: string | undefined, min: Level): boolean | null {
  const l = parseLevel(text);
  return l ? compareLevel(l, min) >= 0 : null;
}
