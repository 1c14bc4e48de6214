import type { Page } from 'playwright-core';
import type { StaticServer } from '../../test/e2e/harness/server.ts';

/**
 * Opens the game (test hooks on), waits for the map, starts a round of one question through the
 * test hook and waits until the map is still: where the camera and idle benches start measuring.
 */
export async function openMapQuestion(
  page: Page,
  server: StaticServer,
  questionId: string,
  timeLimitMs: number | null,
): Promise<void> {
  await page.goto(`${server.url}?test=1`, { timeout: 60_000 });
  await page.waitForFunction(() => document.documentElement.dataset.map === 'ready', undefined, { timeout: 60_000 });
  await page.evaluate(
    ({ id, limit }) =>
      (window as any).__sahel.app.playRound(
        { questionIds: [id], timeLimitMs: limit, timeScale: 1, explainDuringRound: true, scored: true },
        1,
      ),
    { id: questionId, limit: timeLimitMs },
  );
  await page.waitForFunction(() => (window as any).__sahel.map.viewState().moving === false, undefined, {
    timeout: 60_000,
  });
}
