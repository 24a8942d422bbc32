import { bigLsmapAll, bigLssyscfgLpar, bigLshwresScsi } from '/work/wt-import-autosave/app/io/import/big-outputs.ts';
import { importTexts, detectKind } from '/work/wt-import-autosave/app/io/import/index.ts';
const t = (label: string, f: () => unknown) => { const s = performance.now(); const r = f(); console.log(label, Math.round(performance.now() - s), 'ms'); return r; };
const which = process.argv[2] ?? 'all';
if (which === 'blank' || which === 'all') { const blank = 'x\n' + '\n'.repeat(100000) + 'y\n'; t('detect 20k blank', () => detectKind(blank)); }
if (which === 'sys' || which === 'all') t('lssyscfg 16000', () => importTexts([{ name: 'a', text: bigLssyscfgLpar(Number(process.argv[3] ?? 16000)) }]));
if (which === 'hw' || which === 'all') t('lshwres 30000', () => importTexts([{ name: 'a', text: bigLshwresScsi(30000) }]));
const n = Number(process.argv[3] ?? 10000);
if (which === 'lsmap' || which === 'all') { const r = t(`lsmap ${n}`, () => importTexts([{ name: 'a', text: bigLsmapAll(n) }])) as any; console.log(Object.keys(r.design.domain.partitions).length, r.report.warnings.length, r.report.files[0].unparsed.length); }
