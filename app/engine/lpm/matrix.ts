/**
 * The LPM readiness matrix: every client partition (rows, by frame and name) against every frame (columns). Each
 * cell says whether the partition could move there now, alone (cells do not compete for the destination's free
 * resources), and every reason it could not. Linear in partitions × frames: each frame's offer and each
 * partition's needs are computed once.
 */
import { natural } from '../../model/natural.ts';
import type { Design } from '../../model/schema/index.ts';
import { indexDesign, perIndex, type DesignIndex } from '../index-design.ts';
import { destinationReasons, sourceReasons } from './destination.ts';
import { ownFrameCompat } from './modern-destination.ts';
import { frameOffer } from './frames.ts';
import { frameReasons } from './frame-reasons.ts';
import { partitionNeeds } from './needs.ts';
import type { LpmCell, LpmMatrix, LpmReason, LpmRow } from './types.ts';

const byName = (a: { name: string }, b: { name: string }): number => natural(a.name, b.name);

const blocks = (list: readonly LpmReason[]): boolean => list.some((r) => r.severity === 'error');

/**
 * The last matrix of each domain object (the matrix reads nothing else), so that the LPM panel reads the one the LPM
 * rules of the validation computed; a validation computes its own (once per index: from scratch for a new index).
 */
const byDomain = new WeakMap<Design['domain'], LpmMatrix>();

/** The matrix of an indexed design, computed once per index. */
export const lpmMatrixOf = perIndex((ix: DesignIndex): LpmMatrix => {
  const m = computeMatrix(ix);
  byDomain.set(ix.design.domain, m);
  return m;
});

function computeMatrix(ix: DesignIndex): LpmMatrix {
  const systems = [...ix.all.systems].sort(byName);
  const offers = systems.map((s) => frameOffer(ix, s));
  const own = offers.map(frameReasons).map((r) => ({ ...r, all: [...r.hardware, ...r.movers] }));
  const rows: LpmRow[] = [];
  const counts = { ready: 0, blocked: 0, withWarnings: 0 };
  for (let f = 0; f < systems.length; f++) {
    const source = systems[f]!;
    const clients = (ix.partitionsBySystem.get(source.id) ?? []).filter((p) => p.kind !== 'vios').sort(byName);
    for (const p of clients) {
      const needs = partitionNeeds(ix, p, source);
      const home = offers[f]!;
      const active = p.state !== 'not-activated';
      const compat = ownFrameCompat(p, source);
      const everywhere = [...needs.everywhere, ...(compat ? [compat] : []), ...sourceReasons(needs, home), ...own[f]!.hardware, ...(active ? own[f]!.movers : [])];
      const blockedEverywhere = blocks(everywhere);
      const cells: LpmCell[] = offers.map((to, i) => {
        if (i === f) return { destinationId: to.system.id, status: 'source', reasons: [] };
        const dest = destinationReasons(ix, needs, home, to);
        const frame = active ? own[i]!.all : own[i]!.hardware;
        const reasons = frame.length === 0 ? dest : dest.length === 0 ? [...frame] : [...frame, ...dest];
        const blocked = blockedEverywhere || blocks(reasons);
        if (blocked) counts.blocked++;
        else counts.ready++;
        if (!blocked && everywhere.length + reasons.length > 0) counts.withWarnings++;
        return { destinationId: to.system.id, status: blocked ? 'blocked' : 'ready', reasons };
      });
      rows.push({ partitionId: p.id, name: p.name, kind: p.kind as LpmRow['kind'], migration: active ? 'active' : 'inactive', sourceId: source.id, everywhere, cells });
    }
  }
  return { frames: systems.map((s) => ({ id: s.id, name: s.name, generation: s.generation })), rows, counts };
}

/** The LPM readiness of every client partition of a design towards every other frame. */
export const lpmMatrix = (design: Design): LpmMatrix => byDomain.get(design.domain) ?? lpmMatrixOf(indexDesign(design));
