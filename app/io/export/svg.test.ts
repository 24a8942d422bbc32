import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/index.ts';
import { buildDualViosTemplate } from '../../model/templates/sample.ts';
import { generateBenchDesign } from '../../model/generate.ts';
import { buildRows } from '../../picture/rows.ts';
import { newProjectionCache, projectDesign } from '../../canvas/project.ts';
import { designSvg, escapeXml } from './svg.ts';
import { buildPower10ModernTemplate } from '../../model/templates/power10-modern.ts';
import { sriovPortText, sspPoolText } from '../../picture/modern.ts';

/** Every name the canvas shows for an element: frames, partitions, adapter rows, and the small nodes. */
function names(design: Design): string[] {
  const d = design.domain;
  const out = [
    ...Object.values(d.systems).map((s) => s.name),
    ...Object.values(d.partitions).map((p) => p.name),
    ...Object.values(d.vlans).map((v) => `VLAN ${v.vlanId}`),
    ...Object.values(d.heaPorts).map((h) => `HEA port ${h.index}`),
    ...[d.sanFabrics, d.storageArrays, d.luns, d.ethernetSwitches].flatMap((c) => Object.values(c).map((r) => r.name)),
  ];
  for (const rows of buildRows(design).values()) for (const r of rows) out.push(r.name, r.detail);
  return out;
}

function checkComplete(design: Design): string {
  const { svg, width, height } = designSvg(design);
  expect(width).toBeGreaterThan(100);
  expect(height).toBeGreaterThan(100);
  for (const name of names(design)) expect(svg, name).toContain(escapeXml(name));
  // Every edge the canvas draws (its own projection is the oracle) is a path in the SVG.
  const { edges } = projectDesign(design, newProjectionCache());
  expect(edges.length).toBeGreaterThan(0);
  for (const e of edges) expect(svg, e.id).toContain(`data-edge="${escapeXml(e.id)}"`);
  expect(svg.match(/<path class="edge /g)?.length).toBe(edges.length);
  return svg;
}

describe('designSvg', () => {
  it('draws every element name and every edge of the sample template', () => {
    const svg = checkComplete(buildDualViosTemplate());
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  });

  it('draws every element name and every edge of a generated design', () => {
    checkComplete(generateBenchDesign(30));
  });

  it('draws today\'s PowerVM of power10-modern: SR-IOV ports, logical ports, vNICs with active and standby backing devices, the pool', () => {
    const d = buildPower10ModernTemplate();
    const svg = checkComplete(d);
    for (const p of Object.keys(d.domain.sriovPhysicalPorts)) for (const t of sriovPortText(d, p)) expect(svg).toContain(escapeXml(t));
    for (const c of Object.keys(d.domain.sspClusters)) for (const t of sspPoolText(d, c)) expect(svg).toContain(escapeXml(t));
    expect(svg.match(/<path class="edge edge-vnic"/g)).toHaveLength(3);
    expect(svg.match(/<path class="edge edge-vnic-standby"/g)).toHaveLength(3);
    expect(svg.match(/<path class="edge edge-sriov"/g)).toHaveLength(6);
    for (const label of ['vNIC backing device (active)', 'vNIC backing device (standby)', 'SR-IOV logical port']) expect(svg).toContain(escapeXml(label));
  });

  it('escapes names so the SVG stays well-formed', () => {
    const d = buildDualViosTemplate();
    const p = Object.values(d.domain.partitions).find((x) => x.kind !== 'vios')!;
    const evil = { ...d, name: 'a<b>&"c"', domain: { ...d.domain, partitions: { ...d.domain.partitions, [p.id]: { ...p, name: '<script>&x' } } } };
    const { svg } = designSvg(evil);
    expect(svg).toContain('&lt;script&gt;&amp;x');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('<title>a&lt;b&gt;&amp;&quot;c&quot;</title>');
  });

  it('draws only the selection, with a selected frame bringing its contents', () => {
    const d = buildDualViosTemplate();
    const vios = Object.values(d.domain.partitions).filter((p) => p.kind === 'vios');
    const client = Object.values(d.domain.partitions).find((p) => p.kind !== 'vios')!;
    const only = designSvg(d, { only: new Set([vios[0]!.id]) }).svg;
    expect(only).toContain(vios[0]!.name);
    expect(only).not.toContain(`>${client.name}<`);
    expect(only).not.toContain('<path class="edge ');
    const frame = Object.values(d.domain.systems)[0]!;
    const whole = designSvg(d, { only: new Set([frame.id]) }).svg;
    for (const p of Object.values(d.domain.partitions)) expect(whole).toContain(`>${p.name}<`);
    expect(whole).toContain('<path class="edge edge-vscsi"');
  });
});

describe('pngScale', () => {
  it('draws at 2x, and smaller when the picture would exceed what a canvas can hold', async () => {
    const { pngScale } = await import('./png.ts');
    expect(pngScale(1000, 800)).toBe(2);
    expect(pngScale(20_000, 1000)).toBeCloseTo(0.8);
    expect(20_000 * 20_000 * pngScale(20_000, 20_000) ** 2).toBeLessThanOrEqual(120_000_000 + 1);
  });
});

describe('the exported picture', () => {
  it('has no line over text and nothing outside its view box, for every template (light and dark) and a generated design', async () => {
    const { TEMPLATES } = await import('../../model/templates/index.ts');
    const { svgProblems } = await import('./svg-check.ts');
    for (const tpl of TEMPLATES) {
      for (const theme of ['light', 'dark'] as const) {
        const { svg } = designSvg(tpl.build(), { theme, date: new Date('2026-12-01T00:00:00Z') });
        expect(svgProblems(svg), `${tpl.file} ${theme}`).toEqual([]);
        expect(svg).toContain('Exported 2026-12-01');
        expect(svg).toContain('class="legend"');
      }
    }
    expect(svgProblems(designSvg(generateBenchDesign(60)).svg)).toEqual([]);
  }, 30_000);

  it('finds a line drawn over a name, and a box outside the view box', async () => {
    const { svgProblems } = await import('./svg-check.ts');
    const bad = '<svg viewBox="0 0 100 100"><text x="10" y="20" class="name">aix01</text><path class="edge" data-edge="e1" d="M0 15L90 15"/><rect x="90" y="90" width="20" height="5"/></svg>';
    const p = svgProblems(bad);
    expect(p.some((x) => x.includes('crosses text "aix01"'))).toBe(true);
    expect(p.some((x) => x.includes('outside the view box'))).toBe(true);
  });
});
