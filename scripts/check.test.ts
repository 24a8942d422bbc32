import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { produce } from 'immer';
import { saveDesign } from '../app/model/design-file.ts';
import { buildDualViosTemplate } from '../app/model/templates/sample.ts';
import { main, type CheckIo } from './check.ts';

let dir = '';
const path = (name: string) => join(dir, name);

function capture(): CheckIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), readFile: (p) => readFile(p) };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'powervm-check-'));
  const good = buildDualViosTemplate();
  await writeFile(path('good.json'), saveDesign(good));
  const bad = produce(good, (d) => {
    const hdisk = Object.values(d.domain.backingDevices)[0]!;
    hdisk.reservePolicy = 'single_path';
    const veth = Object.values(d.domain.vethAdapters).find((a) => !a.trunk && a.pvid === 10)!;
    veth.mac = '02:00:00:00:00:01';
    Object.values(d.domain.vethAdapters).filter((a) => !a.trunk && a.pvid === 10)[1]!.mac = '02:00:00:00:00:01';
  });
  await writeFile(path('bad.json'), saveDesign(bad));
  await writeFile(path('warn.json'), saveDesign(produce(good, (d) => {
    for (const a of Object.values(d.domain.vethAdapters).filter((x) => !x.trunk && x.pvid === 10).slice(0, 2)) a.mac = '02:00:00:00:00:09';
  })));
  await writeFile(path('broken.json'), '{ "format": "powervm-design", ');
  await writeFile(path('other.json'), JSON.stringify({ format: 'drawio', version: 1 }));
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('npm run check', () => {
  it('reads UTF-8 and UTF-16 (LE and BE) files with a byte-order mark', async () => {
    const text = `\ufeff${saveDesign(buildDualViosTemplate())}`;
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    await writeFile(path('bom8.json'), text);
    await writeFile(path('bom16le.json'), le);
    await writeFile(path('bom16be.json'), be);
    const io = capture();
    const code = await main([path('bom8.json'), path('bom16le.json'), path('bom16be.json')], io);
    expect(io.stderr).toEqual([]);
    expect(code).toBe(0);
    expect(io.stdout.at(-1)).toMatch(/^3 files checked/);
  });
  it('names the problem of a hostile file with its place and never throws', async () => {
    await writeFile(path('proto.json'), '{"format":"powervm-design","version":1,"name":"x","domain":{"partitions":{"constructor":{}}}}');
    const io = capture();
    expect(await main([path('proto.json')], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/domain\.partitions\.constructor \(line 1, column \d+\): "constructor" is a reserved name/);
  });

  it('exits 0 on a clean design and says so', async () => {
    const io = capture();
    expect(await main([path('good.json')], io)).toBe(0);
    expect(io.stdout.join('\n')).toContain('good.json: 0 errors, 0 warnings, 0 infos');
    expect(io.stderr).toEqual([]);
  });

  it('exits 0 when there are only warnings', async () => {
    const io = capture();
    expect(await main([path('warn.json')], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/VLAN-6 +MAC 02:00:00:00:00:09 is used by ent0 \(slot \d+\) on aix01 and ent0 \(slot \d+\) on aix02/);
  });

  it('exits 1 when a design has errors, grouped by severity with rule id first and element names', async () => {
    const io = capture();
    expect(await main([path('good.json'), path('bad.json')], io)).toBe(1);
    const text = io.stdout.join('\n');
    expect(text).toContain('bad.json: 1 error, 1 warning, 0 infos');
    expect(text.indexOf('  errors:')).toBeLessThan(text.indexOf('  warnings:'));
    expect(text).toMatch(/VSCSI-1 +hdisk0 on vios1 reaches aix01 through two VIOS/);
    expect(text).toContain('elements: hdisk0 on vios1; aix01');
    expect(text).toContain('fix: Set reserve_policy=no_reserve on hdisk0 on vios1');
    expect(text).toContain('2 files checked: 1 error, 1 warning, 0 infos');
  });

  it('exits 2 and names the file and the reason when a file cannot be read or is not a design', async () => {
    for (const [file, reason] of [['missing.json', /cannot read the file: ENOENT/], ['broken.json', /not a valid design: Not valid JSON/], ['other.json', /not a valid design: format \(line 1, column 2\): Not a PowerVM design/]] as const) {
      const io = capture();
      expect(await main([path('bad.json'), path(file)], io)).toBe(2);
      expect(io.stderr[0]).toBe(`${path(file)}: cannot be checked`);
      expect(io.stderr.join('\n')).toMatch(reason);
    }
  });

  it('prints one JSON object with --json', async () => {
    const io = capture();
    expect(await main(['--json', path('bad.json'), path('broken.json')], io)).toBe(2);
    expect(io.stdout).toHaveLength(1);
    const out = JSON.parse(io.stdout[0]!);
    expect(out.exitCode).toBe(2);
    expect(out.counts).toEqual({ error: 1, warning: 1, info: 0 });
    expect(out.files[0].ok).toBe(true);
    expect(out.files[0].diagnostics[0]).toMatchObject({ ruleId: 'VSCSI-1', severity: 'error', elements: ['hdisk0 on vios1', 'aix01'] });
    expect(out.files[1]).toMatchObject({ ok: false });
    expect(out.files[1].errors[0]).toMatch(/Not valid JSON/);
  });

  it('exits 2 with usage when no file is given or an option is unknown', async () => {
    for (const args of [[], ['--fast', path('good.json')]]) {
      const io = capture();
      expect(await main(args, io)).toBe(2);
      expect(io.stderr.join('\n')).toContain('Usage: npm run check');
    }
  });
});
