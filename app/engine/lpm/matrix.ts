/**
 * The LPM readiness matrix: every client partition (rows, by frame and name) against every frame (columns). Each
 * cell says whether the partition could move there now, alone (cells do not compete for the destination's free
 * resources), and every reason it could not. Linear in partitions × frames: each frame's offer and each
 * partition's needs are computed once. The pieces (frames, row, cell, counts) are shared with the keeper
 * (keeper.ts), which computes again only the rows and cells whose inputs changed since the last version.
 */
import { natural } from '../../model/natural.ts';
import type { Design, ManagedSystem, Partition } from '../../model/schema/index.ts';
import { indexDesign, type DesignIndex } from '../index-design.ts';
import { destinationReasons, sourceReasons } from './destination.ts';
import { ownFrameCompat } from './modern-destination.ts';
import { frameOffer, type FrameOffer } from './frames.ts';
import { frameReasons } from './frame-reasons.ts';
import { partitionNeeds, type PartitionNeeds } from './needs.ts';
import type { LpmCell, LpmMatrix, LpmReason, LpmRow } from './types.ts';

const byName = (a: { name: string }, b: { name: string }): number => natural(a.name, b.name);

const blocks = (list: readonly LpmReason[]): boolean => list.some((r) => r.severity === 'error');

/** A frame's own reasons: its hardware, and (for an active migration) its mover service partitions. */
export interface OwnReasons { hardware: LpmReason[]; movers: LpmReason[]; all: LpmReason[] }

/** The frames of a design by name, with their offers and their own reasons. */
export interface MatrixFrames { systems: ManagedSystem[]; offers: FrameOffer[]; own: OwnReasons[] }

export function matrixFrames(ix: DesignIndex): MatrixFrames {
  const systems = [...ix.all.systems].sort(byName);
  const offers = systems.map((s) => frameOffer(ix, s));
  return { systems, offers, own: offers.map(ownReasons) };
}

export function ownReasons(offer: FrameOffer): OwnReasons {
  const r = frameReasons(offer);
  return { ...r, all: [...r.hardware, ...r.movers] };
}

/** The client partitions of one frame, in row order. */
export const rowPartitions = (ix: DesignIndex, source: ManagedSystem): Partition[] =>
  (ix.partitionsBySystem.get(source.id) ?? []).filter((p) => p.kind !== 'vios').sort(byName);

/** One cell of a row: the partition of `needs` (home frame `f`) towards frame `i`. */
export function matrixCell(ix: DesignIndex, fr: MatrixFrames, needs: PartitionNeeds, f: number, i: number, blockedEverywhere: boolean): LpmCell {
  const to = fr.offers[i]!;
  if (i === f) return { destinationId: to.system.id, status: 'source', reasons: [] };
  const active = needs.partition.state !== 'not-activated';
  const dest = destinationReasons(ix, needs, fr.offers[f]!, to);
  const frame = active ? fr.own[i]!.all : fr.own[i]!.hardware;
  const reasons = frame.length === 0 ? dest : dest.length === 0 ? [...frame] : [...frame, ...dest];
  const blocked = blockedEverywhere || blocks(reasons);
  return { destinationId: to.system.id, status: blocked ? 'blocked' : 'ready', reasons };
}

/** The reasons of a row that hold for every destination. */
export function rowEverywhere(fr: MatrixFrames, needs: PartitionNeeds, f: number): LpmReason[] {
  const p = needs.partition;
  const source = fr.systems[f]!;
  const active = p.state !== 'not-activated';
  const compat = ownFrameCompat(p, source);
  const own = fr.own[f]!;
  return [...needs.everywhere, ...(compat ? [compat] : []), ...sourceReasons(needs, fr.offers[f]!), ...own.hardware, ...(active ? own.movers : [])];
}

/** A row without its cells (the keeper fills them, some kept from the last version). */
export function rowHead(p: Partition, source: ManagedSystem, everywhere: LpmReason[], cells: LpmCell[]): LpmRow {
  const active = p.state !== 'not-activated';
  return { partitionId: p.id, name: p.name, kind: p.kind as LpmRow['kind'], migration: active ? 'active' : 'inactive', sourceId: source.id, everywhere, cells };
}

/** One whole row, with the needs it was computed from. */
export function matrixRow(ix: DesignIndex, fr: MatrixFrames, p: Partition, f: number): { row: LpmRow; needs: PartitionNeeds } {
  const source = fr.systems[f]!;
  const needs = partitionNeeds(ix, p, source);
  const everywhere = rowEverywhere(fr, needs, f);
  const blockedEverywhere = blocks(everywhere);
  const cells = fr.offers.map((_, i) => matrixCell(ix, fr, needs, f, i, blockedEverywhere));
  return { row: rowHead(p, source, everywhere, cells), needs };
}

export const blockedEverywhere = (row: LpmRow): boolean => blocks(row.everywhere);

/** Ready, blocked and with-warnings counts over every cell but the sources. */
export function matrixCounts(rows: readonly LpmRow[]): LpmMatrix['counts'] {
  const counts = { ready: 0, blocked: 0, withWarnings: 0 };
  for (const row of rows) {
    for (const cell of row.cells) {
      if (cell.status === 'source') continue;
      if (cell.status === 'blocked') counts.blocked++;
      else {
        counts.ready++;
        if (row.everywhere.length + cell.reasons.length > 0) counts.withWarnings++;
      }
    }
  }
  return counts;
}

export const matrixOfRows = (fr: MatrixFrames, rows: LpmRow[]): LpmMatrix =>
  ({ frames: fr.systems.map((s) => ({ id: s.id, name: s.name, generation: s.generation })), rows, counts: matrixCounts(rows) });

function computeMatrix(ix: DesignIndex): LpmMatrix {
  const fr = matrixFrames(ix);
  const rows: LpmRow[] = [];
  fr.systems.forEach((source, f) => {
    for (const p of rowPartitions(ix, source)) rows.push(matrixRow(ix, fr, p, f).row);
  });
  return matrixOfRows(fr, rows);
}

/**
 * The last matrix of each domain object (the matrix reads nothing else), so that the LPM panel reads the one the LPM
 * rules of the validation computed; a validation computes its own (once per index: from scratch for a new index, or
 * through a keeper, which sets it with `setLpmMatrix`).
 */
const byDomain = new WeakMap<Design['domain'], LpmMatrix>();
const byIndex = new WeakMap<DesignIndex, LpmMatrix>();

/** Records the matrix of an index (computed by a keeper), for `lpmMatrixOf` and `lpmMatrix`. */
export function setLpmMatrix(ix: DesignIndex, m: LpmMatrix): void {
  byIndex.set(ix, m);
  byDomain.set(ix.design.domain, m);
}

/** The matrix of an indexed design, computed once per index. */
export function lpmMatrixOf(ix: DesignIndex): LpmMatrix {
  let m = byIndex.get(ix);
  if (!m) setLpmMatrix(ix, (m = computeMatrix(ix)));
  return m;
}

/** The LPM readiness of every client partition of a design towards every other frame. */
export const lpmMatrix = (design: Design): LpmMatrix => byDomain.get(design.domain) ?? lpmMatrixOf(indexDesign(design));
