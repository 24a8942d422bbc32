/**
 * npx tsx scripts/bench/play-profile.ts --url http://127.0.0.1:PORT/?bench=1000 [--rounds 1] [--over 30] [--window 10000]
 *
 * Where the main thread's long tasks come from while a scenario plays (the bench's playback: a VIOS failing at t+2 s
 * and back at t+60 s, at 10x, fitted): the bench's gesture, traced with the V8 sampling profiler on. Per main-thread
 * task over `--over` ms: its time, its trace events by kind (Layout, style, paint, script) and the functions with the
 * most self time in it (from the samples), at the simulated clock of its start. A diagnosis tool; the figures of
 * record come from run.ts. Build without minifying (`npx vite build --minify false`) to read function names.
 */
import { launch } from './browser.ts';

const argv = process.argv.slice(2);
const opt = (name: string, def: string) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] ?? def : def; };
const URL_ = opt('url', 'http://127.0.0.1:4192/?bench=1000');
const ROUNDS = Number(opt('rounds', '1'));
const OVER = Number(opt('over', '30'));
const WINDOW = Number(opt('window', '10000'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Ev { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; cat: string; id?: string; args?: { data?: { functionName?: string; url?: string; cpuProfile?: CpuChunk; timeDeltas?: number[] } } }
interface CpuNode { id: number; parent?: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }
interface CpuChunk { nodes?: CpuNode[]; samples?: number[] }

async function main(): Promise<void> {
  const browser = await launch();
  for (let round = 0; round < ROUNDS; round++) {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    await page.goto(URL_);
    await page.waitForFunction(() => document.documentElement.dataset.benchReady === 'true', null, { timeout: 180_000 });
    await sleep(1000);
    await page.evaluate(() => (window as unknown as { __benchFit?: () => void }).__benchFit?.());
    await sleep(500);
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute', 'disabled-by-default-v8.cpu_profiler'] });
    await page.evaluate(() => performance.mark('play'));
    await page.evaluate(() => (window as unknown as { __benchPlay: (speed: number) => Promise<void> }).__benchPlay(10));
    await sleep(1000);
    await page.evaluate(() => performance.mark('g0'));
    await sleep(WINDOW);
    await page.evaluate(() => { performance.mark('g1'); (window as unknown as { __benchPause: () => void }).__benchPause(); });
    const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: Ev[] }).traceEvents;
    const play = events.find((e) => e.name === 'play')!, g0 = events.find((e) => e.name === 'g0')!, g1 = events.find((e) => e.name === 'g1')!;
    const main = events.filter((e) => e.pid === play.pid && e.tid === play.tid && e.ph === 'X' && e.dur);
    // The sampling profile: nodes and samples come in chunks; a sample's time is the running sum of its deltas.
    const nodes = new Map<number, CpuNode>();
    const samples: { ts: number; node: number }[] = [];
    const profiles = new Map<string, number>();
    for (const e of events) {
      if (e.name === 'Profile' && e.pid === play.pid && e.tid === play.tid) profiles.set(e.id!, (e.args as { data: { startTime: number } }).data.startTime);
    }
    const clock = new Map<string, number>();
    for (const e of events) {
      if (e.name !== 'ProfileChunk' || !profiles.has(e.id!)) continue;
      const d = e.args!.data!;
      for (const n of d.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
      let t = clock.get(e.id!) ?? profiles.get(e.id!)!;
      const s = d.cpuProfile?.samples ?? [];
      const dt = d.timeDeltas ?? [];
      for (let i = 0; i < s.length; i++) { t += dt[i] ?? 0; samples.push({ ts: t, node: s[i]! }); }
      clock.set(e.id!, t);
    }
    samples.sort((a, b) => a.ts - b.ts);
    // A sample's weight is the time since the previous one, capped: a longer gap is time the thread waited for a core.
    const gaps = samples.slice(1).map((s, i) => s.ts - samples[i]!.ts).sort((a, b) => a - b);
    const cap = 3 * (gaps[Math.floor(gaps.length / 2)] ?? 100);
    const label = (id: number) => {
      const f = nodes.get(id)?.callFrame;
      if (!f) return '?';
      return `${f.functionName || '(anon)'}@${(f.url ?? '').split('/').pop()}:${f.lineNumber + 1}`;
    };
    const stack = (id: number, depth: number) => {
      const out: string[] = [];
      let n = nodes.get(id);
      while (n && out.length < depth) { const f = n.callFrame; if (f.url !== undefined && f.url !== '') out.push(`${f.functionName || '(anon)'}:${f.lineNumber + 1}`); n = n.parent !== undefined ? nodes.get(n.parent) : undefined; }
      return out.join(' < ');
    };
    // Thread time (tdur), not wall time: on a loaded machine a task's wall time counts the time it waited for a core.
    const cpu = (e: Ev) => (e.tdur ?? e.dur!);
    const tasks = main.filter((e) => e.name === 'RunTask' && e.ts >= play.ts && cpu(e) > OVER * 1000);
    console.log(`round ${round + 1}: ${samples.length} samples; tasks over ${OVER} ms from Play (measured window ${((g0.ts - play.ts) / 1000).toFixed(0)}..${((g1.ts - play.ts) / 1000).toFixed(0)} ms):`);
    let inWindow = 0;
    for (const t of tasks) {
      const end = t.ts + t.dur!;
      const inside = t.ts >= g0.ts && t.ts <= g1.ts;
      if (inside && cpu(t) > 50_000) inWindow++;
      const kinds = new Map<string, number>();
      for (const e of main) {
        if (e === t || e.ts < t.ts || e.ts + e.dur! > end || e.name === 'RunTask') continue;
        if (!argv.includes('--all-kinds') && !['Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'Layerize', 'FunctionCall', 'EvaluateScript', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'EventDispatch', 'HitTest', 'ParseHTML', 'CommitLoad', 'UpdateLayer', 'V8.GCScavenger', 'V8.GC_MARK_COMPACTOR'].includes(e.name)) continue;
        kinds.set(e.name, (kinds.get(e.name) ?? 0) + cpu(e) / 1000);
      }
      const self = new Map<string, number>();
      const stacks = new Map<string, number>();
      let prev = t.ts;
      for (const s of samples) {
        if (s.ts < t.ts || s.ts > end) continue;
        const w = Math.min(cap, s.ts - prev) / 1000;
        prev = s.ts;
        const k = label(s.node);
        self.set(k, (self.get(k) ?? 0) + w);
        const st = stack(s.node, 6);
        stacks.set(st, (stacks.get(st) ?? 0) + w);
      }
      const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${k} ${v.toFixed(1)}`);
      console.log(`\n${inside ? '*' : ' '} +${((t.ts - play.ts) / 1000).toFixed(0).padStart(6)} ms  ${(t.dur! / 1000).toFixed(1).padStart(6)} ms wall ${(cpu(t) / 1000).toFixed(1).padStart(6)} ms cpu  ${top(kinds, 6).join(', ')}`);
      console.log(`    self: ${top(self, 8).join(' | ')}`);
      for (const s of top(stacks, 4)) console.log(`    stack: ${s}`);
    }
    console.log(`\ntasks over 50 ms of thread time in the measured window: ${inWindow}; over 50 ms wall: ${main.filter((e) => e.name === 'RunTask' && e.ts >= g0.ts && e.ts <= g1.ts && e.dur! > 50_000).length}`);
    // Rendering work by what it touched: Paint by layer and node, Layout by its dirty objects, style by its elements.
    const paint = new Map<string, { n: number; ms: number; max: number }>();
    for (const e of main) {
      if (e.ts < play.ts || !['Paint', 'Layout', 'UpdateLayoutTree', 'PrePaint'].includes(e.name)) continue;
      const a = (e as unknown as { args: { data?: { layerId?: number; nodeId?: number; clip?: number[] }; beginData?: { dirtyObjects?: number; totalObjects?: number; partialLayout?: boolean }; elementCount?: number } }).args;
      const k = e.name === 'Paint' ? `Paint layer ${a.data?.layerId} node ${a.data?.nodeId} clip ${(a.data?.clip ?? []).slice(0, 2).map(Math.round).join(',')}..${(a.data?.clip ?? []).slice(4, 6).map(Math.round).join(',')}`
        : e.name === 'Layout' ? `Layout ${a.beginData?.partialLayout ? 'partial' : 'full'} dirty ${Math.round(Math.log2((a.beginData?.dirtyObjects ?? 0) + 1))} of ${a.beginData?.totalObjects}` : e.name;
      const v = paint.get(k) ?? { n: 0, ms: 0, max: 0 };
      v.n++; v.ms += cpu(e) / 1000; v.max = Math.max(v.max, cpu(e) / 1000);
      paint.set(k, v);
    }
    for (const [k, v] of [...paint].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25)) console.log(`  ${k}: ${v.n}x, ${v.ms.toFixed(0)} ms, max ${v.max.toFixed(1)}`);
    if (argv.includes('--nodes')) {
      const ids = [...paint.keys()].map((k) => /node (\d+)/.exec(k)?.[1]).filter(Boolean).map(Number);
      const cdp = await context.newCDPSession(page);
      await cdp.send('DOM.getDocument', { depth: -1 });
      const seen = new Set<number>();
      for (const id of ids) {
        if (seen.has(id)) continue; seen.add(id);
        try {
          const r = (await cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [id] })) as { nodeIds: number[] };
          const d = (await cdp.send('DOM.describeNode', { nodeId: r.nodeIds[0]! })) as { node: { localName: string; attributes?: string[] } };
          console.log(`  node ${id}: <${d.node.localName} ${(d.node.attributes ?? []).join(' ').slice(0, 120)}>`);
        } catch { console.log(`  node ${id}: ?`); }
      }
    }
    await context.close();
  }
  await browser.close();
}
void main();
