import { launchBrowser } from '../../test/e2e/harness/browser.ts';
import { formatProblems, guardPage } from '../../test/e2e/harness/guard.ts';
import { serveStatic, type StaticServer } from '../../test/e2e/harness/server.ts';
import { type ThrottleProfile, SLOW_CLASSROOM } from './measure.ts';
import { startTrace } from './responsive.ts';
import { round } from './stats.ts';
import { pageActivity } from './traceTasks.ts';
import { openMapQuestion } from './mapQuestion.ts';

// An idle question: what the page does while a student reads and thinks, which is most of a round.
// A timed map question (the ring steps, the seconds count down, nothing else moves) is traced for a
// few seconds at CPU x4 once the map is still; the figures are per second of that time.

export interface IdleFigures {
  /** The page's main-thread task time per second, ms. */
  idleMainThreadMsPerS: number;
  /** Animation frame callbacks per second (each one a frame the page asks for). */
  idleAnimationFramesPerS: number;
  /** Frames committed to the compositor per second. */
  idleCommitsPerS: number;
}

const SECONDS = 6;

export async function measureIdleQuestion(
  server: StaticServer,
  throttle: ThrottleProfile = SLOW_CLASSROOM,
): Promise<IdleFigures> {
  const browser = await launchBrowser({ viewport: 'desktop' });
  try {
    const { context, page } = browser;
    const guard = guardPage(page);
    await openMapQuestion(page, server, 'geo-niger-locate', 60_000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle.cpuSlowdown });
    await new Promise((r) => setTimeout(r, 1000));
    const stop = await startTrace(cdp);
    await new Promise((r) => setTimeout(r, SECONDS * 1000));
    const activity = pageActivity(await stop());
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    if (guard.problems.length > 0)
      process.stderr.write(`  ! idle question: page errors\n${formatProblems(guard.problems)}\n`);
    guard.dispose();
    return {
      idleMainThreadMsPerS: round(activity.taskMs / SECONDS, 1),
      idleAnimationFramesPerS: round(activity.animationFrames / SECONDS, 1),
      idleCommitsPerS: round(activity.commits / SECONDS, 1),
    };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await serveStatic({ root: process.argv[2] ?? new URL('../../dist/', import.meta.url).pathname });
  try {
    for (let i = 0; i < Number(process.env.RUNS ?? 1); i++)
      process.stdout.write(`${JSON.stringify(await measureIdleQuestion(server))}\n`);
  } finally {
    await server.close();
  }
}
