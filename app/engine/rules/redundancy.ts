/**
 * The redundancy rules are a view of the impact engine's N-1 analysis (app/engine/impact): one mechanism, not two.
 * Every failable component whose failure alone puts some client service in Outage is a single point of failure; the
 * rule that reports it depends on what the component is and what it takes down. Frames, storage arrays, LUNs and
 * Ethernet switches are left out: a frame and a LUN are single by nature, and the redundancy of the array and of the
 * LAN outside the frames is not drawn in enough detail to judge.
 */
import type { Id } from '../../model/schema/index.ts';
import type { DesignIndex } from '../index-design.ts';
import { buildPathModel } from '../impact/build.ts';
import { singleOutages } from '../impact/singles.ts';
import type { ModelService, PathModel } from '../impact/model.ts';
import type { FailableComponent } from '../impact/types.ts';
import type { PathModelKeeper } from '../impact/keeper.ts';
import { defineRule, type Emit, type Rule, type RuleContext } from './types.ts';
import { listing } from './common.ts';

const FAILOVER = 'https://www.ibm.com/docs/HW4L4/p8hb1/p8hb1_vios_disks.htm ; https://www.ibm.com/docs/en/power9?topic=partitions-shared-ethernet-adapter-failover (REFERENCE.md section 3, derived)';

const models = new WeakMap<DesignIndex, PathModel>();
/** The path model of the design being validated, once per validation (from the keeper when the validation has one). */
export function pathModelOf(ix: DesignIndex, keeper?: PathModelKeeper): PathModel {
  let m = models.get(ix);
  if (!m) { m = keeper ? keeper.model(ix.design, ix) : buildPathModel(ix.design, ix); models.set(ix, m); }
  return m;
}

type Which = 'disk' | 'local-disk' | 'network';

/** An LV-, file-backed or internal disk of a VIOS, not part of a mirrored volume group. */
const isLocalDisk = (s: ModelService): boolean => s.copies.length === 1 && s.copies[0]!.some((u) => u.localDisk);

/**
 * A vNIC whose backing devices come down to one VIOS: one backing device (VNIC-8) or all on one VIOS (VNIC-5). The vNIC
 * rules report that fact, with the vNIC's own words; RED-4 leaves these services out so that it is said once.
 */
const vnicOnOneVios = (s: ModelService): boolean =>
  s.mechanism === 'vnic-failover' && s.copies.length === 1 && s.copies[0]!.length === 1 && new Set(s.copies[0]![0]!.paths.map((p) => p.viosId)).size <= 1;

/** For each component the rule looks at, the client services its failure alone puts in Outage, of one kind. */
function spofs({ index: ix, paths }: RuleContext, kinds: readonly FailableComponent['kind'][], which: Which, emit: Emit, say: (c: FailableComponent, what: string) => string, port?: 'fc' | 'ethernet'): void {
  const model = pathModelOf(ix, paths);
  const outages = singleOutages(model);
  const d = ix.design.domain;
  model.components.forEach((c, i) => {
    if (outages[i]!.length === 0 || !kinds.includes(c.kind)) return;
    if (port && c.kind !== 'vios') {
      const kindOf = (id: Id) => d.physicalPorts[id]?.kind;
      if (!c.elementIds.some((id) => (port === 'fc' ? kindOf(id) === 'fc' || kindOf(id) === 'sas' : kindOf(id) === 'ethernet' || !kindOf(id)))) return;
    }
    const byPartition = new Map<number, string[]>();
    for (const si of outages[i]!) {
      const s = model.services[si]!;
      const fits = which === 'network' ? s.kind === 'network' && !vnicOnOneVios(s) : s.kind === 'storage' && (which === 'local-disk') === isLocalDisk(s);
      if (!fits) continue;
      byPartition.set(s.partition, [...(byPartition.get(s.partition) ?? []), s.label]);
    }
    if (byPartition.size === 0) return;
    const parts = [...byPartition].map(([p, labels]) => `${model.partitions[p]!.name} (${labels.join(', ')})`);
    const shown = parts.length > 6 ? [...parts.slice(0, 5), `${parts.length - 5} more partitions`] : parts;
    emit(say(c, listing(shown)), [...c.elementIds, ...[...byPartition.keys()].map((p) => model.partitions[p]!.partitionId)]);
  });
}

