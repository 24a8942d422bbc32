import { visit, printParseErrorCode } from 'jsonc-parser';

/**
 * Untrusted JSON in, plain data out, or problems that name the JSON path and the line and column.
 *
 * The text is read by jsonc-parser's streaming visitor (strict JSON: no comments, no trailing commas) and the
 * value is built here into objects with no prototype, so no key can reach `Object.prototype`. On the way:
 * - nesting deeper than MAX_JSON_DEPTH is refused before the parser recurses further (no stack overflow);
 * - a key used twice in one object is refused (JSON.parse would keep the last one without a word);
 * - a reserved name (`__proto__`, `constructor`, `prototype`, any member of Object.prototype) as a key is refused.
 */

/** Deepest nesting of objects and arrays accepted; a design document needs 7. */
export const MAX_JSON_DEPTH = 64;

/** Names that can never be a key or an id: they would reach or shadow Object.prototype. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  '__proto__', 'constructor', 'prototype', ...Object.getOwnPropertyNames(Object.prototype),
]);

export const isReservedName = (name: string): boolean => RESERVED_NAMES.has(name);

export type PathSegment = string | number;
export interface JsonPosition { line: number; column: number }
export interface JsonProblem { path: readonly PathSegment[]; message: string; at?: JsonPosition }

export type JsonResult = { ok: true; value: unknown } | { ok: false; problems: JsonProblem[] };

/** Most problems collected before giving up. */
const MAX_PROBLEMS = 20;

const SIMPLE_KEY = /^[A-Za-z_$][\w$-]*$/;

/** `domain.partitions.lpar-3.systemId`, `suppressions[0].elementIds[2]`, `domain.vlans["a b"]`; the root is `(document)`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const s of path) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (SIMPLE_KEY.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s)}]`;
  }
  return out || '(document)';
}

/** `path (line L, column C): message`; a problem of the whole text is its message alone. */
export const formatProblem = (p: JsonProblem): string =>
  (p.path.length === 0 && !p.at ? p.message : `${formatPath(p.path)}${p.at ? ` (line ${p.at.line}, column ${p.at.column})` : ''}: ${p.message}`);

/** jsonc-parser's error names (printParseErrorCode) in words. */
const SYNTAX: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'not a valid number',
  PropertyNameExpected: 'a property name in double quotes was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon was expected',
  CommaExpected: 'a comma was expected',
  CloseBraceExpected: 'a closing } was expected',
  CloseBracketExpected: 'a closing ] was expected',
  EndOfFileExpected: 'text follows the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'incomplete number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape sequence',
  InvalidCharacter: 'a control character inside a string (it must be escaped)',
};

class Abort extends Error {}

interface Frame { value: Record<string, unknown> | unknown[]; at: PathSegment; key: string | null; skip: boolean }

