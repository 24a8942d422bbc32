import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ops from '../app/model/ops/index.ts';
import { saveDesign } from '../app/model/design-file.ts';
import { buildLpmPairTemplate } from '../app/model/templates/lpm-pair.ts';
import { buildDualViosTemplate } from '../app/model/templates/sample.ts';
import { captureIo } from './cli-io.ts';
import { main } from './check.ts';

let dir = '';
const path = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'powervm-check-lpm-'));
  const pair = buildLpmPairTemplate();
  await writeFile(path('pair.json'), saveDesign(pair));
  // Without aix02 (the partition on VLAN 20) every partition can move.
  const aix02 = Object.values(pair.domain.partitions).find((p) => p.name === 'aix02')!.id;
  await writeFile(path('ready.json'), saveDesign(ops.removeElements(pair, { ids: [aix02] })));
  await writeFile(path('one-frame.json'), saveDesign(buildDualViosTemplate()));
  await writeFile(path('broken.json'), '{ "format": "powervm-design", ');
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('npm run check -- --lpm', () => {
  it('prints the matrix and every reason with its rule id; exit 1 when a cell is Blocked', async () => {
    const io = captureIo();
    expect(await main([path('pair.json'), '--lpm'], io)).toBe(1);
    const text = io.stdout.join('\n');
    expect(text).toContain('pair.json: LPM readiness of 3 client partitions across 2 frames: 2 Ready, 1 Blocked');
    expect(text).toMatch(/aix01 +p10-a +\(home\) +Ready\n/);
    expect(text).toMatch(/aix02 +p10-a +\(home\) +Blocked \(LPM-10\)/);
    expect(text).toMatch(/lnx01 +p10-b +Ready +\(home\)/);
    expect(text).toContain('aix02 -> p10-b: Blocked (active migration)');
    expect(text).toMatch(/LPM-10 +VLAN 20 \(aix02 ent\d+\) is not bridged by an SEA on any VIOS of p10-b/);
    expect(io.stderr).toEqual([]);
  });

  it('exits 0 when every partition can move everywhere, and says so for a single frame', async () => {
    const io = captureIo();
    expect(await main(['--lpm', path('ready.json'), path('one-frame.json')], io)).toBe(0);
    const text = io.stdout.join('\n');
    expect(text).toContain('ready.json: LPM readiness of 2 client partitions across 2 frames: 2 Ready, 0 Blocked');
    expect(text).not.toContain('reasons:');
    expect(text).toContain('one frame only: there is nowhere to move to');
  });

  it('prints one JSON object with --json, and exit 2 for a file that is not a design', async () => {
    const io = captureIo();
    expect(await main(['--lpm', '--json', path('pair.json'), path('broken.json')], io)).toBe(2);
    expect(io.stdout).toHaveLength(1);
    const out = JSON.parse(io.stdout[0]!);
    expect(out.exitCode).toBe(2);
    const m = out.files[0].lpm;
    expect(m.counts).toEqual({ ready: 2, blocked: 1, withWarnings: 0 });
    const aix02 = m.rows.find((r: { name: string }) => r.name === 'aix02');
    const cell = aix02.cells.find((c: { status: string }) => c.status !== 'source');
    expect(cell).toMatchObject({ status: 'blocked', reasons: [{ ruleId: 'LPM-10', severity: 'error', tag: 'C' }] });
    expect(out.files[1]).toMatchObject({ ok: false });
  });
});
