import fc from 'fast-check';
import { RESERVED_NAMES } from '../../model/index.ts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

/** What a careless colleague or an attacker does to a saved design. */
const KINDS = [
  'delete', 'replace', 'reserved-value', 'rename-key', 'reserved-key', 'copy-record', 'swap-reference', 'nest', 'version',
  'format', 'orphan-layout', 'bad-scenario', 'bad-suppression',
] as const;
export type MutationKind = (typeof KINDS)[number];
export interface Mutation { kind: MutationKind; pick: number; other: number; value: Json; name: string }

const names = [...RESERVED_NAMES, 'lpar-1', 'lpar-2', 'sys-1', 'vscsi-1', 'x', '', ' ', 'lpar-404'];

export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom(...KINDS),
  pick: fc.nat(),
  other: fc.nat(),
  value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  name: fc.constantFrom(...names),
});

/** Every path to a value in the document (iteratively). */
function pathsOf(doc: Json): Path[] {
  const out: Path[] = [];
  const work: { v: Json; p: Path }[] = [{ v: doc, p: [] }];
  while (work.length > 0) {
    const { v, p } = work.pop()!;
    if (p.length > 0) out.push(p);
    if (v && typeof v === 'object') {
      if (Array.isArray(v)) v.forEach((x, i) => work.push({ v: x, p: [...p, i] }));
      else for (const [k, x] of Object.entries(v)) work.push({ v: x, p: [...p, k] });
    }
  }
  return out;
}

const at = (doc: Json, p: Path): Json | undefined => p.reduce<Json | undefined>((v, k) => (v && typeof v === 'object' ? (v as Record<string, Json>)[k] : undefined), doc);

/** Sets own properties with defineProperty, so "__proto__" becomes a real key of the text, not a prototype. */
function put(obj: Record<string, Json> | Json[], key: string | number, value: Json): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Applies one mutation to a parsed document, in place. */
export function mutate(doc: Record<string, Json>, m: Mutation): void {
  const paths = pathsOf(doc);
  const p = paths[m.pick % paths.length]!;
  const parent = at(doc, p.slice(0, -1)) as Record<string, Json> | Json[];
  const key = p[p.length - 1]!;
  const isObj = (v: unknown): v is Record<string, Json> => v !== null && typeof v === 'object' && !Array.isArray(v);
  const domain = (isObj(doc.domain) ? doc.domain : {}) as Record<string, Record<string, Json>>;
  const collections = Object.keys(domain).filter((c) => isObj(domain[c]));
  const ids = collections.flatMap((c) => Object.keys(domain[c]!));
  switch (m.kind) {
    case 'delete': if (Array.isArray(parent)) parent.splice(Number(key), 1); else delete parent[key as string]; break;
    case 'replace': put(parent, key, m.value); break;
    case 'reserved-value': put(parent, key, m.name); break;
    case 'rename-key': case 'reserved-key': {
      if (Array.isArray(parent)) break;
      const v = parent[key as string]!;
      delete parent[key as string];
      put(parent, m.kind === 'reserved-key' ? [...RESERVED_NAMES][m.other % RESERVED_NAMES.size]! : m.name || 'renamed', v);
      break;
    }
    case 'copy-record': {
      const from = collections[m.pick % collections.length], to = collections[m.other % collections.length];
      const rec = from ? Object.entries(domain[from]!)[0] : undefined;
      if (rec && to) put(domain[to]!, rec[0], structuredClone(rec[1]));
      break;
    }
    case 'swap-reference': if (ids.length) put(parent, key, ids[m.other % ids.length]!); break;
    case 'nest': {
      let v: Json = m.value;
      for (let i = 0; i < 40 + (m.other % 40); i++) v = m.other % 2 ? [v] : { a: v };
      put(parent, key, v);
      break;
    }
    case 'version': doc.version = ([m.value, '1', null, [1], 1.5, -1, 0, 2, 99] as Json[])[m.other % 9]!; break;
    case 'format': doc.format = ([m.value, 1, null, ['powervm-design'], 'drawio'] as Json[])[m.other % 5]!; break;
    case 'orphan-layout': {
      if (!isObj(doc.layout)) doc.layout = { nodes: {} };
      const layout = doc.layout as Record<string, Json>;
      if (!isObj(layout.nodes)) layout.nodes = {};
      put(layout.nodes as Record<string, Json>, m.name || 'gone', { x: 1, y: 2 });
      break;
    }
    case 'bad-scenario':
      doc.scenarios = { 's-1': { id: 's-1', name: 'x', description: '', events: [{ at: 0, action: 'fail', targetId: m.name || ids[0] || 'x' }] } };
      break;
    case 'bad-suppression': doc.suppressions = [{ ruleId: 'SEA-1', elementIds: [m.name || 'x'], reason: 'r' }]; break;
  }
}

/** Text-level damage: cut, a repeated key, a stray character, a byte-order mark. */
export const textDamageArb = fc.record({
  kind: fc.oneof({ arbitrary: fc.constantFrom('cut', 'dup-key', 'char', 'bom'), weight: 1 }, { arbitrary: fc.constant('none'), weight: 2 }),
  at: fc.nat(),
  ch: fc.string({ minLength: 1, maxLength: 2 }),
});

export function damage(text: string, d: { kind: string; at: number; ch: string }): string {
  const i = d.at % Math.max(1, text.length);
  switch (d.kind) {
    case 'cut': return text.slice(0, i);
    case 'dup-key': { const j = text.indexOf('"id"', i); return j < 0 ? text : `${text.slice(0, j)}"id": "dup", ${text.slice(j)}`; }
    case 'char': return `${text.slice(0, i)}${d.ch}${text.slice(i)}`;
    case 'bom': return `\ufeff${text}`;
    default: return text;
  }
}
