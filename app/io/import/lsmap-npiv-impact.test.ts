import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importTexts } from './merge.ts';
import { buildPathModel, failableComponents, impactOf } from '../../engine/impact/index.ts';

/**
 * What `lsmap -npiv` tells the impact engine. It names no LUN (zoning and masking live on the SAN and the array, so
 * LUN.npivClientIds is left for the user to fill), but it tells each vfchost's client, its FC port and the port's
 * location code: ports sharing an adapter location become one failable physical adapter.
 */
const FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/powervm/outputs/13-collector-lsmap-npiv-fmt-and-lsmap-all.txt');

describe.skipIf(!existsSync(FILE))('lsmap -npiv and the impact engine (../shared/powervm/outputs; skipped when absent)', () => {
  it('the FC ports of one adapter (P2-C5-T1, -T2) become one failable adapter whose loss cuts every NPIV path through it', () => {
    const { design } = importTexts([{ name: path.basename(FILE), text: readFileSync(FILE, 'utf8') }]);
    const adapter = failableComponents(design).find((c) => c.kind === 'physical-adapter');
    expect(adapter, 'an adapter grouping fcs0 and fcs1').toBeDefined();
    expect(adapter!.name).toMatch(/fcs0, fcs1/);
    const model = buildPathModel(design);
    const npivClients = model.services.filter((s) => s.key.startsWith('npiv:')).map((s) => model.partitions[s.partition]!.partitionId);
    expect(npivClients.length).toBeGreaterThan(0);
    const r = impactOf(model, [{ id: adapter!.id }]);
    for (const pid of npivClients) {
      const s = r.partitions.find((p) => p.partitionId === pid)!.services.find((x) => x.key.startsWith('npiv:'))!;
      expect(s.verdict, s.reason).toBe('Outage');
      expect(s.reason).toContain(`${adapter!.name} down`);
    }
  });
});
