import { test } from '@playwright/test';
import { openFresh } from './helpers.ts';
test('probe', async ({ page }) => {
  await openFresh(page);
  await page.waitForTimeout(800);
  await page.addStyleTag({ content: '.react-flow__handle::before { background: rgba(255,0,0,.3) }' });
  await page.screenshot({ path: '/tmp/probe/fitted.png' });
  await page.screenshot({ path: '/tmp/probe/zoom.png', clip: { x: 220, y: 140, width: 400, height: 330 } });
  const r = await page.evaluate(() => {
    const out: string[] = [];
    const vp = document.querySelector('.react-flow__viewport') as HTMLElement;
    out.push('viewport ' + vp.style.transform + ' hit ' + getComputedStyle(document.querySelector('.canvas')!).getPropertyValue('--handle-hit'));
    for (const name of ['vios1', 'aix01']) {
      const node = document.querySelector(`[data-testid="partition-${name}"]`)!;
      const hs = node.querySelectorAll('.react-flow__handle');
      let miss = 0;
      for (const h of Array.from(hs)) {
        const b = h.getBoundingClientRect();
        const cx = b.x + b.width / 2, cy = b.y + b.height / 2;
        const bad: string[] = [];
        for (let dx = -7.5; dx <= 7.5; dx += 2.5) for (let dy = -7.5; dy <= 7.5; dy += 2.5) {
          const el = document.elementFromPoint(cx + dx, cy + dy);
          if (el !== h) bad.push(`${dx},${dy}:${(el as HTMLElement)?.className?.toString().slice(0, 30)}`);
        }
        if (h.getAttribute('data-handleid')==='vfc-1') { let g='';for (let dy = -10; dy <= 10; dy += 1) { for (let dx = -10; dx <= 10; dx += 1) { const el=document.elementFromPoint(cx+dx,cy+dy); g += el===h?'#':el?.classList?.contains('react-flow__handle')?'h':el instanceof SVGElement?'s':el?.classList?.contains('react-flow__pane')?'.':'o'; } g+='\n'; } out.push(g); }
        if (bad.length) { miss++; out.push(`${name} ${h.getAttribute('data-handleid')} ${h.className.includes(' source') ? 'src' : 'tgt'} ${bad.length} bad: ${bad.slice(0, 4).join(' | ')}`); }
      }
      out.push(`${name} miss ${miss}/${hs.length}`);
    }
    return out.join('\n');
  });
  console.log(r);
});
