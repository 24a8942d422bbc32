import type { EtherChannel } from '../../model/schema/index.ts';
import { virtualEthernetAdapterSchema } from '../../model/schema/index.ts';
import { base, edit, type RuleCase } from '../testing/fixture.ts';

/** aix02 with a NIB over its VLAN 10 adapter (primary) and a new adapter on VLAN `backupPvid` (backup). */
export const nib = (patch: Partial<EtherChannel> = {}, backupPvid = 20, kind: 'aix' | 'linux' = 'aix') => edit((d, id) => {
  d.domain.vethAdapters['veth-b'] = virtualEthernetAdapterSchema.parse({ id: 'veth-b', partitionId: id.aix02, slot: 40, deviceName: 'ent1', pvid: backupPvid });
  d.domain.vethAdapters['veth-peer'] = virtualEthernetAdapterSchema.parse({ id: 'veth-peer', partitionId: id.aix01, slot: 40, deviceName: 'ent1', pvid: backupPvid });
  d.domain.etherChannels['ech-1'] = { id: 'ech-1', partitionId: id.aix02, deviceName: 'ent2', mode: 'netif_backup', primaryId: id.eth2, backupId: 'veth-b', netaddr: '10.1.1.1', pollUplink: false, ...patch };
  d.domain.partitions[id.aix02]!.kind = kind;
});

export const NIB_CASES: RuleCase[] = [
  { rule: 'NIB-1', name: 'NIB without a backup adapter', trigger: () => nib({ backupId: null }), near: () => nib() },
  { rule: 'NIB-1', name: 'NIB on Linux', trigger: () => nib({}, 20, 'linux'), near: () => nib() },
  { rule: 'NIB-1', name: 'primary and backup on the same PVID', trigger: () => nib({}, 10), near: () => nib({}, 20) },
  { rule: 'NIB-2', name: 'virtual backup without netaddr or poll_uplink', trigger: () => nib({ netaddr: undefined }), near: () => nib({ netaddr: undefined, pollUplink: true }) },
  {
    rule: 'NIB-3', name: 'tagged backup adapter',
    trigger: () => edit((d) => { Object.assign(d.domain.vethAdapters['veth-b']!, { additionalVlans: [30], ieee8021q: true }); }, nib()),
    near: () => nib(),
  },
  { rule: 'NIB-3', name: 'base has no NIB', trigger: () => edit((d) => { Object.assign(d.domain.vethAdapters['veth-b']!, { additionalVlans: [30], ieee8021q: true }); }, nib()), near: () => base().design },
];
