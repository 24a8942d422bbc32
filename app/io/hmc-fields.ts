/**
 * The HMC's comma-separated `key=value` records (lshwres, lssyscfg, mksyscfg -i): a field holding a
 * comma is wrapped in double quotes and a quote inside it is doubled, so a list of adapters whose items
 * hold commas reads `"virtual_eth_adapters=""2/1/1/3,4,5/0/1"""` (REFERENCE 1.5).
 */

/** Splits on commas outside double quotes, removing one level of quoting. Null when a quote is left open. */
export function splitHmcFields(text: string): string[] | null {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { cur += '"'; i++; } else quoted = false;
      } else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { out.push(cur); cur = ''; } else cur += c;
  }
  if (quoted) return null;
  out.push(cur);
  return out;
}

const KEY = /^[a-z][a-z0-9_]*$/;

/** One `key=value,...` record; null when a field is not key=value or the quoting is broken. */
export function parseHmcRecord(line: string): Record<string, string> | null {
  const fields = splitHmcFields(line.trim());
  if (!fields) return null;
  const rec: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const f of fields) {
    const eq = f.indexOf('=');
    if (eq <= 0) return null;
    // Text pasted from mail or a web page has a space after each comma: keys never hold spaces.
    const key = f.slice(0, eq).trim();
    if (!KEY.test(key)) return null;
    rec[key] = f.slice(eq + 1);
  }
  return rec;
}

/** The items of a list attribute (adapters, VLAN ids); `none` and empty give no items. Null on bad quoting. */
export function splitHmcList(value: string): string[] | null {
  const v = value.trim();
  if (v === '' || v === 'none') return [];
  return splitHmcFields(v)?.map((item) => item.trim()) ?? null;
}

/** Quotes a field for an HMC record when it holds a comma or a quote (quotes inside are doubled). */
export function quoteHmcField(field: string): string {
  return /[",]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** `key=item1,item2` with the items and the whole field quoted as the HMC wants them. */
export function formatHmcListAttribute(key: string, items: readonly string[]): string {
  const value = items.length === 0 ? 'none' : items.map(quoteHmcField).join(',');
  return quoteHmcField(`${key}=${value}`);
}

export function formatHmcRecord(fields: readonly (readonly [string, string | number])[]): string {
  return fields.map(([k, v]) => quoteHmcField(`${k}=${v}`)).join(',');
}
