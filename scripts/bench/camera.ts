// The map's camera and the end-of-round celebration under load: canvas pixel density, and p99
// frame time while the camera flies and zooms and while the confetti plays, on a 2× phone with
// the CPU slowed 4×. Used by `npm run bench`; alone: `npx tsx scripts/bench/camera.ts` (measures
// the existing dist/). Numbers on a shared machine are distorted by whatever else runs on it.
import { launchBrowser } from '../../test/e2e/harness/browser.ts';
import { formatProblems, guardPage } from '../../test/e2e/harness/guard.ts';
import { serveStatic, type StaticServer } from '../../test/e2e/harness/server.ts';
import { percentile, round } from './stats.ts';

export interface CameraFigures {
  /** Canvas pixels per CSS pixel on a devicePixelRatio-2 phone (target: 2). */
  canvasDensity: number;
  /** p99 of frame intervals while the camera moves (flights, zooms, resets), CPU ×4, ms. */
  cameraP99FrameMs: number;
  cameraFrames: number;
  /** p99 of frame intervals while the level-3 celebration plays, CPU ×4, ms. */
  celebrationP99FrameMs: number;
  celebrationFrames: number;
  /** p99 of the game's own work per frame (Phaser step) while the camera moves / the confetti plays, CPU ×4, ms. */
  cameraP99StepMs: number;
  celebrationP99StepMs: number;
  /** p99 of frame intervals with the map still, same page and throttle: what the machine's load alone costs. */
  idleP99FrameMs: number;
}

// In-page code as source text (see probe.ts: tsx helpers do not exist inside the page).
// Besides frame intervals, each run times the game's own work per frame (Phaser's step: update +
// render), which a loaded machine distorts less than the intervals between frames.
const TIME_STEPS = String.raw`(function () {
  var game = window.__sahel.map.game;
  if (!game.__stepTimes) {
    var t0 = -1, end = -1;
    var mark = function () { end = performance.now(); };
    game.events.on('prestep', function () {
      if (t0 >= 0 && end >= t0) game.__stepTimes.push(end - t0);
      t0 = performance.now();
    });
    game.events.on('poststep', mark);
    game.events.on('postrender', mark);
  }
  game.__stepTimes = [];
})()`;
const READ_STEPS = 'window.__sahel.map.game.__stepTimes';
const MOVE_SOURCE = String.raw`new Promise(function (resolve) {
  var map = window.__sahel.map;
  var intervals = [], last = -1, start = performance.now(), step = 0;
  var moves = [function () { map.zoomBy(1.6); }, function () { map.panBy(120, 40); },
    function () { map.zoomBy(1 / 1.6); }, function () { map.resetView(); }];
  var timer = setInterval(function () { moves[step++ % moves.length](); }, 450);
  moves[step++ % moves.length]();
  function tick(now) {
    if (last >= 0) intervals.push(now - last);
    last = now;
    if (now - start < DURATION) requestAnimationFrame(tick);
    else { clearInterval(timer); resolve(intervals); }
  }
  requestAnimationFrame(tick);
})`;

const IDLE_SOURCE = String.raw`new Promise(function (resolve) {
  var intervals = [], last = -1, start = performance.now();
  function tick(now) {
    if (last >= 0) intervals.push(now - last);
    last = now;
    if (now - start < DURATION) requestAnimationFrame(tick);
    else resolve(intervals);
  }
  requestAnimationFrame(tick);
})`;

const PARTY_SOURCE = String.raw`new Promise(function (resolve) {
  var intervals = [], last = -1, start = performance.now();
  window.__sahel.map.celebrate(3);
  function tick(now) {
    if (last >= 0) intervals.push(now - last);
    last = now;
    if (now - start < DURATION) requestAnimationFrame(tick);
    else resolve(intervals);
  }
  requestAnimationFrame(tick);
})`;

export async function measureCamera(server: StaticServer, cpuSlowdown = 4): Promise<CameraFigures> {
  const browser = await launchBrowser({ viewport: 'phone' });
  try {
    const { page } = browser;
    const guard = guardPage(page);
    await page.goto(`${server.url}?test=1`, { timeout: 60_000 });
    await page.waitForFunction(() => document.documentElement.dataset.map === 'ready', undefined, { timeout: 60_000 });
    await page.evaluate(() =>
      (window as any).__sahel.app.playRound(
        {
          questionIds: ['geo-neighbours-locate'],
          timeLimitMs: null,
          timeScale: 1,
          explainDuringRound: true,
          scored: true,
        },
        1,
      ),
    );
    await page.waitForFunction(() => (window as any).__sahel.map.viewState().moving === false, undefined, {
      timeout: 60_000,
    });
    const canvasDensity = await page.evaluate(() => {
      const c = document.querySelector('#stage canvas') as HTMLCanvasElement;
      return c.width / c.getBoundingClientRect().width;
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    const idle = (await page.evaluate(IDLE_SOURCE.replace('DURATION', '3000'))) as number[];
    await page.evaluate(TIME_STEPS);
    const camera = (await page.evaluate(MOVE_SOURCE.replace('DURATION', '4000'))) as number[];
    const cameraSteps = (await page.evaluate(READ_STEPS)) as number[];
    await page.evaluate(TIME_STEPS);
    const party = (await page.evaluate(PARTY_SOURCE.replace('DURATION', '3500'))) as number[];
    const partySteps = (await page.evaluate(READ_STEPS)) as number[];
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    if (guard.problems.length > 0) process.stderr.write(`  ! camera: page errors\n${formatProblems(guard.problems)}\n`);
    guard.dispose();
    return {
      canvasDensity: round(canvasDensity, 2),
      cameraP99FrameMs: round(percentile(camera, 99), 1),
      cameraFrames: camera.length,
      celebrationP99FrameMs: round(percentile(party, 99), 1),
      celebrationFrames: party.length,
      idleP99FrameMs: round(percentile(idle, 99), 1),
      cameraP99StepMs: round(percentile(cameraSteps, 99), 1),
      celebrationP99StepMs: round(percentile(partySteps, 99), 1),
    };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await serveStatic({ root: new URL('../../dist/', import.meta.url).pathname });
  try {
    process.stdout.write(`${JSON.stringify(await measureCamera(server))}\n`);
  } finally {
    await server.close();
  }
}
