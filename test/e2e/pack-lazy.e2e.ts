/**
 * Shipped packs load lazily: before the first question only the played pack's questions and texts are
 * downloaded (the title lists every pack from their titles alone); another pack's arrive when it is chosen.
 * The reader of round links (with its DEFLATE inflater) is not on the way to the first question either.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { packRef } from '../../src/core/share/packRef.ts';
import { encodeAssignment } from '../../src/core/share/roundLink.ts';
import { openGame, SELECTORS, waitForTitle } from './harness/index.ts';
import { holds, recordBodies } from './harness/downloads.ts';
import { pack } from './play/bank.ts';

/** One of DEFLATE's error messages in the link reader's inflater (fflate): a string no minifier renames. */
const INFLATER = 'invalid length/literal';

const json = (p: string) => JSON.parse(readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8'));
const idsOf = (pack: string) => (json(`content/${pack}/questions.json`).questions as { id: string }[]).map((q) => q.id);
/** The start of a prompt of the pack's in plain ASCII (so the bundler writes it as is). */
const textOf = (pack: string): string => {
  const texts = json(`content/${pack}/texts/en.json`) as Record<string, { prompt?: string }>;
  const prompt = idsOf(pack)
    .map((id) => texts[id]?.prompt ?? '')
    .find((p) => /^[\x20-\x7e]{24}/.test(p) && !p.includes('"') && !p.includes("'"));
  return (prompt ?? '').slice(0, 24);
};

/** The game at its title, with every script and JSON file it downloads from the start kept in `bodies`. */
async function openRecording(viewport: 'desktop' | 'phone') {
  let bodies: string[] = [];
  const { page } = await openGame({
    viewport,
    query: '?test=1',
    beforeLoad: async (p) => {
      bodies = recordBodies(p);
    },
  });
  await waitForTitle(page);
  return { page, bodies };
}

describe('lazy packs', { timeout: 120_000 }, () => {
  test("the first question downloads only the played pack; choosing another fetches that one's", async () => {
    const { page, bodies } = await openRecording('desktop');
    await page.locator(SELECTORS.play).click();
    await page.locator('[data-screen="round"]').waitFor();
    // Question ids of the geography pack that no other file names.
    const geo = idsOf('sahel-geography').filter((id) => !idsOf('niger-coup-2023').includes(id));
    expect(geo.length).toBeGreaterThan(30);
    await expect.poll(() => holds(bodies, textOf('niger-coup-2023'))).toBe(true);
    expect(geo.filter((id) => holds(bodies, `"${id}"`) || holds(bodies, `\`${id}\``))).toEqual([]);
    expect(holds(bodies, textOf('sahel-geography'))).toBe(false);
    // The list still names the other pack, from its title alone.
    await page.goto(page.url().replace(/#.*$/, ''));
    await waitForTitle(page);
    await page.locator('[data-testid="pack-sahel-geography"]').click();
    await page.waitForURL(/pack=sahel-geography/);
    await waitForTitle(page);
    await expect.poll(() => holds(bodies, textOf('sahel-geography'))).toBe(true);
  });

  test('the first question downloads no link reader; a round link fetches it and opens its round', async () => {
    const { page, bodies } = await openRecording('phone');
    await page.locator(SELECTORS.play).tap();
    await page.locator(SELECTORS.askingQuestion).waitFor();
    await expect.poll(() => holds(bodies, textOf('niger-coup-2023'))).toBe(true);
    expect(holds(bodies, INFLATER)).toBe(false);
    const ids = pack.questions.slice(0, 3).map((q) => q.id);
    const a = { v: 1 as const, title: 'Lazy', questionIds: ids, timeLimitMs: 30_000, allowTimeChange: false };
    const options = { language: null, shuffle: false, explainDuringRound: true };
    await page.goto(`${page.url().replace(/#.*$/, '')}#r=${encodeAssignment({ ...a, ...options }, packRef(pack))}`);
    await page.locator('[data-screen="assigned"]').waitFor();
    await expect(page.locator('[data-screen="assigned"]').innerText()).resolves.toContain('Lazy');
    await expect.poll(() => holds(bodies, INFLATER)).toBe(true);
  });
});
