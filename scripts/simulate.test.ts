import { captureIo } from './cli-io.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from './simulate.ts';

let dir = '';
const TEMPLATES = join(__dirname, '../public/templates');
const template = (name: string) => join(TEMPLATES, `${name}.json`);

const capture = captureIo;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'powervm-simulate-'));
  await writeFile(join(dir, 'other.json'), JSON.stringify({ format: 'drawio', version: 1 }));
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('npm run simulate', () => {
  it('--fail vios1 on the dual-VIOS template: every client Degraded, naming vios2; exit 0', async () => {
    const io = capture();
    expect(await main([template('sample'), '--fail', 'vios1'], io)).toBe(0);
    const text = io.stdout.join('\n');
    expect(text).toContain('3 client partitions: 0 Outage, 3 Degraded, 0 OK');
    expect(text).toMatch(/aix01 +Degraded +Degraded/);
    expect(text).toContain('rootvg: path through vios1 lost (vios1 down), continues on vios2 via vscsi1');
    expect(text).toContain('datavg: path through vios1 fcs0 lost (vios1 down), continues on vios2 fcs1 via fcs1');
  });

  it('--fail vios1,vios2 (names, any case) puts every client in Outage; exit 1', async () => {
    const io = capture();
    expect(await main([template('sample'), '--fail', 'VIOS1,vios2'], io)).toBe(1);
    expect(io.stdout.join('\n')).toContain('3 Outage, 0 Degraded, 0 OK');
  });

  it('accepts ids and --json', async () => {
    const design = JSON.parse(await readFile(template('sample'), 'utf8'));
    const viosId = Object.values(design.domain.partitions as Record<string, { id: string; name: string }>).find((p) => p.name === 'vios2')!.id;
    const io = capture();
    expect(await main([template('sample'), `--fail=${viosId}`, '--json'], io)).toBe(0);
    const out = JSON.parse(io.stdout.join('\n'));
    expect(out.impact.counts).toEqual({ OK: 0, Degraded: 3, Outage: 0 });
    expect(out.failed[0]).toMatchObject({ id: viosId, kind: 'vios', name: 'vios2' });
  });

  it('an unknown component is a clear error with the close matches; exit 2', async () => {
    const io = capture();
    expect(await main([template('sample'), '--fail', 'vios3'], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('No failable component is named "vios3"; did you mean "vios1", "vios2"?');
    expect(io.stdout).toEqual([]);
  });

  it('--spof on the single-VIOS template names vios1 first; exit 1', async () => {
    const io = capture();
    expect(await main([template('single-vios'), '--spof'], io)).toBe(1);
    const lines = io.stdout.filter((l) => /^ {2}\S/.test(l));
    expect(lines[0]).toBe('  vios1 (vios): 3 Outage, 0 Degraded');
  });

  it('--spof --pairs on the dual-VIOS template: no avoidable single point (exit 0), vios1 + vios2 among the pairs', async () => {
    const io = capture();
    expect(await main([template('sample'), '--spof', '--pairs', '--json'], io)).toBe(0);
    const out = JSON.parse(io.stdout.join('\n'));
    expect(out.pairs.some((e: { components: { name: string }[]; outages: number }) => e.components.map((c) => c.name).join('+') === 'vios1+vios2' && e.outages === 3)).toBe(true);
  });

  it('a file that is not a design, or a bad command line: exit 2', async () => {
    let io = capture();
    expect(await main([join(dir, 'other.json'), '--fail', 'vios1'], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/not a valid design/);
    io = capture();
    expect(await main([template('sample')], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/Say what fails/);
    io = capture();
    expect(await main([join(dir, 'missing.json'), '--spof'], io)).toBe(2);
  });

  it('works on every template', async () => {
    const files = (await readdir(TEMPLATES)).filter((f) => f.endsWith('.json') && f !== 'index.json');
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const f of files) {
      const design = JSON.parse(await readFile(join(TEMPLATES, f), 'utf8'));
      const vios = Object.values(design.domain.partitions as Record<string, { name: string; kind: string }>).filter((p) => p.kind === 'vios');
      for (const v of vios) {
        const io = capture();
        const code = await main([join(TEMPLATES, f), '--fail', v.name, '--json'], io);
        const out = JSON.parse(io.stdout.join('\n'));
        expect(code, f).toBe(out.impact.counts.Outage > 0 ? 1 : 0);
        expect(out.impact.partitions.length, f).toBeGreaterThan(0);
      }
      const io = capture();
      expect([0, 1], f).toContain(await main([join(TEMPLATES, f), '--spof', '--pairs'], io));
      expect(io.stderr, f).toEqual([]);
    }
  });
});
