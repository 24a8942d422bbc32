import * as ops from '../../model/ops/index.ts';
import type { Partition } from '../../model/schema/index.ts';
import { base, type RuleCase } from '../testing/fixture.ts';

const cpu = (processor: Partial<Partition['processor']>) => ops.updatePartition(base().design, { id: base().id.aix01, patch: { processor: processor as Partition['processor'] } });
const mem = (memory: Partial<Partition['memory']>) => ops.updatePartition(base().design, { id: base().id.aix01, patch: { memory: memory as Partition['memory'] } });
const frame = (patch: Record<string, unknown>) => ops.updateSystem(base().design, { id: base().id.sys, patch });

export const CAPACITY_CASES: RuleCase[] = [
  {
    rule: 'CAP-1', name: 'entitlements above the shared pool',
    trigger: () => cpu({ desiredUnits: 17.51, maxUnits: 20, desiredVirtualProcessors: 18, maxVirtualProcessors: 20 }),
    near: () => cpu({ desiredUnits: 17.5, maxUnits: 20, desiredVirtualProcessors: 18, maxVirtualProcessors: 20 }),
  },
  {
    rule: 'CAP-1', name: 'a dedicated partition shrinks the pool',
    trigger: () => ops.updatePartition(cpu({ desiredUnits: 10.5, maxUnits: 12, desiredVirtualProcessors: 12, maxVirtualProcessors: 12 }), { id: base().id.aix02, patch: { processor: { mode: 'dedicated', minUnits: 1, desiredUnits: 8, maxUnits: 8, minVirtualProcessors: 1, desiredVirtualProcessors: 8, maxVirtualProcessors: 8 } as Partition['processor'] } }),
    near: () => ops.updatePartition(cpu({ desiredUnits: 10, maxUnits: 12, desiredVirtualProcessors: 12, maxVirtualProcessors: 12 }), { id: base().id.aix02, patch: { processor: { mode: 'dedicated', minUnits: 1, desiredUnits: 8, maxUnits: 8, minVirtualProcessors: 1, desiredVirtualProcessors: 8, maxVirtualProcessors: 8 } as Partition['processor'] } }),
  },
  {
    rule: 'CAP-2', name: 'dedicated cores plus pool above installed',
    trigger: () => ops.updatePartition(frame({ sharedPoolCores: 16 }), { id: base().id.aix02, patch: { processor: { mode: 'dedicated', minUnits: 1, desiredUnits: 5, maxUnits: 5 } as Partition['processor'] } }),
    near: () => ops.updatePartition(frame({ sharedPoolCores: 15 }), { id: base().id.aix02, patch: { processor: { mode: 'dedicated', minUnits: 1, desiredUnits: 5, maxUnits: 5 } as Partition['processor'] } }),
  },
  { rule: 'CAP-3', name: 'memory above installed', trigger: () => frame({ installedMemoryMB: 32767 }), near: () => frame({ installedMemoryMB: 32768 }) },
  { rule: 'CAP-4', name: 'min above desired units', trigger: () => cpu({ minUnits: 0.6 }), near: () => cpu({ minUnits: 0.5 }) },
  { rule: 'CAP-4', name: 'desired memory above max', trigger: () => mem({ desiredMB: 32768 }), near: () => mem({ desiredMB: 16384 }) },
  { rule: 'CAP-4', name: 'fractional dedicated processors', trigger: () => cpu({ mode: 'dedicated', minUnits: 1, desiredUnits: 1.5, maxUnits: 2 }), near: () => cpu({ mode: 'dedicated', minUnits: 1, desiredUnits: 1, maxUnits: 2 }) },
  { rule: 'CAP-5', name: '0.1 units for 4 virtual processors on POWER9', trigger: () => cpu({ desiredUnits: 0.19, desiredVirtualProcessors: 4 }), near: () => cpu({ desiredUnits: 0.2, desiredVirtualProcessors: 4 }) },
  {
    rule: 'CAP-5', name: '0.05 per VP is not enough on POWER7',
    trigger: () => ops.updatePartition(frame({ generation: 'POWER7' }), { id: base().id.aix01, patch: { processor: { desiredUnits: 0.3, desiredVirtualProcessors: 4 } as Partition['processor'] } }),
    near: () => ops.updatePartition(frame({ generation: 'POWER7' }), { id: base().id.aix01, patch: { processor: { desiredUnits: 0.4, desiredVirtualProcessors: 4 } as Partition['processor'] } }),
  },
  { rule: 'CAP-5', name: 'units finer than 0.01', trigger: () => cpu({ desiredUnits: 0.505 }), near: () => cpu({ desiredUnits: 0.51 }) },
  { rule: 'CAP-6', name: '1.5 units on one virtual processor', trigger: () => cpu({ desiredUnits: 1.5 }), near: () => cpu({ desiredUnits: 1.5, desiredVirtualProcessors: 2 }) },
  { rule: 'CAP-7', name: 'memory not in 256 MB blocks', trigger: () => mem({ desiredMB: 8000 }), near: () => mem({ desiredMB: 7936 }) },
];
