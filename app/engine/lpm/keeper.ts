/**
 * An LPM readiness matrix kept from one version of a design to the next (the worker validates after every edit, and
 * the LPM rules are a view of the matrix). Every frame's offer and own reasons are computed again (a handful of
 * frames) and compared with the last ones by value; a row is computed again only when a record it reads changed or
 * what its home frame offers it did, and a kept row computes again only its cells towards frames whose offer changed.
 *
 * What a row reads, beyond the offers (compared as records, the same objects meaning the same facts, operations
 * copying only what they change): the partition and its frame; its virtual Ethernet, SCSI and FC adapters with their
 * server adapters, the VIOS those are on and the FC ports of the vfchosts; its disk paths (vhost, VTD, backing device,
 * the VIOS it is on, its LUN); its physical ports and HEA logical ports; its dedicated SR-IOV adapters, its logical
 * ports, its vNICs with their backing devices and logical ports; and, for every row, the storage arrays, fabrics and
 * SSP clusters and logical units (their names and fabrics are read by every row that reaches them).
 */
import type { Design, Id, ManagedSystem, Partition } from '../../model/schema/index.ts';
import { forEachIn, type DesignIndex } from '../index-design.ts';
import { derived } from '../paths.ts';
import {
  blockedEverywhere, matrixCell, matrixFrames, matrixOfRows, matrixRow, rowHead, rowPartitions, setLpmMatrix,
  type MatrixFrames,
} from './matrix.ts';
import { resourceReasons } from './destination.ts';
import type { FrameOffer } from './frames.ts';
import { modernIndex, type ModernIndex } from './modern-index.ts';
import type { PartitionNeeds } from './needs.ts';
import type { LpmMatrix, LpmRow } from './types.ts';
import { SEP, sameRecords } from '../kept-records.ts';

export interface LpmMatrixKeeper {
  /** The matrix of an indexed design, reusing the rows and cells of the last call whose inputs did not change. */
  matrix(ix: DesignIndex): LpmMatrix;
  /** What the last call did: everything, or how many rows it computed again, kept whole, and cells it computed in kept rows. */
  readonly last: { full: boolean; rebuilt: number; kept: number; cells: number };
}

/** Equal by value: primitives, arrays, plain objects, Maps and Sets (of primitives). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (a instanceof Map) {
    if (!(b instanceof Map) || a.size !== b.size) return false;
    for (const [k, v] of a) if (!b.has(k) || !sameValue(v, b.get(k))) return false;
    return true;
  }
  if (a instanceof Set) {
    if (!(b instanceof Set) || a.size !== b.size) return false;
    for (const v of a) if (!b.has(v)) return false;
    return true;
  }
  if (Array.isArray(b) || b instanceof Map || b instanceof Set) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!Object.hasOwn(b, k) || !sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}



/** Collections every row may read (names, fabrics, SSP clusters): any change recomputes every row. */
const globals = (d: Design['domain']): unknown[] => [d.storageArrays, d.sanFabrics, d.sspClusters, d.sspLogicalUnits];

/**
 * The partitions of a domain whose record changed when nothing else did (no other collection, no partition added or
 * removed): the lookups of a row then find the same records but for those partitions; null otherwise.
 */
function changedPartitionsOnly(a: Design['domain'], b: Design['domain']): Set<Id> | null {
  const keys = Object.keys(b) as (keyof Design['domain'])[];
  if (keys.length !== Object.keys(a).length) return null;
  for (const k of keys) if (k !== 'partitions' && a[k] !== b[k]) return null;
  const out = new Set<Id>();
  let n = 0;
  for (const id in b.partitions) {
    n++;
    const old = a.partitions[id];
    if (!old) return null;
    if (old !== b.partitions[id]) out.add(id);
  }
  return n === Object.keys(a.partitions).length ? out : null;
}

interface RowRecords {
  records: unknown[];
  /** The partitions among `records`. */
  reads: Set<Id>;
}

/** The records one row is computed from, beyond the offers and the globals, in a fixed order. */
function rowRecords(ix: DesignIndex, mx: ModernIndex, p: Partition, source: ManagedSystem): RowRecords {
  const d = ix.design.domain;
  const out: unknown[] = [p, source];
  const reads = new Set<Id>([p.id]);
  const part = (id: Id) => { reads.add(id); return d.partitions[id]; };
  const pi = ix.part(p.id);
  if (pi) {
    forEachIn(pi.vethAt, (a) => out.push(a));
    out.push(SEP);
    forEachIn(pi.vscsiAt, (c) => {
      const s = c.role === 'client' ? ix.serverOf('vscsi', c) : undefined;
      out.push(c, s, s ? part(s.partitionId) : undefined);
    });
    out.push(SEP);
    forEachIn(pi.vfcAt, (c) => {
      const s = c.role === 'client' ? ix.serverOf('vfc', c) : undefined;
      out.push(c, s, s ? part(s.partitionId) : undefined, s?.physicalPortId ? d.physicalPorts[s.physicalPortId] : undefined);
    });
    out.push(SEP, ...pi.ports, SEP, ...pi.heaLogical, SEP);
  }
  for (const x of derived(ix).diskPaths.get(p.id) ?? []) {
    const b = x.backing;
    out.push(x.client, x.vhost, x.vtd, b, part(x.viosId), part(b.partitionId), b.lunId ? d.luns[b.lunId] : undefined);
  }
  out.push(SEP, ...(mx.dedicatedByOwner.get(p.id) ?? []), SEP, ...(mx.logicalByOwner.get(p.id) ?? []), SEP);
  for (const v of mx.vnicsByPartition.get(p.id) ?? []) {
    out.push(v);
    for (const b of mx.backingByVnic.get(v.id) ?? []) out.push(b, d.sriovLogicalPorts[b.logicalPortId]);
  }
  return { records: out, reads };
}

