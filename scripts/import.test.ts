import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDesign } from '../app/model/index.ts';
import { type ImportIo, main } from './import.ts';

const FIXTURES = new URL('../app/io/import/fixtures/', import.meta.url);

function fakeIo(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: ImportIo = {
    readFile: async (path) => {
      if (path in files) return files[path]!;
      return readFileSync(new URL(path, FIXTURES), 'utf8');
    },
    stdout: (t) => { out.push(t); },
    stderr: (t) => { err.push(t); },
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

describe('npm run import', () => {
  it('prints the design JSON on stdout and the report on stderr, exit 0', async () => {
    const f = fakeIo();
    const code = await main(['--', 'lsmap-all-vios1.txt', 'lshwres-scsi.txt', 'collector-vios2.txt', 'hmc-error-fr.txt'], f.io);
    expect(code).toBe(0);
    const opened = openDesign(f.out());
    expect(opened.ok).toBe(true);
    if (opened.ok) expect(Object.values(opened.design.domain.partitions).map((p) => p.name)).toEqual(['vios1', 'vios2', 'aixdb01', 'lnxapp01']);
    expect(f.err()).toContain('collector-vios2.txt:15: not understood: this line lost its prefix');
    expect(f.err()).toContain('hmc-error-fr.txt:1: HMC error HSCL8012:');
    expect(f.err()).toMatch(/Imported 1 frame, 4 partitions, \d+ vSCSI adapters/);
  });

  it('exits 2 when a file cannot be read, and prints no design', async () => {
    const f = fakeIo();
    expect(await main(['lsmap-all-vios1.txt', 'no-such-file.txt'], f.io)).toBe(2);
    expect(f.err()).toMatch(/no-such-file.txt: cannot be read/);
    expect(f.out()).toBe('');
  });

  it('exits 2 when nothing could be imported, with the lines it did not understand', async () => {
    const f = fakeIo({ 'notes.txt': 'remember the milk\n' });
    expect(await main(['notes.txt'], f.io)).toBe(2);
    expect(f.err()).toContain('notes.txt:1: not understood: remember the milk');
    expect(f.err()).toContain('Nothing could be imported');
    expect(f.out()).toBe('');
  });

  it('exits 2 with a usage line when no file is given', async () => {
    const f = fakeIo();
    expect(await main([], f.io)).toBe(2);
    expect(f.err()).toMatch(/^usage: npm run import/);
  });
});
