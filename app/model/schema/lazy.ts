/**
 * A schema built the first time it is used (parsed with, read, or composed into another schema that is being built),
 * not when its module is evaluated: zod builds a schema out of many objects and closures, and the ~60 schemas of the
 * document took a large part of the app's start-up before the first picture, which parses nothing (a generated
 * design is not parsed; an autosaved or shared one is parsed, and builds them then). It behaves as the schema itself
 * (same methods, same `instanceof`, same inferred type) and is always the same object, so the schemas that hold it
 * stay consistent.
 *
 * zod's JSON Schema export (scripts/design-schema.ts) keys what it has seen by schema object and lets each schema
 * describe itself through its own `_zod.processJSONSchema`, which names the built schema, not this stand-in: the
 * stand-in hides that method, so the export describes it with the same processor for its type (zod's own fallback),
 * under the stand-in's identity. scripts/design-schema.test.ts checks that the published schema is unchanged.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let real: T | undefined;
  let internals: object | undefined;
  const get = (): T => (real ??= build());
  const zodOf = (): object => {
    if (internals) return internals;
    const own = (get() as { _zod: object })._zod;
    return (internals = new Proxy(own, {
      get: (t, key) => (key === 'processJSONSchema' ? undefined : Reflect.get(t, key, t)),
      has: (t, key) => key !== 'processJSONSchema' && Reflect.has(t, key),
    }));
  };
  return new Proxy({} as T, {
    get: (_t, key) => { if (key === '_zod') return zodOf(); const r = get(); return Reflect.get(r, key, r); },
    set: (_t, key, value) => Reflect.set(get(), key, value),
    has: (_t, key) => Reflect.has(get(), key),
    ownKeys: () => Reflect.ownKeys(get()),
    getOwnPropertyDescriptor: (_t, key) => {
      const d = Reflect.getOwnPropertyDescriptor(get(), key);
      // The stand-in's own target holds nothing: a property may only be reported as configurable.
      return d ? { ...d, configurable: true } : undefined;
    },
    defineProperty: (_t, key, d) => Reflect.defineProperty(get(), key, d),
    deleteProperty: (_t, key) => Reflect.deleteProperty(get(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(get()),
  });
}
