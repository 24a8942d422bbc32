import type { Id, SharedEthernetAdapter } from '../../model/schema/index.ts';
import { perIndex, type DesignIndex } from '../index-design.ts';
import { derived } from '../paths.ts';

/** SEAs that bridge the same VLANs of one virtual switch: the raw material of SEA-8, SEAHA-1 and SEAHA-2. */
export interface BridgeGroup {
  /** Sorted by id. */
  seas: SharedEthernetAdapter[];
  vlans: number[];
  systemId: Id;
  vswitch: string;
}

const HA = new Set(['auto', 'sharing', 'standby']);
export const isHa = (s: SharedEthernetAdapter): boolean => HA.has(s.haMode);

/** One entry per distinct set of two or more SEAs bridging some VLAN, with all the VLANs they share. */
export const bridgeGroups = perIndex((ix: DesignIndex): BridgeGroup[] => {
  const groups = new Map<string, BridgeGroup>();
  for (const { seas, systemId, vswitch, vlan } of derived(ix).bridges) {
    if (seas.length < 2) continue;
    const sorted = [...seas].sort((a, b) => (a.id < b.id ? -1 : 1));
    const gk = JSON.stringify([systemId, vswitch, sorted.map((s) => s.id)]);
    const g = groups.get(gk);
    if (g) g.vlans.push(vlan);
    else groups.set(gk, { seas: sorted, vlans: [vlan], systemId, vswitch });
  }
  const out = [...groups.values()];
  for (const g of out) g.vlans.sort((a, b) => a - b);
  return out;
});

/** A proper SEA failover pair: exactly two SEAs, both in an HA mode, on two different VIOS. */
export const isFailoverPair = (g: BridgeGroup): boolean =>
  g.seas.length === 2 && g.seas.every(isHa) && g.seas[0]!.partitionId !== g.seas[1]!.partitionId;

/** The failover pairs of the design (each pair once, whatever number of VLANs it shares). */
export const failoverPairs = perIndex((ix: DesignIndex): [SharedEthernetAdapter, SharedEthernetAdapter][] => {
  const seen = new Set<string>();
  const out: [SharedEthernetAdapter, SharedEthernetAdapter][] = [];
  for (const g of bridgeGroups(ix)) {
    if (!isFailoverPair(g)) continue;
    const k = `${g.seas[0]!.id},${g.seas[1]!.id}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push([g.seas[0]!, g.seas[1]!]);
  }
  return out;
});

/** The partner of an SEA in a failover pair, if it has one. */
export const partnersOf = perIndex((ix: DesignIndex): Map<Id, SharedEthernetAdapter> => {
  const m = new Map<Id, SharedEthernetAdapter>();
  for (const [a, b] of failoverPairs(ix)) { m.set(a.id, b); m.set(b.id, a); }
  return m;
});

/** A VLAN id no adapter of the frame uses and no switch carries: for a new control channel. Highest first. */
export function freeVlanId(ix: DesignIndex, systemId: Id, vswitch: string): number {
  const switchVlans = new Set<number>();
  for (const s of ix.all.ethernetSwitches) for (const v of s.vlans) switchVlans.add(v);
  for (let v = 4094; v >= 2; v--) {
    if (ix.vlanMembers(systemId, vswitch, v).length === 0 && !switchVlans.has(v)) return v;
  }
  return 4094;
}
