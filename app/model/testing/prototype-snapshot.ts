/** The own members of Object.prototype and Array.prototype with their descriptors, to show that nothing polluted them. */
export function prototypeSnapshot(): Record<string, unknown> {
  const take = (o: object) => Object.fromEntries(Reflect.ownKeys(o).map((k) => [String(k), { ...Object.getOwnPropertyDescriptor(o, k) }]));
  return {
    object: take(Object.prototype), array: take(Array.prototype), function: take(Function.prototype),
    objectProto: Object.getPrototypeOf(Object.prototype) as unknown, extensible: Object.isExtensible(Object.prototype),
  };
}
