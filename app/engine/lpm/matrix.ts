/**
 * The LPM readiness matrix: every client partition (rows, by frame and name) against every frame (columns). Each
 * cell says whether the partition could move there now, alone (cells do not compete for the destination's free
 * resources), and every reason it could not. Linear in partitions × frames: each frame's offer and each
 * partition's needs are computed once.
 */
import type { Design, Partition } from '../../model/schema/index.ts';
import { indexDesign, type DesignIndex } from '../index-design.ts';
import { destinationReasons } from './destination.ts';
import { frameOffer, type FrameOffer } from './frames.ts';
import { partitionNeeds } from './needs.ts';
import { reason } from './rules.ts';
import type { LpmCell, LpmMatrix, LpmReason, LpmRow } from './types.ts';

const byName = (a: { name: string }, b: { name: string }): number => a.name.localeCompare(b.name, 'en', { numeric: true });

const blocks = (list: readonly LpmReason[]): boolean => list.some((r) => r.severity === 'error');

/** Mover service partitions on the partition's own frame (LPM-11): none is an error, none recorded a warning. */
function homeMovers(p: Partition, home: FrameOffer): LpmReason[] {
  const source = home.system;
  const msps = home.vios.filter((v) => v.msp !== 'no');
  if (msps.length === 0) {
    const why = home.vios.length === 0 ? 'has no running VIOS' : `has no VIOS that can be mover service partition (msp=1, RMC up): ${home.vios.map((v) => v.name).join(', ')}`;
    return [reason('LPM-11', 'no mover service partition at home', `${source.name} ${why}, needed for the active migration of ${p.name}`, [p.id, source.id, ...home.vios.map((v) => v.id)])];
  }
  if (msps.some((v) => v.msp === 'yes')) return [];
  return [reason('LPM-11', 'no VIOS marked msp=1 at home', `No VIOS of ${source.name} is recorded as mover service partition (msp=1): ${msps.map((v) => v.name).join(', ')} must have the attribute for the active migration of ${p.name}`, [p.id, source.id, ...msps.map((v) => v.id)], 'warning')];
}

export function lpmMatrixOf(ix: DesignIndex): LpmMatrix {
  const systems = [...ix.all.systems].sort(byName);
  const offers = systems.map((s) => frameOffer(ix, s));
  const rows: LpmRow[] = [];
  const counts = { ready: 0, blocked: 0, withWarnings: 0 };
  for (let f = 0; f < systems.length; f++) {
    const source = systems[f]!;
    const clients = (ix.partitionsBySystem.get(source.id) ?? []).filter((p) => p.kind !== 'vios').sort(byName);
    for (const p of clients) {
      const needs = partitionNeeds(ix, p, source);
      const active = p.state !== 'not-activated';
      const everywhere = [...needs.everywhere];
      const home = offers[f]!;
      if (active) everywhere.push(...homeMovers(p, home));
      const cells: LpmCell[] = offers.map((to, i) => {
        if (i === f) return { destinationId: to.system.id, status: 'source', reasons: [] };
        const reasons = destinationReasons(ix, needs, home, to);
        const blocked = blocks(everywhere) || blocks(reasons);
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
export const lpmMatrix = (design: Design): LpmMatrix => lpmMatrixOf(indexDesign(design));
