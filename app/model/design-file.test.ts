import { describe, expect, it } from 'vitest';
import { openDesign, saveDesign } from './design-file.ts';
import { buildDualViosTemplate } from './templates/sample.ts';

describe('openDesign / saveDesign', () => {
  it('round-trips a design unchanged', () => {
    const d = buildDualViosTemplate();
    const text = saveDesign(d);
    const r = openDesign(text);
    expect(r.ok).toBe(true);
    if (r.ok) expect(saveDesign(r.design)).toBe(text);
  });
  it('writes diff-friendly JSON: format first, sorted record keys, trailing newline', () => {
    const text = saveDesign(buildDualViosTemplate());
    expect(text.startsWith('{\n  "format": "powervm-design",\n  "version": 3,')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });
  it.each([
    ['not JSON', '{"format":', /Not valid JSON at line 1, column 11: a value was expected/],
    ['an array', '[]', /JSON object/],
    ['another format', '{"format":"drawio"}', /Not a PowerVM design/],
    ['a newer version', '{"format":"powervm-design","version":99}', /version 99/],
    ['a bad field', '{"format":"powervm-design","version":1,"name":"x","domain":{"partitions":{"p":{"id":"p"}}}}', /domain\.partitions\.p/],
  ])('rejects %s with a clear message', (_label, text, message) => {
    const r = openDesign(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(message);
  });
  it('rejects a dangling reference and says where', () => {
    const d = structuredClone(buildDualViosTemplate());
    const a = Object.values(d.domain.vscsiAdapters)[0]!;
    a.partitionId = 'lpar-404';
    const r = openDesign(JSON.stringify(d));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(new RegExp(`domain.vscsiAdapters.${a.id}.partitionId \\(line 1, column \\d+\\): refers to "lpar-404"`));
  });
  it('does not let a hostile document pollute prototypes', () => {
    const r = openDesign('{"format":"powervm-design","version":1,"name":"x","domain":{"__proto__":{"polluted":1}}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(typeof r.ok).toBe('boolean');
  });
  it('migrates a version 0 (flat) document', () => {
    const d = buildDualViosTemplate();
    const flat = { format: 'powervm-design', name: 'old', ...d.domain, layout: d.layout };
    const r = openDesign(JSON.stringify(flat));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.migratedFrom).toBe(0);
      expect(Object.keys(r.design.domain.partitions)).toEqual(Object.keys(d.domain.partitions));
    }
  });
});

describe('partnerMap', () => {
  it('gives the same partner as partnerOf for every adapter', async () => {
    const { partnerMap, partnerOf } = await import('./query.ts');
    const d = buildDualViosTemplate();
    for (const all of [d.domain.vscsiAdapters, d.domain.vfcAdapters]) {
      const m = partnerMap(all as Record<string, (typeof all)[string]>);
      for (const a of Object.values(all)) expect(m.get(a.id) ?? null).toBe(partnerOf(all as Record<string, (typeof all)[string]>, a));
    }
  });
});
