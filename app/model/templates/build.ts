import type { Design, Id } from '../schema/index.ts';
import * as ops from '../ops/index.ts';

/** A small fluent helper for building designs from operations in templates, tests and generators. */
export class DesignBuilder {
  constructor(public design: Design) {}
  apply<A>(fn: ops.Op<A>, args: A): this {
    this.design = fn(this.design, args);
    return this;
  }
  /** The id of the most recently added record of a collection (ids are prefix-N). */
  last(collection: keyof Design['domain']): Id {
    const keys = Object.keys(this.design.domain[collection]);
    let best = '';
    let max = -1;
    for (const k of keys) {
      const n = Number(k.slice(k.lastIndexOf('-') + 1));
      if (n > max) { max = n; best = k; }
    }
    return best;
  }
  find<C extends keyof Design['domain']>(collection: C, pred: (r: Design['domain'][C][string]) => boolean): Design['domain'][C][string] {
    const r = Object.values(this.design.domain[collection]).find(pred as (x: unknown) => boolean);
    if (!r) throw new Error(`No ${collection} record matches`);
    return r as Design['domain'][C][string];
  }
}
