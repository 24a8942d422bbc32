import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDesign } from '../../model/design-file.ts';
import { createSimulation, formatEvent, runScenario, scenarioActions, findScenario } from './index.ts';
import { FAILING_OVER, OUTAGE } from './types.ts';

const sample = () => {
  const r = openDesign(readFileSync(join(__dirname, '../../../public/templates/sample.json'), 'utf8'));
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.design;
};

describe('the scenarios shipped in the dual-VIOS sample', () => {
  it('VIOS maintenance: planned shutdown of vios1 at t+10 s, back at t+300 s, never an Outage, all OK at the end', () => {
    const d = sample();
    const r = runScenario(d, 'VIOS maintenance');
    const lines = r.events.map(formatEvent);
    expect(lines).toContain('t+10.0 s chdev -dev ent3 -attr ha_mode=standby on vios1 (before the planned shutdown of vios1)');
    expect(lines).toContain('t+10.0 s vios1 shut down (planned)');
    expect(lines.some((l) => /^t\+41\.2 s aix01 LUN aix01_rootvg: path via vscsi0 \(vios1\) Failed, I\/O resumes on vscsi1 \(vios2\)$/.test(l))).toBe(true);
    expect(lines.some((l) => /^t\+300\.0 s chdev -dev ent3 -attr ha_mode=auto on vios1/.test(l))).toBe(true);
    expect(r.finalImpact.counts).toEqual({ OK: 3, Degraded: 0, Outage: 0 });
    // Replayed step by step: the network never fails over through a gap and nothing is ever an Outage.
    const sim = createSimulation(d);
    for (const a of scenarioActions(d.scenarios[Object.keys(d.scenarios).find((k) => d.scenarios[k]!.name === 'VIOS maintenance')!]!)) sim.apply(a);
    while (sim.stepToNextEvent().length > 0) {
      const f = sim.frame();
      expect([...f.storage, ...f.network]).not.toContain(OUTAGE);
      expect([...f.network]).not.toContain(FAILING_OVER);
    }
  });

  it('Broadcast storm: both SEAs bridge 3 s after the control channel fails, Outage on VLAN 10, over when it is restored', () => {
    const d = sample();
    const r = runScenario(d, 'broadcast storm');
    const storm = r.events.find((e) => e.mechanism === 'sea-storm')!;
    expect(formatEvent(storm)).toMatch(/^t\+13\.0 s ent3 on vios1 and ent3 on vios2 both bridge VLAN 10 \(production\) \(no keep-alives on the control channel for 3 s\): broadcast storm$/);
    expect(storm.partitionIds).toHaveLength(3);
    expect(r.events.some((e) => e.t === 61_000 && /storm over/.test(e.sentence))).toBe(true);
    expect(r.finalImpact.counts.OK).toBe(3);
  });

  it('is deterministic: the same scenario gives the same events to the millisecond', () => {
    const d = sample();
    expect(runScenario(d, 'VIOS maintenance').events).toEqual(runScenario(d, 'VIOS maintenance').events);
    expect('error' in findScenario(d, 'nope')).toBe(true);
  });
});
