import { GENERATIONS, type Generation, type Partition, isAssumed } from '../../model/schema/index.ts';
import { defineRule, type Rule } from './types.ts';
import { listing } from './common.ts';

const MICRO = 'https://www.ibm.com/docs/en/power6?topic=overview-micro-partitioning-technology';
const P750 = 'https://www.easymanua.ls/ibm/power-750/manual?p=138';
const LMB = 'https://www.manualshelf.com/manual/msi/p240/specifications-english/page-298.html';
const EPS = 1e-9;

const active = (p: Partition): boolean => p.state !== 'not-activated';
const fmt = (n: number): string => String(Math.round(n * 100) / 100);
/** Minimum entitlement per virtual processor: 0.10 up to POWER7, 0.05 from POWER7+ on. */
export const minUnitsPerVp = (g: Generation | undefined): number => (g && GENERATIONS.indexOf(g) >= GENERATIONS.indexOf('POWER7+') ? 0.05 : 0.1);

const LEVELS = [['min', 'minUnits', 'minVirtualProcessors'], ['desired', 'desiredUnits', 'desiredVirtualProcessors'], ['max', 'maxUnits', 'maxVirtualProcessors']] as const;

export const CAP_1: Rule = defineRule({
  id: 'CAP-1', family: 'capacity', severity: 'error', tag: 'D',
  title: 'Shared processor pool over-committed',
  explanation: 'The sum of the entitled capacities (desired processing units) of the activated shared-processor '
    + 'partitions cannot exceed the physical cores of the shared pool: the frame\'s shared pool size, or its installed '
    + 'cores less those of dedicated partitions. Derived rule applying a confirmed fact ([C] in REFERENCE.md 1.3), so '
    + 'an error: the HMC refuses to activate the partitions that do not fit. Not judged while the cores or an '
    + 'entitlement are assumed (an import from outputs that do not show them).',
  source: P750,
  run({ index: ix }, emit) {
    for (const sys of ix.all.systems) {
      let shared = 0;
      let dedicated = 0;
      const parts = ix.partitionsBySystem.get(sys.id) ?? [];
      if ((sys.sharedPoolCores === undefined && isAssumed(sys, 'installedCores')) || parts.some((p) => active(p) && isAssumed(p, 'processor.desiredUnits'))) continue;
      for (const p of parts) {
        if (!active(p)) continue;
        if (p.processor.mode === 'shared') shared += p.processor.desiredUnits;
        else dedicated += p.processor.desiredUnits;
      }
      const pool = sys.sharedPoolCores ?? Math.max(0, sys.installedCores - dedicated);
      if (shared > pool + EPS) emit(`The shared partitions of frame ${sys.name} are entitled to ${fmt(shared)} processing units, but its shared pool has ${fmt(pool)} cores`, [sys.id]);
    }
  },
});

export const CAP_2: Rule = defineRule({
  id: 'CAP-2', family: 'capacity', severity: 'warning', tag: 'D',
  title: 'Dedicated cores and shared pool exceed the installed cores',
  explanation: 'Dedicated-processor partitions take whole cores out of the frame; together with the shared pool they '
    + 'cannot exceed the installed (activated) cores. Derived rule, so a warning.',
  source: P750,
  run({ index: ix }, emit) {
    for (const sys of ix.all.systems) {
      const parts = ix.partitionsBySystem.get(sys.id) ?? [];
      if (isAssumed(sys, 'installedCores') || parts.some((p) => active(p) && p.processor.mode === 'dedicated' && isAssumed(p, 'processor.desiredUnits'))) continue;
      const dedicated = parts.filter((p) => active(p) && p.processor.mode === 'dedicated')
        .reduce((s, p) => s + p.processor.desiredUnits, 0);
      const need = dedicated + (sys.sharedPoolCores ?? 0);
      if (need > sys.installedCores + EPS) {
        emit(`Frame ${sys.name} needs ${fmt(dedicated)} dedicated cores${sys.sharedPoolCores !== undefined ? ` plus a ${fmt(sys.sharedPoolCores)}-core shared pool` : ''}, but has ${fmt(sys.installedCores)} installed`, [sys.id]);
      }
    }
  },
});