interface KeptRow extends RowRecords { needs: PartitionNeeds; row: LpmRow }

interface Kept {
  domain: Design['domain'];
  matrix: LpmMatrix;
  globals: unknown[];
  frames: MatrixFrames;
  rows: Map<Id, KeptRow>;
}

const withoutFree = (o: FrameOffer): FrameOffer => ({ ...o, freePoolUnits: null, freeDedicatedCores: null, freeMemoryMB: null });

const readsAny = (reads: Set<Id>, changed: Set<Id>): boolean => {
  for (const id of changed) if (reads.has(id)) return true;
  return false;
};

/** What a row reads of its home frame's offer (besides the frame record, among the row's records). */
const homeSame = (a: MatrixFrames, b: MatrixFrames, f: number): boolean =>
  a.own[f] === b.own[f] && a.offers[f]!.msps.length === b.offers[f]!.msps.length && sameValue(a.offers[f]!.nonDefaultTrunkPvids, b.offers[f]!.nonDefaultTrunkPvids);

export function createLpmMatrixKeeper(): LpmMatrixKeeper {
  let kept: Kept | null = null;
  const last = { full: true, rebuilt: 0, kept: 0, cells: 0 };
  return {
    last,
    matrix(ix) {
      const domain = ix.design.domain;
      if (kept && kept.domain === domain) {
        setLpmMatrix(ix, kept.matrix);
        return kept.matrix;
      }
      const prev = kept;
      const fr = matrixFrames(ix);
      const g = globals(domain);
      const reuse = prev !== null && sameRecords(prev.globals, g) && sameRecords(prev.frames.systems.map((s) => s.id), fr.systems.map((s) => s.id));
      // frames whose offer did not change keep the last offer and own reasons (the same reason objects in kept cells)
      const offerSame = fr.offers.map((o, i) => reuse && sameValue(prev.frames.offers[i], o));
      for (let i = 0; i < fr.offers.length; i++) {
        if (!reuse) continue;
        if (offerSame[i]) { fr.offers[i] = prev.frames.offers[i]!; fr.own[i] = prev.frames.own[i]!; }
        else if (sameValue(prev.frames.own[i], fr.own[i])) fr.own[i] = prev.frames.own[i]!;
      }
      // frames whose offer changed only in its free processors and memory (a partition's entitlement or memory edited):
      // a kept row keeps its cell towards them when its LPM-14 reasons there are the same
      const freeOnly = fr.offers.map((o, i) => reuse && !offerSame[i] && sameValue(withoutFree(prev.frames.offers[i]!), withoutFree(o)));
      const home = fr.offers.map((_, f) => reuse && homeSame(prev.frames, fr, f));
      const mx = modernIndex(ix);
      // only partition records changed: a row whose records name none of them reads the same records as last time
      const onlyParts = reuse ? changedPartitionsOnly(prev.domain, domain) : null;
      const rows: LpmRow[] = [];
      const keptRows = new Map<Id, KeptRow>();
      let rebuilt = 0;
      let keptCount = 0;
      let cells = 0;
      fr.systems.forEach((source, f) => {
        for (const p of rowPartitions(ix, source)) {
          const before = reuse && home[f] ? prev.rows.get(p.id) : undefined;
          const clean = before && onlyParts && !readsAny(before.reads, onlyParts);
          const recs = clean ? before : rowRecords(ix, mx, p, source);
          if (!before || (!clean && !sameRecords(before.records, recs.records))) {
            const { row, needs } = matrixRow(ix, fr, p, f);
            rebuilt++;
            rows.push(row);
            keptRows.set(p.id, { records: recs.records, reads: recs.reads, needs, row });
            continue;
          }
          keptCount++;
          let row = before.row;
          if (offerSame.some((s) => !s)) {
            // a kept home frame has kept its own reasons (the same objects): the row's `everywhere` stands
            const blocked = blockedEverywhere(row);
            const newCells = row.cells.map((cell, i) => {
              if (offerSame[i] || i === f) return cell;
              if (freeOnly[i] && sameValue(resourceReasons(before.needs, prev!.frames.offers[i]!), resourceReasons(before.needs, fr.offers[i]!))) return cell;
              cells++;
              return matrixCell(ix, fr, before.needs, f, i, blocked);
            });
            // the row object stays when every cell did (the panel's rows keep their identity)
            if (newCells.some((c, i) => c !== row.cells[i])) row = rowHead(p, source, row.everywhere, newCells);
          }
          rows.push(row);
          keptRows.set(p.id, { records: recs.records, reads: recs.reads, needs: before.needs, row });
        }
      });
      const matrix = matrixOfRows(fr, rows);
      Object.assign(last, { full: !reuse, rebuilt, kept: keptCount, cells });
      kept = { domain, matrix, globals: g, frames: fr, rows: keptRows };
      setLpmMatrix(ix, matrix);
      return matrix;
    },
  };
}
