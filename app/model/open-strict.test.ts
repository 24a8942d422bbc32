import { describe, expect, it } from 'vitest';
import { openDesign, saveDesign } from './design-file.ts';
import { buildDualViosTemplate } from './templates/sample.ts';
import { checkIntegrity } from './references.ts';
import { MAX_JSON_DEPTH, RESERVED_NAMES, parseJson } from './parse-json.ts';
import { DESIGN_VERSION, idSchema } from './schema/index.ts';
import { prototypeSnapshot } from './testing/prototype-snapshot.ts';

const sample = () => JSON.parse(saveDesign(buildDualViosTemplate())) as Record<string, any>;
const text = (doc: unknown) => JSON.stringify(doc, null, 2);

/** Opens and expects a refusal whose messages match; returns the messages. */
function refused(input: unknown, ...patterns: RegExp[]): string {
  const r = openDesign(input);
  expect(r.ok, 'the document should be refused').toBe(false);
  const all = r.ok ? '' : r.errors.join('\n');
  for (const p of patterns) expect(all).toMatch(p);
  return all;
}

describe('opening refuses, with the JSON path and the line and column', () => {
  it('text that is not strict JSON', () => {
    refused('{"format": "powervm-design",\n  "version": 1,\n  "name": "x",}', /Not valid JSON at line 3, column 15: a property name in double quotes was expected/);
    refused('{"a": 1} // comment', /Not valid JSON at line 1, column 10: comments are not allowed/);
    refused('', /Not valid JSON/);
    refused('{"a": "\u0001"}', /control character/);
  });

  it(`nesting deeper than ${MAX_JSON_DEPTH} levels, however deep, without overflowing the stack`, () => {
    refused(`{"format":"powervm-design","version":1,"name":"x","description":${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}}`,
      /description(\[0\])+ \(line 1, column \d+\): nested deeper than 64 levels/);
    for (const deep of ['['.repeat(500_000), `${'{"a":'.repeat(200_000)}1${'}'.repeat(200_000)}`]) {
      refused(deep, /nested deeper than 64 levels/);
    }
    let value: unknown = 1;
    for (let i = 0; i < 100_000; i++) value = [value];
    refused(value, /nested deeper than 64 levels/);
  });

  it('a key used twice in one object (JSON.parse would keep the last silently)', () => {
    const doc = text(sample()).replace('"domain": {', '"domain": {\n    "luns": {},');
    refused(doc, /domain\.luns \(line \d+, column 5\): the key "luns" appears twice/);
  });

  it.each([...RESERVED_NAMES])('the reserved name %s as a key, anywhere', (name) => {
    const d = sample();
    const rec = { ...d.domain.partitions['lpar-1'], id: name };
    const doc = text(d).replace('"partitions": {', `"partitions": {\n      ${JSON.stringify(name)}: ${JSON.stringify(rec)},`);
    refused(doc, new RegExp(`domain\\.partitions(\\.${name}|\\["${name}"\\]) \\(line \\d+, column \\d+\\): "${name}" is a reserved name`));
    refused(`{"format":"powervm-design","version":1,"name":"x","layout":{"nodes":{"${name}":{"x":0,"y":0}}}}`, /reserved name/);
  });

  it('a reserved name spelled with escapes is still a reserved name', () => {
    refused('{"format":"powervm-design","version":1,"name":"x","domain":{"\\u005f_proto__":{}}}', /"__proto__" is a reserved name/);
  });

  it('a reserved name as an id or a reference, with the place', () => {
    const d = sample();
    const id = Object.keys(d.domain.partitions)[0]!;
    d.domain.partitions[id].systemId = 'toString';
    refused(text(d), new RegExp(`domain\\.partitions\\.${id}\\.systemId \\(line \\d+, column \\d+\\): a reserved name`));
    for (const name of RESERVED_NAMES) expect(idSchema.safeParse(name).success, name).toBe(false);
    expect(idSchema.safeParse('constructor-1').success).toBe(true);
  });

  it.each([
    ['the string "1"', '"1"'], ['null', 'null'], ['[1]', '[1]'], ['1.5', '1.5'], ['-1', '-1'], ['true', 'true'], ['an object', '{}'],
  ])('a version that is %s, instead of reading it as version 0 and dropping the domain', (_label, version) => {
    const doc = text(sample()).replace(`"version": ${DESIGN_VERSION},`, `"version": ${version},`);
    refused(doc, /^version \(line 3, column 3\): "version" must be a whole number/);
  });

  it('a missing version when the document has a domain', () => {
    const d = sample();
    delete d.version;
    refused(text(d), /domain .*"version" is missing/);
  });

  it.each([['1', /found number 1/], ['null', /found null/], ['["powervm-design"]', /found an array/]])('a format of the wrong type (%s)', (format, found) => {
    refused(`{"format": ${format}, "version": 1}`, /^format \(line 1, column 2\): Not a PowerVM design/, found);
  });

  it('a field the schema does not know, which would be lost', () => {
    const d = sample();
    d.domain.partitons = {};
    d.extra = 1;
    const id = Object.keys(d.domain.partitions)[0]!;
    d.domain.partitions[id].colour = 'red';
    refused(text(d), /^extra \(line \d+, column 3\): "extra" is not a field/m, /domain\.partitons .*would be lost/, new RegExp(`domain\\.partitions\\.${id}\\.colour`));
    refused('{"format":"powervm-design","name":"old","partitions":{},"scenarios":{}}', /scenarios .*not a field of a version 0 design/);
  });

  it('an id used twice, across collections too', () => {
    const d = sample();
    const [id, lun] = Object.entries(d.domain.luns)[0]!;
    d.domain.sanFabrics[id] = { ...Object.values(d.domain.sanFabrics)[0] as object, id };
    refused(text(d), new RegExp(`domain\\.(luns|sanFabrics)\\.${id}\\.id \\(line \\d+, column \\d+\\): the id "${id}" is also used by domain\\.(sanFabrics|luns)`));
    expect(lun).toBeTruthy();
  });

  it('a reference to nothing: domain, scenario event, suppression', () => {
    const d = sample();
    d.scenarios = { 'sc-1': { id: 'sc-1', name: 'VIOS down', description: '', events: [{ at: 0, action: 'fail', targetId: 'lpar-404' }] } };
    d.suppressions = [{ ruleId: 'SEA-1', elementIds: ['sea-404'], reason: 'x' }];
    refused(text(d), /scenarios\.sc-1\.events\[0\]\.targetId \(line \d+, column \d+\): refers to "lpar-404"/,
      /suppressions\[0\]\.elementIds\[0\] \(line \d+, column \d+\): refers to "sea-404"/);
  });

  it('repairs only layout entries of missing elements, and says so', () => {
    const d = sample();
    d.layout.nodes['lpar-404'] = { x: 1, y: 2 };
    const r = openDesign(text(d));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.repaired).toEqual([expect.stringMatching(/removed 1 layout entry .*lpar-404/)]);
    expect(r.design.layout.nodes['lpar-404']).toBeUndefined();
    expect(checkIntegrity(r.design)).toEqual([]);
  });

  it('bytes: UTF-8 with or without a byte-order mark, UTF-16 LE and BE with one; refuses others with a reason', () => {
    const t = saveDesign(buildDualViosTemplate());
    const utf16le = (s: string) => { const b = new Uint8Array(s.length * 2); for (let i = 0; i < s.length; i++) { b[2 * i] = s.charCodeAt(i) & 255; b[2 * i + 1] = s.charCodeAt(i) >> 8; } return b; };
    const le = utf16le(`\ufeff${t}`);
    const be = le.slice();
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
    for (const input of [`\ufeff${t}`, new TextEncoder().encode(`\ufeff${t}`), new TextEncoder().encode(t), le, be, le.buffer]) {
      const r = openDesign(input);
      expect(r.ok).toBe(true);
      if (r.ok) expect(saveDesign(r.design)).toBe(t);
    }
    refused(utf16le(t), /UTF-16 text without a byte-order mark/);
    refused(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), /not valid UTF-8/);
    expect(parseJson('\ufeff{\n"a": [}').ok).toBe(false);
    refused('\ufeff{"a": x}', /line 1, column 7/);
  });

  it('values that are not JSON when an object is handed in', () => {
    const cyclic: Record<string, unknown> = { format: 'powervm-design', version: 1 };
    cyclic.self = cyclic;
    refused(cyclic, /self: the value contains itself/);
    refused({ format: 'powervm-design', version: 1, name: () => 1 }, /name: a function is not a JSON value/);
    refused({ format: 'powervm-design', version: 1, when: new Date(0) }, /when: not a plain JSON object/);
    refused(JSON.parse('{"format":"powervm-design","version":1,"__proto__":{"x":1}}'), /"__proto__" is a reserved name/);
  });

  it('leaves Object.prototype unchanged and never throws, whatever comes in', () => {
    const before = prototypeSnapshot();
    const hostile = [
      '{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"polluted":1}}}',
      '{"format":"powervm-design","version":1,"name":"x","domain":{"partitions":{"__proto__":{"id":"__proto__"}}}}',
      '{"format":"powervm-design","version":1,"name":"x","layout":{"nodes":{"__proto__":{"x":1,"y":1,"polluted":1}}}}',
      JSON.parse('{"__proto__":{"polluted":1}}'), null, undefined, 42, 'null', '"x"', Symbol('s'), () => 0, new Uint8Array(0),
    ];
    for (const h of hostile) {
      expect(() => openDesign(h)).not.toThrow();
      expect(openDesign(h).ok).toBe(false);
    }
    expect(prototypeSnapshot()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('text files of command output', () => {
  it('are read with their byte-order mark (UTF-8, UTF-16 LE and BE) like design files', async () => {
    const { decodeTextBytes } = await import('./parse-json.ts');
    const t = 'lpar_name=vios1,lpar_id=1\n';
    const le = new Uint8Array([0xff, 0xfe, ...[...t].flatMap((c) => [c.charCodeAt(0), 0])]);
    const be = new Uint8Array([0xfe, 0xff, ...[...t].flatMap((c) => [0, c.charCodeAt(0)])]);
    for (const b of [new TextEncoder().encode(`\ufeff${t}`), new TextEncoder().encode(t), le, be]) expect(decodeTextBytes(b)).toBe(t);
  });
});

describe('lookups by id never find an inherited member', () => {
  it.each([...RESERVED_NAMES])('%s is no record of any collection', async (name) => {
    const { collectionOf, getPartition, removeElements, copyElements, findCollection, COLLECTIONS, OpError } = await import('./index.ts');
    const d = buildDualViosTemplate();
    expect(collectionOf(d, name)).toBeNull();
    expect(findCollection(d.domain, name, COLLECTIONS)).toBeNull();
    expect(() => getPartition(d, name)).toThrow(OpError);
    expect(() => removeElements(d, { ids: [name] })).toThrow(OpError);
    expect(copyElements(d, [name]).ids).toEqual([]);
  });
});
