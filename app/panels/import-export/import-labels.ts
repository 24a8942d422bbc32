import type { Design } from '../../model/index.ts';

/** How the report names each kind of command output. */
export const KIND_LABEL: Record<string, string> = {
  collector: 'collector file', several: 'several command outputs', 'lsmap-vscsi': 'lsmap -all (virtual SCSI)', 'lsmap-net': 'lsmap -all -net', 'lsmap-npiv': 'lsmap -all -npiv',
  lsnports: 'lsnports', entstat: 'entstat -d', 'lshwres-scsi': 'lshwres virtualio scsi', 'lshwres-fc': 'lshwres virtualio fc',
  'lshwres-eth': 'lshwres virtualio eth', 'lshwres-serial': 'lshwres virtualio serial', 'lshwres-slot': 'lshwres virtualio slot',
  'lshwres-proc': 'lshwres proc', 'lshwres-mem': 'lshwres mem', 'lssyscfg-lpar': 'lssyscfg -r lpar', 'lssyscfg-prof': 'lssyscfg -r prof',
  'hmc-error': 'HMC error message', unknown: 'not recognised',
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
  ];
  return parts.filter(([n]) => n > 0).map(([n, one, many]) => plural(n, one, many)).join(', ');
}
