import { describe, expect, it } from 'vitest';
import { buildDualViosTemplate } from '../../model/templates/sample.ts';
import { updatePartition, updateSystem, type Design } from '../../model/index.ts';
import { validate } from '../index.ts';

const cap = (d: Design) => validate(d).diagnostics.filter((x) => x.ruleId === 'CAP-1' || x.ruleId === 'CAP-2' || x.ruleId === 'CAP-3').map((x) => x.ruleId).sort();

describe('capacity rules and assumed values', () => {
  it('judge real numbers, not assumed ones; editing the value makes it real again', () => {
    const base = buildDualViosTemplate();
    const sysId = Object.keys(base.domain.systems)[0]!;
    let d = updateSystem(base, { id: sysId, patch: { installedCores: 1, installedMemoryMB: 1024 } });
    expect(cap(d)).toEqual(['CAP-1', 'CAP-3']);
    // The same numbers, marked as assumed (an import that did not see them): no error about them.
    const marked: Design = structuredClone(d);
    marked.domain.systems[sysId]!.assumed = ['installedCores', 'installedMemoryMB'];
    expect(cap(marked)).toEqual([]);
    // An assumed entitlement of one partition also keeps the pool from being judged.
    const partAssumed: Design = structuredClone(d);
    const pid = Object.values(partAssumed.domain.partitions).find((p) => p.kind !== 'vios')!.id;
    partAssumed.domain.partitions[pid]!.assumed = ['processor', 'memory'];
    expect(cap(partAssumed)).toEqual([]);
    // Setting the cores clears their mark: they are judged again.
    d = updateSystem(marked, { id: sysId, patch: { installedCores: 1 } });
    expect(d.domain.systems[sysId]!.assumed).toEqual(['installedMemoryMB']);
    expect(cap(d)).toEqual(['CAP-1']);
    const p = updatePartition(partAssumed, { id: pid, patch: { memory: { ...partAssumed.domain.partitions[pid]!.memory, desiredMB: 4096 } } });
    expect(p.domain.partitions[pid]!.assumed).toEqual(['processor']);
  });
});