export const RED_1: Rule = defineRule({
  id: 'RED-1', family: 'redundancy', severity: 'warning', tag: 'D',
  title: 'Client disks that depend on a single VIOS',
  explanation: 'When a VIOS goes down every disk it alone serves is lost to its clients: a SAN LUN mapped through one VIOS '
    + 'only (vSCSI) or NPIV paths through one VIOS. Map the LUN through both VIOS (client MPIO) or give the client a '
    + 'virtual FC adapter through the second VIOS. Logical-volume and file disks are RED-5. A view of the N-1 analysis.',
  source: FAILOVER,
  run(ctx, emit) {
    spofs(ctx, ['vios'], 'disk', emit, (c, what) => `${c.name} is a single point of failure for the disks of ${what}; map them through a second VIOS too`);
  },
});

export const RED_2: Rule = defineRule({
  id: 'RED-2', family: 'redundancy', severity: 'warning', tag: 'D',
  title: 'Client disks behind a single FC port or adapter',
  explanation: 'A SAN disk is reached through the FC ports of the VIOS that serve it (or, with NPIV, the port each vfchost '
    + 'is mapped to), cabled to fabrics where the LUN is presented. If all of that comes down to one physical port or '
    + 'adapter, a cable, SFP or adapter failure takes the disk away. A view of the N-1 analysis.',
  source: FAILOVER,
  run(ctx, emit) {
    spofs(ctx, ['physical-port', 'physical-adapter'], 'disk', emit, (c, what) => `${c.kind === 'physical-adapter' ? 'Adapter' : 'FC port'} ${c.name} is a single point of failure for the disks of ${what}`, 'fc');
  },
});

export const RED_3: Rule = defineRule({
  id: 'RED-3', family: 'redundancy', severity: 'warning', tag: 'D',
  title: 'Client disks through a single fabric',
  explanation: 'A SAN disk whose every path (vSCSI through the VIOS ports, NPIV through the mapped ports) runs through '
    + 'one SAN fabric is lost when that fabric fails. Present the LUN on both fabrics and cable each VIOS to both. '
    + 'A view of the N-1 analysis.',
  source: FAILOVER,
  run(ctx, emit) {
    spofs(ctx, ['san-fabric'], 'disk', emit, (c, what) => `Fabric ${c.name} is a single point of failure for the disks of ${what}`);
  },
});

export const RED_4: Rule = defineRule({
  id: 'RED-4', family: 'redundancy', severity: 'warning', tag: 'D',
  title: 'Client network that depends on a single VIOS, SEA or port',
  explanation: 'A client reaches the external network through the SEAs that bridge its VLANs, through HEA logical ports '
    + 'or through its own physical ports. When all of these come down to one VIOS, SEA, link aggregation, HEA port or '
    + 'Ethernet port, that element is a single point of failure. SEA failover pairs, or NIB across two VIOS, avoid it. '
    + 'A vNIC whose backing devices are one (VNIC-8) or all on one VIOS (VNIC-5) is reported by those rules, not here. '
    + 'A view of the N-1 analysis.',
  source: FAILOVER,
  run(ctx, emit) {
    spofs(ctx, ['vios', 'sea', 'link-aggregation', 'hea-port', 'physical-port', 'physical-adapter'], 'network', emit,
      (c, what) => `The external network of ${what} depends on ${c.kind === 'hea-port' ? '' : `${c.kind === 'sea' ? 'SEA ' : ''}`}${c.name} alone, a single point of failure`, 'ethernet');
  },
});

export const RED_5: Rule = defineRule({
  id: 'RED-5', family: 'redundancy', severity: 'warning', tag: 'C',
  title: 'Logical-volume or file disk through one VIOS, not mirrored',
  explanation: 'A disk backed by a logical volume, a file or an internal disk of a VIOS has one path, through that VIOS: '
    + 'it is lost with the VIOS. The client must mirror it (mirrorvg) onto a disk served by the other VIOS; say so '
    + 'with a mirrored volume group in the client.',
  source: 'https://www.ibm.com/docs/HW4L4/p8hb1/p8hb1_vios_disks.htm',
  run(ctx, emit) {
    spofs(ctx, ['vios', 'physical-port', 'physical-adapter'], 'local-disk', emit,
      (c, what) => `${c.name} is a single point of failure for the unmirrored disks of ${what}; mirror them onto a disk from another VIOS (client volume group with a mirror copy)`, 'fc');
  },
});

export const REDUNDANCY_RULES: Rule[] = [RED_1, RED_2, RED_3, RED_4, RED_5];
