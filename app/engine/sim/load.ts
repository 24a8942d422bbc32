/**
 * Routing and utilisation (issue 13 item 2): each machine's demand (Mb/s) is spread over the paths it uses now, and
 * on each path over the alternatives that are up (a VIOS's FC ports to a LUN, link aggregation members). Loads are
 * kept per component and updated incrementally when a machine changes its paths; a component over its capacity
 * makes the partitions whose I/O crosses it Degraded.
 */
import type { ModelPath } from '../impact/model.ts';

export class LoadModel {
  readonly load: Float64Array;
  /** Per machine: the components it loads and by how much (parallel arrays). */
  private readonly comps: number[][];
  private readonly amounts: number[][];

  constructor(components: number, machines: number, readonly capacity: Float64Array, readonly demand: Float64Array) {
    this.load = new Float64Array(components);
    this.comps = Array.from({ length: machines }, () => []);
    this.amounts = Array.from({ length: machines }, () => []);
  }

  /** Routes machine m's demand over `paths`; the components whose load changed are added to `touched`. */
  route(m: number, paths: readonly ModelPath[], failed: Uint8Array, touched: Set<number>): void {
    const oldC = this.comps[m]!;
    const oldA = this.amounts[m]!;
    for (let i = 0; i < oldC.length; i++) { this.load[oldC[i]!]! -= oldA[i]!; touched.add(oldC[i]!); }
    const c: number[] = [];
    const a: number[] = [];
    const demand = this.demand[m]!;
    if (demand > 0 && paths.length > 0) {
      const share = demand / paths.length;
      for (const p of paths) {
        for (const x of p.requires) { c.push(x); a.push(share); }
        for (const group of p.anyOf) {
          const up = group.filter((alt) => alt.every((x) => !failed[x]));
          for (const alt of up) for (const x of alt) { c.push(x); a.push(share / up.length); }
        }
      }
    }
    for (let i = 0; i < c.length; i++) { this.load[c[i]!]! += a[i]!; touched.add(c[i]!); }
    this.comps[m] = c;
    this.amounts[m] = a;
  }

  utilisation(c: number): number {
    const cap = this.capacity[c]!;
    return cap > 0 ? Math.max(0, this.load[c]!) / cap : 0;
  }

  /** Machines whose I/O crosses component c. */
  machinesThrough(c: number): number[] {
    const out: number[] = [];
    for (let m = 0; m < this.comps.length; m++) if (this.comps[m]!.includes(c)) out.push(m);
    return out;
  }
}
