/**
 * Rehearsal of a planned VIOS shutdown, the way an administrator does it: put the VIOS's SEAs of failover pairs to
 * standby (the partner takes the bridging without waiting for keep-alives to stop), check the clients' paths, shut the
 * VIOS down. The impact is that of a planned shutdown of the VIOS; blockers are what makes the shutdown unclean.
 */
import type { Design, Id } from '../../model/schema/index.ts';
import { buildPathModel } from './build.ts';
import { impactOf } from './impact.ts';
import type { PathModel } from './model.ts';
import type { MaintenanceBlocker, MaintenanceRehearsal } from './types.ts';

const isModel = (x: PathModel | Design): x is PathModel => 'servicesOf' in x;

export function rehearseMaintenance(modelOrDesign: PathModel | Design, viosId: Id): MaintenanceRehearsal {
  const model = isModel(modelOrDesign) ? modelOrDesign : buildPathModel(modelOrDesign);
  const comp = model.componentIndex.get(viosId);
  const vios = comp === undefined ? undefined : model.components[comp];
  if (!vios || vios.kind !== 'vios') throw new Error(`${viosId} is not a VIOS of this design`);
  const impact = impactOf(model, [{ id: viosId, planned: true }]);
  const seas = model.seasOfVios.get(viosId) ?? [];
  const steps: string[] = [];
  for (const s of seas) {
    if (s.haMode === 'auto' || s.haMode === 'sharing') steps.push(`chdev -dev ${s.deviceName} -attr ha_mode=standby on ${vios.name} (the partner SEA takes over the bridging)`);
  }
  const moved = vnicMoves(model, viosId);
  if (moved.length > 0) {
    steps.push(`on the HMC, for each vNIC whose active backing device is on ${vios.name}: chhwres -r virtualio --rsubtype vnic -o s -a auto_priority_failover=0, then chhwres -r virtualio --rsubtype vnicbkdev -o act on its next backing device (${moved.join('; ')})`);
  }
  steps.push(`on every AIX client: lspath shows the paths through the other VIOS Enabled`);
  steps.push(`shutdown -force on ${vios.name}`);

  const blockers: MaintenanceBlocker[] = [];
  const hcheckClients = new Set<number>();
  const byId = new Map(model.partitions.map((x) => [x.partitionId, x]));
  for (const p of impact.partitions) {
    const mp = byId.get(p.partitionId)!;
    for (const sv of p.services) {
      const svc = mp.services.map((i) => model.services[i]!).find((x) => x.key === sv.key)!;
      const units = svc.copies.flat();
      const throughVios = units.some((u) => u.paths.some((path) => path.viosId === viosId));
      if (!throughVios) continue;
      if (sv.verdict === 'Outage') {
        let kind: MaintenanceBlocker['kind'] = 'other';
        if (svc.kind === 'storage') kind = units.some((u) => u.localDisk) ? 'unmirrored-lv' : 'single-path';
        else if (units.some((u) => u.mechanism.startsWith('sea'))) kind = 'single-bridge';
        const what = kind === 'unmirrored-lv' ? 'is not mirrored to a disk served by another VIOS'
          : kind === 'single-path' ? `has no path that avoids ${vios.name}`
            : kind === 'single-bridge' ? `is bridged to the outside only by ${vios.name}`
              : units.some((u) => u.mechanism === 'vnic-failover') ? `has no backing device on another VIOS` : 'is lost';
        blockers.push({ partitionId: p.partitionId, name: p.name, kind, reason: `${p.name}: ${sv.label} ${what} (${sv.reason})` });
      } else if (svc.kind === 'storage' && mp.kind === 'aix' && mp.hcheckInterval === 0 && !hcheckClients.has(mp.index)
        && units.some((u) => u.paths.some((path) => path.viosId === viosId && path.mpio))) {
        hcheckClients.add(mp.index);
        blockers.push({
          partitionId: p.partitionId, name: p.name, kind: 'hcheck-interval-0',
          reason: `${p.name}: hcheck_interval=0, so its paths through ${vios.name} stay Failed after the VIOS returns; set hcheck_interval=60 first or re-enable them with chpath -s enable`,
        });
      }
    }
  }
  steps.push(`after the maintenance: start ${vios.name}${seas.some((s) => s.haMode === 'auto' || s.haMode === 'sharing') ? `, chdev -dev ${seas.map((s) => s.deviceName).join('/')} -attr ha_mode=${seas[0]!.haMode === 'sharing' ? 'sharing' : 'auto'}` : ''}, check lspath on the clients${hcheckClients.size > 0 ? ' and re-enable the Failed paths (chpath -s enable)' : ''}${moved.length > 0 ? ', set auto_priority_failover=1 on the vNICs moved: each returns to its preferred backing device' : ''}`);
  return { viosId, steps, impact, blockers };
}

/**
 * The vNICs whose preferred (active) backing device is on the VIOS and that have another one elsewhere, as "aix01 vNIC
 * ent0 (slot 6) to ent1 on vios2": IBM's own maintenance script moves them first (manual failover) and turns
 * auto_priority_failover off meanwhile, then on again (MODERN.md 2.1).
 */
function vnicMoves(model: PathModel, viosId: Id): string[] {
  const out: string[] = [];
  for (const svc of model.services) {
    const u = svc.copies[0]?.[0];
    if (svc.mechanism !== 'vnic-failover' || !u || u.paths[0]?.viosId !== viosId) continue;
    const next = u.paths.find((p) => p.viosId !== viosId);
    if (next) out.push(`${model.partitions[svc.partition]!.name} ${u.label} to ${next.through}`);
  }
  return out;
}
