import { captureIo } from './cli-io.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { produce } from 'immer';
import { saveDesign } from '../app/model/design-file.ts';
import { buildDualViosTemplate } from '../app/model/templates/sample.ts';
import { main } from './simulate-scenario.ts';

let dir = '';
const path = (name: string) => join(dir, name);
const capture = captureIo;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'powervm-simulate-'));
  const sample = buildDualViosTemplate();
  await writeFile(path('sample.json'), saveDesign(sample));
  const both = produce(sample, (d) => {
    const [v1, v2] = Object.values(d.domain.partitions).filter((p) => p.kind === 'vios').map((p) => p.id);
    d.scenarios['scn-9'] = { id: 'scn-9', name: 'Both VIOS', description: '', events: [{ at: 1, action: 'fail', targetId: v1! }, { at: 2, action: 'fail', targetId: v2! }] };
  });
  await writeFile(path('both.json'), saveDesign(both));
  // A scenario naming an element the design does not have: opening refuses the file (a reference to nothing).
  const ghost = produce(sample, (d) => {
    d.scenarios['scn-10'] = { id: 'scn-10', name: 'Ghost', description: '', events: [{ at: 1, action: 'fail', targetId: 'lpar-999' }] };
  });
  await writeFile(path('ghost.json'), saveDesign(ghost));
  await writeFile(path('junk.json'), '{"hello": 1}');
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('npm run simulate -- design.json --scenario NAME', () => {
  it('prints the events and the final verdicts, exit 0 without Outage', async () => {
    const io = capture();
    expect(await main([path('sample.json'), '--scenario', 'VIOS maintenance'], io)).toBe(0);
    const text = io.stdout.join('\n');
    expect(text).toContain('t+10.0 s vios1 shut down (planned)');
    expect(text).toMatch(/t\+41\.2 s aix01 LUN aix01_rootvg: path via vscsi0 \(vios1\) Failed, I\/O resumes on vscsi1 \(vios2\)/);
    expect(text).toMatch(/aix01 +OK +OK/);
    expect(text).toContain('3 OK, 0 Degraded, 0 Outage');
  });

  it('exit 1 when a client ends in Outage; --json gives one object', async () => {
    const io = capture();
    expect(await main([path('both.json'), '--scenario', 'both vios', '--json'], io)).toBe(1);
    const out = JSON.parse(io.stdout.join('\n'));
    expect(out.impact.counts.Outage).toBe(3);
    expect(out.events[0]).toMatchObject({ t: 1000, mechanism: 'component' });
  });

  it('exit 2 for a file that is not a design, an unknown scenario, a target not in the design, a missing name', async () => {
    for (const args of [[path('junk.json'), '--scenario', 'x'], [path('sample.json'), '--scenario', 'nope'], [path('ghost.json'), '--scenario', 'Ghost'], [path('sample.json'), '--scenario']]) {
      const io = capture();
      expect(await main(args, io)).toBe(2);
      expect(io.stderr.join('\n')).not.toBe('');
    }
    const io = capture();
    await main([path('sample.json'), '--scenario', 'nope'], io);
    expect(io.stderr.join('\n')).toMatch(/No scenario is named "nope"; the design has "VIOS maintenance", "Broadcast storm"/);
  });
});
