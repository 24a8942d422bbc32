import { describe, expect, it } from 'vitest';
import { failableComponents } from '../../engine/impact/index.ts';
import { modernDesign } from '../../model/testing/modern-design.ts';
import { KIND_LABEL } from './ComponentPicker.tsx';

describe('the component picker\'s kind labels', () => {
  it('name every kind of failable component the engine lists for a modern frame, SR-IOV included', () => {
    const comps = failableComponents(modernDesign());
    const kinds = new Set(comps.map((c) => c.kind));
    for (const k of ['sriov-adapter', 'sriov-port', 'sriov-logical-port'] as const) expect(kinds).toContain(k);
    for (const c of comps) expect(KIND_LABEL[c.kind]).toMatch(/^[A-Za-z][A-Za-z -]+$/);
    expect(comps.filter((c) => c.kind.startsWith('sriov')).map((c) => `${c.name} · ${KIND_LABEL[c.kind]}`)).toEqual([
      'p9-frame1 SR-IOV adapter 1 (P1-C1) · SR-IOV adapter', 'p9-frame1 SR-IOV adapter 2 (P1-C2) · SR-IOV adapter',
      'p9-frame1 SR-IOV adapter 1 port 0 · SR-IOV physical port', 'p9-frame1 SR-IOV adapter 2 port 0 · SR-IOV physical port',
      'lnx03 ent1 · SR-IOV logical port', 'vios1 ent10 · SR-IOV logical port', 'vios2 ent10 · SR-IOV logical port',
    ]);
  });
});