/** Parses untrusted JSON text (a leading byte-order mark is skipped). Never throws. */
export function parseJson(input: string, maxDepth = MAX_JSON_DEPTH): JsonResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const problems: JsonProblem[] = [];
  const frames: Frame[] = [];
  let root: unknown;
  let hasRoot = false;

  const pathHere = (extra?: PathSegment): PathSegment[] => {
    const p: PathSegment[] = [];
    for (let i = 1; i < frames.length; i++) p.push(frames[i]!.at);
    const top = frames[frames.length - 1];
    if (top) {
      if (Array.isArray(top.value)) p.push(top.value.length);
      else if (top.key !== null) p.push(top.key);
    }
    if (extra !== undefined) p.push(extra);
    return p;
  };
  const problem = (path: PathSegment[], message: string, line: number, character: number, fatal = false) => {
    problems.push({ path, message, at: { line: line + 1, column: character + 1 } });
    if (fatal || problems.length >= MAX_PROBLEMS) throw new Abort();
  };
  const put = (v: unknown) => {
    const top = frames[frames.length - 1];
    if (!top) { root = v; hasRoot = true; return; }
    if (Array.isArray(top.value)) { if (!top.skip) top.value.push(v); else top.value.length++; return; }
    if (top.key !== null && !top.skip) top.value[top.key] = v;
  };
  const open = (value: Record<string, unknown> | unknown[], line: number, ch: number) => {
    const parent = frames[frames.length - 1];
    if (frames.length >= maxDepth) problem(pathHere(), `nested deeper than ${maxDepth} levels`, line, ch, true);
    const at: PathSegment = parent ? (Array.isArray(parent.value) ? parent.value.length : parent.key ?? '') : '';
    const skip = parent ? parent.skip || (!Array.isArray(parent.value) && parent.key === null) : false;
    put(value);
    frames.push({ value, at, key: null, skip });
  };

  try {
    visit(text, {
      onObjectBegin: (_o, _l, line, ch) => open(Object.create(null) as Record<string, unknown>, line, ch),
      onArrayBegin: (_o, _l, line, ch) => open([], line, ch),
      onObjectEnd: () => { frames.pop(); },
      onArrayEnd: () => { frames.pop(); },
      onObjectProperty: (key, _o, _l, line, ch) => {
        const top = frames[frames.length - 1]!;
        top.key = null;
        if (RESERVED_NAMES.has(key)) {
          problem(pathHere(key), `"${key}" is a reserved name and cannot be a key`, line, ch);
        } else if (Object.hasOwn(top.value, key)) {
          problem(pathHere(key), `the key "${key}" appears twice in this object (JSON keeps only one of them)`, line, ch);
        } else {
          top.key = key;
        }
      },
      onLiteralValue: (v) => put(v),
      onError: (code, _o, _l, line, ch) => {
        const what = SYNTAX[printParseErrorCode(code)] ?? printParseErrorCode(code);
        problems.push({ path: [], message: `Not valid JSON at line ${line + 1}, column ${ch + 1}: ${what}` });
        throw new Abort();
      },
    }, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch (e) {
    if (!(e instanceof Abort)) {
      problems.push({ path: [], message: `Not valid JSON: ${e instanceof Error ? e.message : String(e)}` });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  if (!hasRoot) return { ok: false, problems: [{ path: [], message: 'Not valid JSON: the text holds no value' }] };
  return { ok: true, value: root };
}

/**
 * Line and column of the value (or the key, for a missing field's parent) at each path, found in one pass over
 * the text. Used only to place messages, so it runs when something is wrong.
 */
export function locate(input: string, paths: readonly (readonly PathSegment[])[]): (JsonPosition | undefined)[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const wanted = new Map<string, number[]>();
  paths.forEach((p, i) => {
    const k = p.map(String).join('\u0000');
    wanted.set(k, [...(wanted.get(k) ?? []), i]);
  });
  const out: (JsonPosition | undefined)[] = paths.map(() => undefined);
  const stack: { path: string[]; index: number; isArray: boolean; key: string | null }[] = [];
  let depth = 0;
  const hit = (segs: string[], line: number, ch: number) => {
    const ids = wanted.get(segs.join('\u0000'));
    if (ids) for (const i of ids) out[i] ??= { line: line + 1, column: ch + 1 };
  };
  const here = (): string[] => {
    const top = stack[stack.length - 1];
    if (!top) return [];
    return [...top.path, top.isArray ? String(top.index) : (top.key ?? '')];
  };
  const value = (line: number, ch: number) => {
    const top = stack[stack.length - 1];
    if (top && !top.isArray) return;
    hit(here(), line, ch);
    if (top) top.index++;
  };
  const begin = (isArray: boolean, line: number, ch: number) => {
    if (++depth > MAX_JSON_DEPTH) throw new Abort();
    const path = stack.length ? here() : [];
    value(line, ch);
    stack.push({ path, index: 0, isArray, key: null });
  };
  try {
    visit(text, {
      onObjectBegin: (_o, _l, line, ch) => begin(false, line, ch),
      onArrayBegin: (_o, _l, line, ch) => begin(true, line, ch),
      onObjectEnd: () => { stack.pop(); depth--; },
      onArrayEnd: () => { stack.pop(); depth--; },
      onObjectProperty: (key, _o, _l, line, ch) => {
        const top = stack[stack.length - 1]!;
        top.key = key;
        hit(here(), line, ch);
      },
      onLiteralValue: (_v, _o, _l, line, ch) => value(line, ch),
    }, { disallowComments: true });
  } catch (e) {
    if (!(e instanceof Abort)) throw e;
  }
  return out;
}

/**
 * Checks a value that did not come as text (an object handed to openDesign) the same way, iteratively: only JSON
 * types, no cycles, no reserved keys, depth within the limit. Returns a copy in objects with no prototype.
 */
export function copyJson(input: unknown, maxDepth = MAX_JSON_DEPTH): JsonResult {
  const problems: JsonProblem[] = [];
  const seen = new Set<object>();
  const holder: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const work: { value: unknown; into: Record<string, unknown> | unknown[]; key: string | number; path: PathSegment[] }[] = [
    { value: input, into: holder, key: 'root', path: [] },
  ];
  while (work.length > 0 && problems.length < MAX_PROBLEMS) {
    const { value, into, key, path } = work.pop()!;
    const set = (v: unknown) => { if (Array.isArray(into)) into[key as number] = v; else into[key] = v; };
    if (value === null || typeof value === 'string' || typeof value === 'boolean') { set(value); continue; }
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) problems.push({ path, message: 'not a finite number' });
      else set(value);
      continue;
    }
    if (typeof value !== 'object') { problems.push({ path, message: `a ${typeof value} is not a JSON value` }); continue; }
    if (seen.has(value)) { problems.push({ path, message: 'the value contains itself (a cycle)' }); continue; }
    if (path.length >= maxDepth) { problems.push({ path, message: `nested deeper than ${maxDepth} levels` }); continue; }
    seen.add(value);
    if (Array.isArray(value)) {
      const arr: unknown[] = new Array<unknown>(value.length);
      set(arr);
      for (let i = value.length - 1; i >= 0; i--) work.push({ value: value[i], into: arr, key: i, path: [...path, i] });
      continue;
    }
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== null && proto !== Object.prototype) { problems.push({ path, message: 'not a plain JSON object' }); continue; }
    const obj = Object.create(null) as Record<string, unknown>;
    set(obj);
    for (const k of Reflect.ownKeys(value)) {
      if (typeof k !== 'string') { problems.push({ path, message: 'a symbol key is not JSON' }); continue; }
      if (RESERVED_NAMES.has(k)) { problems.push({ path: [...path, k], message: `"${k}" is a reserved name and cannot be a key` }); continue; }
      work.push({ value: (value as Record<string, unknown>)[k], into: obj, key: k, path: [...path, k] });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: holder.root };
}

/**
 * Bytes of a file to text: UTF-8 (with or without its byte-order mark) or UTF-16 with a byte-order mark.
 * Invalid UTF-8 is refused rather than turned into replacement characters.
 */
export function decodeJsonBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  const b0 = bytes[0], b1 = bytes[1];
  const label = b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : 'utf-8';
  if (label === 'utf-8' && bytes.length >= 2 && (b0 === 0 || b1 === 0)) {
    return { ok: false, message: 'the file looks like UTF-16 text without a byte-order mark; save it as UTF-8' };
  }
  try {
    return { ok: true, text: new TextDecoder(label, { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: `the file is not valid ${label === 'utf-8' ? 'UTF-8' : label.toUpperCase()} text` };
  }
}

/**
 * Bytes of a text file (command output) to text: a UTF-16 byte-order mark is honoured, a UTF-8 one dropped, and
 * anything else read as UTF-8 with replacement characters (an import reports lines it cannot read instead).
 */
export function decodeTextBytes(bytes: Uint8Array): string {
  const b0 = bytes[0], b1 = bytes[1];
  const label = b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(label).decode(bytes);
}
