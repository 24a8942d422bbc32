import { type TextKind, detectKind } from './detect.ts';
import { type EntstatFacts, parseEntstat } from './entstat.ts';
import {
  type HmcMemFact, type HmcProcFact, type LshwresVirtualioFacts, parseLshwresMem, parseLshwresProc, parseLshwresVirtualio,
} from './lshwres.ts';
import { type LsmapNetFacts, parseLsmapNet } from './lsmap-net.ts';
import { type LsmapNpivFacts, parseLsmapNpiv } from './lsmap-npiv.ts';
import { type LsmapVscsiFacts, parseLsmapVscsi } from './lsmap-vscsi.ts';
import { type LsnportsFacts, parseLsnports } from './lsnports.ts';
import { type LparFact, type ProfileFact, parseLssyscfgLpar, parseLssyscfgProf } from './lssyscfg.ts';
import { type LshwresSriovFacts, parseLshwresSriov } from './lshwres-sriov.ts';
import { type LshwresVnicFacts, parseLshwresVnic } from './lshwres-vnic.ts';
import { type LsmapVnicFacts, parseLsmapVnic } from './lsmap-vnic.ts';
import { type ClusterStatusFacts, type LsspFacts, type LuListFacts, parseClusterStatus, parseLssp, parseLuList } from './ssp-outputs.ts';
import { type Parsed, walkLines } from './report.ts';

/** The facts each kind of output gives. */
export interface FactsByKind {
  'lsmap-vscsi': LsmapVscsiFacts;
  'lsmap-net': LsmapNetFacts;
  'lsmap-npiv': LsmapNpivFacts;
  lsnports: LsnportsFacts;
  entstat: EntstatFacts;
  'lshwres-scsi': LshwresVirtualioFacts;
  'lshwres-fc': LshwresVirtualioFacts;
  'lshwres-eth': LshwresVirtualioFacts;
  'lshwres-serial': LshwresVirtualioFacts;
  'lshwres-slot': LshwresVirtualioFacts;
  'lshwres-proc': { partitions: HmcProcFact[] };
  'lshwres-mem': { partitions: HmcMemFact[] };
  'lssyscfg-lpar': { partitions: LparFact[] };
  'lssyscfg-prof': { profiles: ProfileFact[] };
  'lsmap-vnic': LsmapVnicFacts;
  'lshwres-sriov-adapter': LshwresSriovFacts;
  'lshwres-sriov-physport': LshwresSriovFacts;
  'lshwres-sriov-logport': LshwresSriovFacts;
  'lshwres-vnic': LshwresVnicFacts;
  'cluster-status': ClusterStatusFacts;
  lssp: LsspFacts;
  'lu-list': LuListFacts;
}

export type ParsedText =
  | { [K in keyof FactsByKind]: { kind: K } & Parsed<FactsByKind[K]> }[keyof FactsByKind]
  | ({ kind: 'hmc-error' | 'unknown' } & Parsed<null>);

/** Parses one command output (not a collector file) as the given kind, or as the kind detected in it. */
export function parseText(text: string, kind: TextKind = detectKind(text)): ParsedText {
  switch (kind) {
    case 'lsmap-vscsi': return { kind, ...parseLsmapVscsi(text) };
    case 'lsmap-net': return { kind, ...parseLsmapNet(text) };
    case 'lsmap-npiv': return { kind, ...parseLsmapNpiv(text) };
    case 'lsnports': return { kind, ...parseLsnports(text) };
    case 'entstat': return { kind, ...parseEntstat(text) };
    case 'lshwres-scsi': return { kind, ...parseLshwresVirtualio(text, 'scsi') };
    case 'lshwres-fc': return { kind, ...parseLshwresVirtualio(text, 'fc') };
    case 'lshwres-eth': return { kind, ...parseLshwresVirtualio(text, 'eth') };
    case 'lshwres-serial': return { kind, ...parseLshwresVirtualio(text, 'serial') };
    case 'lshwres-slot': return { kind, ...parseLshwresVirtualio(text, 'slot') };
    case 'lshwres-proc': return { kind, ...parseLshwresProc(text) };
    case 'lshwres-mem': return { kind, ...parseLshwresMem(text) };
    case 'lssyscfg-lpar': return { kind, ...parseLssyscfgLpar(text) };
    case 'lssyscfg-prof': return { kind, ...parseLssyscfgProf(text) };
    case 'lsmap-vnic': return { kind, ...parseLsmapVnic(text) };
    case 'lshwres-sriov-adapter': return { kind, ...parseLshwresSriov(text, 'adapter') };
    case 'lshwres-sriov-physport': return { kind, ...parseLshwresSriov(text, 'physport') };
    case 'lshwres-sriov-logport': return { kind, ...parseLshwresSriov(text, 'logport') };
    case 'lshwres-vnic': return { kind, ...parseLshwresVnic(text) };
    case 'cluster-status': return { kind, ...parseClusterStatus(text) };
    case 'lssp': return { kind, ...parseLssp(text) };
    case 'lu-list': return { kind, ...parseLuList(text) };
    default: {
      const res = walkLines(text, () => false);
      return { kind: res.errors.length > 0 ? 'hmc-error' : 'unknown', facts: null, ...res };
    }
  }
}
