/** Importing VIOS and HMC command outputs: the entry point is importTexts; the parsers are usable alone. */
export { importTexts, type ImportInput, type ImportResult, type ImportReport, type ImportFileReport } from './merge.ts';
export { detectKind, TEXT_KINDS, type TextKind } from './detect.ts';
export { parseText, type ParsedText, type FactsByKind } from './parse-text.ts';
export { isCollector, splitCollector, type CollectorPart } from './collector.ts';
export { parseLsmapVscsi, type LsmapVscsiFacts, type VhostFact, type VtdFact } from './lsmap-vscsi.ts';
export { parseLsmapNet, type LsmapNetFacts, type SveaFact } from './lsmap-net.ts';
export { parseLsmapNpiv, type LsmapNpivFacts, type VfchostFact } from './lsmap-npiv.ts';
export { parseLsnports, type LsnportsFacts, type NportFact } from './lsnports.ts';
export { parseEntstat, type EntstatFacts, type EntAdapterFact, type SeaStatFact } from './entstat.ts';
export { parseLshwresMem, parseLshwresProc, parseLshwresVirtualio } from './lshwres.ts';
export { parseLssyscfgLpar, parseLssyscfgProf, type LparFact, type ProfileFact } from './lssyscfg.ts';
export { parseLocation, type LocationCode } from './location.ts';
export type { HmcError, Parsed, UnparsedLine } from './report.ts';
