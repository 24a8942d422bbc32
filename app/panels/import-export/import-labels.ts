import type { Design } from '../../model/index.ts';

/** How the report names each kind of command output. */
export const KIND_LABEL: Record<string, string> = {
  collector: 'collector file', several: 'several command outputs', 'lsmap-vscsi': 'lsmap -all (virtual SCSI)', 'lsmap-net': 'lsmap -all -net', 'lsmap-npiv': 'lsmap -all -npiv',
  lsnports: 'lsnports', entstat: 'entstat -d', 'lshwres-scsi': 'lshwres virtualio scsi', 'lshwres-fc': 'lshwres virtualio fc',
  'lshwres-eth': 'lshwres virtualio eth', 'lshwres-serial': 'lshwres virtualio serial', 'lshwres-slot': 'lshwres virtualio slot',
  'lshwres-proc': 'lshwres proc', 'lshwres-mem': 'lshwres mem', 'lssyscfg-lpar': 'lssyscfg -r lpar', 'lssyscfg-prof': 'lssyscfg -r prof',
  'lsmap-vnic': 'lsmap -all -vnic', 'lshwres-sriov-adapter': 'lshwres sriov adapter', 'lshwres-sriov-physport': 'lshwres sriov physport',
  'lshwres-sriov-logport': 'lshwres sriov logport', 'lshwres-vnic': 'lshwres virtualio vnic', 'cluster-status': 'cluster -status', lssp: 'lssp -clustername',
  'lu-list': 'lu -list', 'hmc-error': 'HMC error message', unknown: 'not recognised',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "1 frame, 3 partitions, 2 virtual SCSI pairs, …" for what an import found. */
export function designSummary(design: Design): string {
  const d = design.domain;
  const count = (c: object) => Object.keys(c).length;
  const parts: [number, string, string?][] = [
    [count(d.systems), 'frame'], [count(d.partitions), 'partition'], [count(d.vscsiAdapters), 'virtual SCSI adapter'],
    [count(d.vtds), 'VTD'], [count(d.backingDevices), 'backing device'], [count(d.vfcAdapters), 'virtual FC adapter'],
    [count(d.physicalPorts), 'physical port'], [count(d.seas), 'SEA'], [count(d.vethAdapters), 'virtual Ethernet adapter'], [count(d.vlans), 'VLAN'],
    [count(d.sriovAdapters), 'SR-IOV adapter'], [count(d.sriovLogicalPorts), 'SR-IOV logical port'], [count(d.vnicAdapters), 'vNIC'],
    [count(d.vnicBackingDevices), 'vNIC backing device'], [count(d.sspClusters), 'SSP cluster'], [count(d.sspLogicalUnits), 'logical unit'],
  ];
  return parts.filter(([n]) => n > 0).map(([n, one, many]) => plural(n, one, many)).join(', ');
}
