// The map's camera and the end-of-round celebration under load: canvas pixel density, and p99
// frame time while the camera flies and zooms and while the confetti plays, on a 2× phone with
// the CPU slowed 4×. Used by `npm run bench`; alone: `npx tsx scripts/bench/camera.ts` (measures
// the existing dist/). Numbers on a shared machine are distorted by whatever else runs on it.
//
// A first visit makes the offline copy (the service worker's precache, ~2.6 MB) 4 s after the first
// question shows (src/platform/offline.ts): a one-time download on a thread of its own. The camera
// is measured twice: while that copy is being made (`cameraInstallP99FrameMs`, reported), and once
// it is made, as on every later flight (`cameraP99FrameMs`, the target). On this 2-core machine
// DevTools' CPU throttling keeps one core busy (its signal handler spins while the page thread
// "sleeps"), so the copy, the compositor and the paint worker share the other one.
import { launchBrowser } from '../../test/e2e/harness/browser.ts';
import { formatProblems, guardPage } from '../../test/e2e/harness/guard.ts';
import { serveStatic, type StaticServer } from '../../test/e2e/harness/server.ts';
import { percentile, round } from './stats.ts';
import { openMapQuestion } from './mapQuestion.ts';

export interface CameraFigures {
  /** Canvas pixels per CSS pixel on a devicePixelRatio-2 phone (target: 2). */
  canvasDensity: number;
  /** p99 of frame intervals while the camera moves (flights, zooms, resets), CPU ×4, ms; the offline copy made. */
  cameraP99FrameMs: number;
  cameraFrames: number;
  /** The same while a first visit's offline copy is being made (once per install; see the top of this file). */
  cameraInstallP99FrameMs: number;
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

/** Resolves once the service worker has begun installing (the offline copy is being made). */
const INSTALLING_SOURCE = String.raw`new Promise(function (resolve) {
  (function poll() {
    navigator.serviceWorker.getRegistration().then(function (r) {
      if (r && (r.installing || r.waiting || r.active)) resolve(!!r.installing); else setTimeout(poll, 20);
    });
  })();
})`;

/** Resolves once the service worker is active: the offline copy is made. */
const ACTIVATED_SOURCE = String.raw`navigator.serviceWorker.ready.then(function (r) {
  return new Promise(function (resolve) {
    var w = r.active;
    if (w.state === 'activated') return resolve(true);
    w.addEventListener('statechange', function () { if (w.state === 'activated') resolve(true); });
  });
})`;

export async function measureCamera(server: StaticServer, cpuSlowdown = 4): Promise<CameraFigures> {
  const browser = await launchBrowser({ viewport: 'phone' });
  try {
    const { page } = browser;
    const guard = guardPage(page);
    await openMapQuestion(page, server, 'geo-neighbours-locate', null);
    const canvasDensity = await page.evaluate(() => {
      const c = document.querySelector('#stage canvas') as HTMLCanvasElement;
      return c.width / c.getBoundingClientRect().width;
    });
    const cdp = await page.context().newCDPSession(page);
    // While the offline copy is made (it starts 4 s after the question shows)…
    const installing = (await page.evaluate(INSTALLING_SOURCE)) as boolean;
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    const duringInstall = (await page.evaluate(MOVE_SOURCE.replace('DURATION', '4000'))) as number[];
    if (!installing) process.stderr.write('  ! camera: the offline copy was made before the first measure\n');
    // …and once it is made.
    await page.evaluate(ACTIVATED_SOURCE);
    await page.evaluate(() => (window as any).__sahel.map.resetView());
    await page.waitForFunction(() => (window as any).__sahel.map.viewState().moving === false);
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
      cameraInstallP99FrameMs: round(percentile(duringInstall, 99), 1),
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
