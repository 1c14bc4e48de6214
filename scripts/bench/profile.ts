// `npx tsx scripts/bench/profile.ts [dist] [title|question|feedback] [cpuSlowdown]`: where the frame time goes.
// Samples frames with requestAnimationFrame, then records a CPU profile of the same state with the
// DevTools protocol and prints the functions with the most self time. Build with `--minify false`
// for readable names.
import { launchBrowser } from '../../test/e2e/harness/browser.ts';
import { serveStatic } from '../../test/e2e/harness/server.ts';
import { SELECTORS, waitForTitle, waitForAskingQuestion } from '../../test/e2e/harness/contract.ts';
import { sampleFrames } from './probe.ts';
import { percentile, round } from './stats.ts';

const dist = process.argv[2] ?? 'dist';
const state = process.argv[3] ?? 'title';
const slowdown = Number(process.argv[4] ?? 1);

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const server = await serveStatic({ root: dist });
const browser = await launchBrowser({ viewport: 'desktop' });
try {
  const { page } = browser;
  page.on('console', (m) => {
    if (m.type() === 'error') console.error('page:', m.text());
  });
  await page.goto(`${server.url}?test=1`);
  await waitForTitle(page, 60_000);
  if (state !== 'title') {
    await page.locator(SELECTORS.play).click();
    await waitForAskingQuestion(page, 60_000);
  }
  if (state === 'feedback') {
    await page
      .locator('[data-testid="question"] button')
      .first()
      .click()
      .catch(() => undefined);
  }
  await page.waitForTimeout(1000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  const frames = await sampleFrames(page, 3000);
  console.log(
    `${state} x${slowdown}: ${round(frames.fps, 1)} fps, p50 ${round(percentile(frames.intervals, 50), 1)} ms, p99 ${round(percentile(frames.intervals, 99), 1)} ms`,
  );
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.waitForTimeout(3000);
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] };
  };
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
} finally {
  await browser.close();
  await server.close();
}
