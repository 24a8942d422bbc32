import { describe, expect, it } from 'vitest';
import * as ops from '../model/ops/index.ts';
import { buildPower10ModernTemplate } from '../model/templates/power10-modern.ts';
import { newProjectionCache, projectDesign, type SmallData } from './project.ts';

describe('projection kept between versions of a design', () => {
  it("an SR-IOV port's label follows its adapter's name (the overview shows it), other nodes are kept", () => {
    const cache = newProjectionCache();
    const before = buildPower10ModernTemplate();
    const adapter = Object.values(before.domain.sriovAdapters)[0]!;
    const port = Object.values(before.domain.sriovPhysicalPorts).find((p) => p.adapterId === adapter.id)!;
    const first = projectDesign(before, cache, new Set());
    const label = (nodes: typeof first.nodes) => (nodes.find((n) => n.id === port.id)!.data as SmallData).label;
    expect(label(first.nodes)).toBe(`${adapter.name || `SR-IOV ${adapter.adapterId}`} port ${port.portIndex}`);
    const after = ops.updateSriovAdapter(before, { id: adapter.id, patch: { name: 'rack-sriov' } });
    const second = projectDesign(after, cache, new Set());
    expect(label(second.nodes)).toBe(`rack-sriov port ${port.portIndex}`);
    const lun = Object.values(after.domain.luns)[0]!;
    expect(second.nodes.find((n) => n.id === lun.id)).toBe(first.nodes.find((n) => n.id === lun.id));
  });
});