export const CAP_3: Rule = defineRule({
  id: 'CAP-3', family: 'capacity', severity: 'warning', tag: 'D',
  title: 'Partition memory exceeds the installed memory',
  explanation: 'The desired memory of the activated partitions must fit in the frame\'s installed memory (the hypervisor '
    + 'needs some as well). Derived rule, so a warning.',
  source: 'https://rubydoc.info/gems/rbvppc/Lpar (profile memory attributes; REFERENCE.md 1.3, derived)',
  run({ index: ix }, emit) {
    for (const sys of ix.all.systems) {
      const parts = ix.partitionsBySystem.get(sys.id) ?? [];
      // Assumed numbers (an import from outputs that do not show them) are not judged as facts.
      if (isAssumed(sys, 'installedMemoryMB') || parts.some((p) => active(p) && isAssumed(p, 'memory.desiredMB'))) continue;
      const mem = parts.filter(active).reduce((s, p) => s + p.memory.desiredMB, 0);
      if (mem > sys.installedMemoryMB) emit(`The partitions of frame ${sys.name} want ${fmt(mem / 1024)} GB of memory, but ${fmt(sys.installedMemoryMB / 1024)} GB are installed`, [sys.id]);
    }
  },
});

export const CAP_4: Rule = defineRule({
  id: 'CAP-4', family: 'capacity', severity: 'error', tag: 'D',
  title: 'Profile values not in min <= desired <= max order',
  explanation: 'Processing units, virtual processors and memory each need min <= desired <= max in the profile, and '
    + 'dedicated processors come in whole cores. The HMC refuses such a profile and the inspector refuses the values, '
    + 'so a file or an import that holds them is an error (validator consequence, REFERENCE.md 1.3).',
  source: 'https://rubydoc.info/gems/rbvppc/Lpar (min/desired/max profile attributes; REFERENCE.md 1.3, derived)',
  run({ index: ix }, emit) {
    for (const p of ix.all.partitions) {
      const c = p.processor;
      const m = p.memory;
      const problems: string[] = [];
      const order = (what: string, min: number, des: number, max: number) => {
        if (min > des + EPS || des > max + EPS) problems.push(`${what} ${fmt(min)}/${fmt(des)}/${fmt(max)}`);
      };
      order(c.mode === 'shared' ? 'processing units' : 'processors', c.minUnits, c.desiredUnits, c.maxUnits);
      if (c.mode === 'shared') order('virtual processors', c.minVirtualProcessors, c.desiredVirtualProcessors, c.maxVirtualProcessors);
      order('memory (MB)', m.minMB, m.desiredMB, m.maxMB);
      const parts = problems.length > 0 ? [`min/desired/max out of order for ${listing(problems)}`] : [];
      if (c.mode === 'dedicated' && [c.minUnits, c.desiredUnits, c.maxUnits].some((u) => !Number.isInteger(u))) {
        parts.push(`dedicated processors ${fmt(c.minUnits)}/${fmt(c.desiredUnits)}/${fmt(c.maxUnits)} are not whole cores`);
      }
      if (parts.length > 0) emit(`${p.name}: ${parts.join('; ')}`, [p.id]);
    }
  },
});

