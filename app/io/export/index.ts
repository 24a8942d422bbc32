/** Exports of a design: build scripts (and reading them back), mapping tables, a sanitized copy. */
export { buildScript, mksyscfgLine, scriptSections, type ScriptSection } from './scripts.ts';
export { parseScript, type ScriptParseResult } from './script-parse.ts';
export { csvField, storageMappingCsv, toCsv, vlanMappingCsv, STORAGE_COLUMNS, VLAN_COLUMNS } from './csv.ts';
export { sanitizeDesign } from './sanitize.ts';
export { lpmCsv, LPM_CSV_COLUMNS } from './lpm-csv.ts';