export const CAP_5: Rule = defineRule({
  id: 'CAP-5', family: 'capacity', severity: 'error', tag: 'D',
  title: 'Entitlement below the minimum per virtual processor',
  explanation: 'Each virtual processor of a shared partition needs at least 0.10 processing units (POWER5 to POWER7) or '
    + '0.05 (POWER7+ and later), and the processing units come in steps of 0.01. Derived rule applying confirmed facts '
    + '([C] in REFERENCE.md 1.3), so an error.',
  source: `${MICRO} ; ${P750}`,
  run({ index: ix }, emit) {
    for (const p of ix.all.partitions) {
      if (p.processor.mode !== 'shared') continue;
      const per = minUnitsPerVp(ix.systemOf(p.id)?.generation);
      const bad: string[] = [];
      for (const [level, units, vps] of LEVELS) {
        const u = p.processor[units];
        const v = p.processor[vps];
        if (u + EPS < per * v) bad.push(`${level} ${fmt(u)} units for ${v} virtual processor${v === 1 ? '' : 's'} (needs ${fmt(per * v)})`);
        if (Math.abs(u * 100 - Math.round(u * 100)) > 1e-6) bad.push(`${level} ${u} units is not a multiple of 0.01`);
      }
      if (bad.length > 0) emit(`${p.name}: ${listing(bad)}; the minimum is ${fmt(per)} per virtual processor on ${ix.systemOf(p.id)?.generation ?? 'this frame'}`, [p.id]);
    }
  },
});

export const CAP_6: Rule = defineRule({
  id: 'CAP-6', family: 'capacity', severity: 'error', tag: 'D',
  title: 'Entitlement above 1.0 per virtual processor',
  explanation: 'A virtual processor never consumes more than one physical core, so the entitled capacity cannot exceed '
    + 'the number of virtual processors. The HMC refuses such a profile and the inspector refuses the values, so a file '
    + 'or an import that holds them is an error (validator consequence, REFERENCE.md 1.3).',
  source: `${P750} (REFERENCE.md 1.3, derived)`,
  run({ index: ix }, emit) {
    for (const p of ix.all.partitions) {
      if (p.processor.mode !== 'shared') continue;
      const c = p.processor;
      if (c.minUnits <= c.minVirtualProcessors + EPS && c.desiredUnits <= c.desiredVirtualProcessors + EPS && c.maxUnits <= c.maxVirtualProcessors + EPS) continue;
      const bad = LEVELS.filter(([, units, vps]) => p.processor[units] > p.processor[vps] + EPS)
        .map(([level, units, vps]) => `${level} ${fmt(p.processor[units])} units on ${p.processor[vps]} virtual processor${p.processor[vps] === 1 ? '' : 's'}`);
      if (bad.length > 0) emit(`${p.name}: ${listing(bad)}; a virtual processor uses at most one core`, [p.id]);
    }
  },
});

export const CAP_7: Rule = defineRule({
  id: 'CAP-7', family: 'capacity', severity: 'error', tag: 'D',
  title: 'Memory not a multiple of the logical memory block',
  explanation: 'Partition memory is assigned in multiples of the logical memory block (LMB, 16 to 256 MB depending on '
    + 'the system). Derived rule applying a confirmed fact ([C] in REFERENCE.md 1.3), so an error.',
  source: LMB,
  run({ index: ix }, emit) {
    for (const p of ix.all.partitions) {
      const lmb = ix.systemOf(p.id)?.lmbMB;
      if (!lmb) continue;
      const m = p.memory;
      if ([m.minMB, m.desiredMB, m.maxMB].every((v) => v % lmb === 0)) continue;
      const up = (v: number) => Math.ceil(v / lmb) * lmb;
      const memory = { minMB: up(m.minMB), desiredMB: up(m.desiredMB), maxMB: up(m.maxMB) };
      emit(`${p.name}: memory ${m.minMB}/${m.desiredMB}/${m.maxMB} MB is not in multiples of the ${lmb} MB logical memory block`, [p.id],
        [{ label: `Round the memory of ${p.name} up to ${memory.minMB}/${memory.desiredMB}/${memory.maxMB} MB`, op: 'updatePartition', args: { id: p.id, patch: { memory } } }]);
    }
  },
});

export const CAPACITY_RULES: Rule[] = [CAP_1, CAP_2, CAP_3, CAP_4, CAP_5, CAP_6, CAP_7];
