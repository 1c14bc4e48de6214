import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { encode as encodeQr } from 'uqr';
import { describe, expect, test } from 'vitest';
import type { Assignment } from '../../src/core/share/assignment.ts';
import { packRef } from '../../src/core/share/packRef.ts';
import { decodeAssignment } from '../../src/core/share/roundLink.ts';
import { parseRoundFile } from '../../src/core/teacher/savedRounds.ts';
import { openGame, screenshot, waitForTitle } from './harness/index.ts';
import { pack, question, texts, ui } from './play/bank.ts';

const ref = packRef(pack);
const tid = (id: string) => `[data-testid="${id}"]`;

async function openTeachers(page: Page): Promise<void> {
  await waitForTitle(page);
  await page.locator(tid('teachers')).click();
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'teacher');
  await page.locator(tid('teacher-heading')).waitFor();
}

/** The round in the link shown on the page, read back the way a student's browser will. */
async function linkedRound(page: Page): Promise<{ link: string; round: Assignment }> {
  const link = await page.locator(tid('share-link')).inputValue();
  const [base, payload] = link.split('#r=');
  expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  const decoded = decodeAssignment(payload ?? '', ref);
  if (!decoded.ok) throw new Error(`the page's link does not decode: ${decoded.error}`);
  return { link, round: decoded.value };
}

/**
 * Rasterises the QR code's SVG in the page and reads one pixel per module, so the test checks
 * what is drawn, not how the page built it.
 */
async function qrModules(page: Page): Promise<boolean[][]> {
  return page.evaluate(async () => {
    const svg = document.querySelector('[data-testid="share-qr"] svg') as SVGSVGElement;
    const n = Number(svg.dataset.modules);
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await img.decode();
    const px = 6;
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = n * px;
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    ctx.drawImage(img, 0, 0, n * px, n * px);
    const data = ctx.getImageData(0, 0, n * px, n * px).data;
    return Array.from({ length: n }, (_, y) =>
      Array.from({ length: n }, (_, x) => (data[((y * px + px / 2) * n * px + x * px + px / 2) * 4] as number) < 128),
    );
  });
}

/** Accessibility rules axe can check (labels, names, contrast, ARIA), on the teachers' page only. */
async function axeViolations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).include('[data-screen="teacher"]').analyze();
  return r.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

const savedTitles = (page: Page) => page.locator(`${tid('saved-round')} h3`).allInnerTexts();

describe('teachers build and share a round', { timeout: 180_000 }, () => {
  test('desktop, English: build, share (link, QR, copy), save, reload, duplicate, delete, export, import, print the key', async () => {
    const { page, browser, server } = await openGame({ viewport: 'desktop', query: '?test=1' });
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await openTeachers(page);
    await expect(page.locator(tid('saved-none')).innerText()).resolves.toBe(ui.en.builder.saved.none);
    await expect(page.locator(tid('summary-count')).innerText()).resolves.toBe('10 questions');
    await screenshot(page, 'builder-en-desktop');

    // Build: title, two topics, two types, 6 questions, 30 s, explanations at the end, French.
    await page.locator(tid('round-title')).fill('Niger week 1');
    for (const topic of ['coup', 'response'])
      await page.locator(`${tid('group-topics')} input[value="${topic}"]`).check();
    for (const type of ['choice', 'truefalse'])
      await page.locator(`${tid('group-types')} input[value="${type}"]`).check();
    await page.locator(tid('count')).fill('6');
    await expect(page.locator(tid('summary-count')).innerText()).resolves.toBe('6 questions');
    const types = await page.locator(tid('summary-types')).innerText();
    expect(types).toMatch(/multiple choice|true or false/);
    expect(types).not.toMatch(/on the map|timeline|who said it|number/);
    await page.locator(tid('time-30')).check();
    // The time rule: at a 30 s base a four-choice question gets 30 s and a true/false 23 s; the summary says so.
    const timed = await page.locator(tid('summary-types')).innerText();
    const n = (label: string) => Number(new RegExp(`${label} \\((\\d+) · (\\d+) s each\\)`).exec(timed)?.[1] ?? 0);
    const each = (label: string) => new RegExp(`${label} \\(\\d+ · (\\d+) s each\\)`).exec(timed)?.[1];
    if (n('multiple choice') > 0) expect(each('multiple choice')).toBe('30');
    if (n('true or false') > 0) expect(each('true or false')).toBe('23');
    expect(n('multiple choice') + n('true or false')).toBe(6);
    const seconds = n('multiple choice') * (30 + 6) + n('true or false') * (23 + 6); // + 6 s feedback each
    await expect(page.locator(tid('summary-duration')).innerText()).resolves.toBe(
      `At most ${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`,
    );
    await page.locator(tid('explain-end')).check();
    await page.locator(tid('lang-fr')).check();
    await expect(page.locator(tid('summary-explain')).innerText()).resolves.toBe(ui.en.builder.summary.explainEnd);
    await expect(page.locator(tid('summary-language')).innerText()).resolves.toBe('Language: Français');

    // The link carries exactly that round.
    const { link, round } = await linkedRound(page);
    expect(round).toMatchObject({
      title: 'Niger week 1',
      timeLimitMs: 30_000,
      language: 'fr',
      explainDuringRound: false,
      allowTimeChange: true,
      shuffle: false,
    });
    expect(round.questionIds).toHaveLength(6);
    for (const id of round.questionIds) {
      expect(['coup', 'response']).toContain(question(id).topic);
      expect(['choice', 'truefalse']).toContain(question(id).type);
    }
    await expect(page.locator(tid('open-student')).getAttribute('href')).resolves.toBe(link);

    // The QR code drawn on the page is the QR code of that link, quiet zone included.
    const drawn = await qrModules(page);
    const expected = encodeQr(link, { ecc: 'M', border: 4 }).data;
    expect(drawn.length).toBe(expected.length);
    expect(drawn).toEqual(expected);
    expect(drawn.slice(0, 4).flat().some(Boolean)).toBe(false);
    const qrBox = await page.locator(`${tid('share-qr')} svg`).boundingBox();
    expect(qrBox!.width).toBeGreaterThanOrEqual(250);
    await page.locator(tid('qr-big')).click();
    const bigBox = await page.locator(`${tid('share-qr')} svg`).boundingBox();
    expect(bigBox!.height).toBeGreaterThan(500);
    await screenshot(page, 'builder-en-qr-fullscreen');
    await page.keyboard.press('Escape');
    await expect(page.locator(`${tid('share-qr')}.big`).count()).resolves.toBe(0);

    // Copy puts the link on the clipboard.
    await page.locator(tid('copy-link')).click();
    await page.locator(tid('copy-status'), { hasText: ui.en.builder.share.copied }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(link);
    await screenshot(page, 'builder-en-desktop-built');
    await expect(axeViolations(page)).resolves.toEqual([]);

    // Save; after a reload the round is still there and opens as it was.
    await page.locator(tid('save-round')).click();
    await expect(page.locator(tid('teacher-status')).innerText()).resolves.toContain(ui.en.builder.share.saved);
    await expect(savedTitles(page)).resolves.toEqual(['Niger week 1']);
    // A reload under the same seed would replay the same draws (and so the same new round ids) as
    // this load; a teacher's browser never does, so the reload gets the next seed.
    await page.goto(page.url().replace(/([?&]seed=)(\d+)/, (_, k: string, n: string) => `${k}${Number(n) + 1}`));
    await openTeachers(page);
    await expect(savedTitles(page)).resolves.toEqual(['Niger week 1']);
    await page.locator(tid('open-round')).click();
    await expect(page.locator(tid('round-title')).inputValue()).resolves.toBe('Niger week 1');
    await expect(page.locator(tid('share-link')).inputValue()).resolves.toBe(link);
    await expect(page.locator(tid('editing')).innerText()).resolves.toContain('Niger week 1');

    // Duplicate, then delete the copy (cancel first: nothing is lost).
    await page.locator(tid('duplicate-round')).click();
    await expect(savedTitles(page)).resolves.toEqual(['Niger week 1 (copy)', 'Niger week 1']);
    const copy = page.locator(tid('saved-round'), { hasText: '(copy)' });
    await copy.locator(tid('delete-round')).click();
    await expect(copy.locator('[role="alertdialog"]').innerText()).resolves.toContain('Delete “Niger week 1 (copy)”?');
    await expect(page.evaluate(() => (document.activeElement as HTMLElement).dataset.testid)).resolves.toBe(
      'cancel-delete',
    );
    await page.keyboard.press('Enter');
    await expect(savedTitles(page)).resolves.toHaveLength(2);
    await copy.locator(tid('delete-round')).click();
    await screenshot(page, 'builder-en-confirm-delete');
    await copy.locator(tid('confirm-delete')).click();
    await expect(savedTitles(page)).resolves.toEqual(['Niger week 1']);
    await expect(page.locator(tid('teacher-status')).innerText()).resolves.toBe('“Niger week 1 (copy)” deleted.');

    // Export to a file, import it back; a bad file gets a message and changes nothing.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(tid('export-round')).click()]);
    expect(download.suggestedFilename()).toBe('niger-week-1.sahel-round.json');
    const fileText = await readFile((await download.path()) as string, 'utf8');
    expect(parseRoundFile(fileText, fileText.length, pack)).toEqual({ ok: true, value: round });
    await page.locator(tid('import-file')).setInputFiles({
      name: 'round.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"sahel-quiz-round","v":1,"round":{"v":1,"title":"<b>x</b>"}}'),
    });
    await page.locator(tid('teacher-status'), { hasText: ui.en.builder.import.notRound }).waitFor();
    await page
      .locator(tid('import-file'))
      .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('hello') });
    await page.locator(tid('teacher-status'), { hasText: ui.en.builder.import.notJson }).waitFor();
    await expect(savedTitles(page)).resolves.toEqual(['Niger week 1']);
    await page.locator(tid('import-file')).setInputFiles({
      name: 'niger-week-1.sahel-round.json',
      mimeType: 'application/json',
      buffer: Buffer.from(fileText),
    });
    await page.locator(tid('teacher-status'), { hasText: 'Round imported and saved: “Niger week 1”' }).waitFor();
    await expect(savedTitles(page)).resolves.toEqual(['Niger week 1', 'Niger week 1']);
    await expect(page.locator(tid('share-link')).inputValue()).resolves.toBe(link);

    // The answer key is in the round's language (French) and is all that prints.
    await page.locator(tid('show-key')).click();
    const key = page.locator(tid('answer-key'));
    await expect(key.locator('h1').innerText()).resolves.toBe('Corrigé\u00a0: Niger week 1');
    const items = key.locator('[data-testid="answer-key-list"] > li');
    await expect(items.count()).resolves.toBe(6);
    for (let i = 0; i < 6; i++) {
      const id = round.questionIds[i] as string;
      const q = question(id);
      const words = texts.fr[id]!;
      await expect(items.nth(i).locator('.tp-key-prompt').innerText()).resolves.toBe(words.prompt);
      const right =
        q.type === 'choice'
          ? words.choices![q.answer]!
          : q.type === 'truefalse'
            ? q.answer
              ? ui.fr.answer.true
              : ui.fr.answer.false
            : '';
      await expect(items.nth(i).locator(tid('key-answer')).innerText()).resolves.toBe(right);
    }
    await screenshot(page, 'builder-en-key-screen');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.tp-builder').isVisible()).resolves.toBe(false);
    await expect(page.locator('.tp-keybar').isVisible()).resolves.toBe(false);
    await expect(key.isVisible()).resolves.toBe(true);
    await screenshot(page, 'builder-key-print-fr');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(1000);
    await page.emulateMedia({ media: 'screen' });
    await page.locator(tid('close-key')).click();
    await expect(page.locator('.tp-builder').isVisible()).resolves.toBe(true);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator(tid('teacher-heading')).scrollIntoViewIfNeeded();
    await screenshot(page, 'builder-en-phone');
  });

  test('phone, French: hand-pick questions in order, bad input explained in French, nothing lost', async () => {
    const { page } = await openGame({ viewport: 'phone', query: '?test=1' });
    await waitForTitle(page);
    await page.locator('[data-testid="language"]').selectOption('fr');
    await page.locator(tid('teachers'), { hasText: ui.fr.builder.entry }).click();
    await page.locator(tid('teacher-heading'), { hasText: ui.fr.builder.heading }).waitFor();
    await screenshot(page, 'builder-fr-phone');

    // Bad input: a number of questions out of range and a title far too long.
    await page.locator(tid('count')).fill('0');
    await expect(page.locator(tid('form-errors')).innerText()).resolves.toContain(ui.fr.builder.error.count);
    await expect(page.locator(tid('share-blocked')).innerText()).resolves.toBe(ui.fr.builder.share.blocked);
    await expect(page.locator(tid('count')).getAttribute('aria-invalid')).resolves.toBe('true');
    const long = 'Une manche dont le titre est bien trop long pour tenir dans un lien de quatre-vingts caractères';
    await page.locator(tid('round-title')).fill(long);
    await expect(page.locator(tid('form-errors')).innerText()).resolves.toContain(ui.fr.builder.error.titleTooLong);
    await page.locator(tid('count')).scrollIntoViewIfNeeded();
    await screenshot(page, 'builder-fr-phone-errors');
    // What was typed stays; fixing it brings the link back.
    await expect(page.locator(tid('round-title')).inputValue()).resolves.toBe(long);
    await page.locator(tid('round-title')).fill('Le coup d’État');
    await page.locator(tid('count')).fill('5');
    await page.locator(tid('share-link')).waitFor();

    // Hand-pick: search, preview in English, add three, move the last one first.
    await page.locator(tid('mode-pick')).check();
    // Switching to hand-picking starts from the drawn questions; clear them to choose from scratch.
    const drawn = await page.locator(`${tid('picked')} > li`).count();
    expect(drawn).toBe(5);
    for (let i = 0; i < drawn; i++)
      await page
        .locator(`${tid('picked')} > li`)
        .first()
        .locator('button')
        .last()
        .click();
    await expect(page.locator(tid('picked')).innerText()).resolves.toBe(ui.fr.builder.pick.none);
    await expect(page.locator(tid('form-errors')).innerText()).resolves.toContain(ui.fr.builder.error.noPick);
    await page.locator(tid('preview-language')).selectOption('en');
    await page.locator(tid('pick-search')).fill('tchiani');
    const found = page.locator(`${tid('pick-list')} > li`);
    const n = await found.count();
    expect(n).toBeGreaterThanOrEqual(3);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const item = found.nth(i);
      ids.push((await item.getAttribute('data-question')) as string);
      await expect(item.locator('.tp-prompt').innerText()).resolves.toBe(texts.en[ids[i]!]!.prompt);
      await item.locator('input[type="checkbox"]').check();
    }
    await expect(page.locator(tid('summary-count')).innerText()).resolves.toBe('3 questions');
    await page
      .locator(`${tid('picked')} > li`)
      .nth(2)
      .locator('button')
      .first()
      .click(); // 3rd → 2nd
    await page
      .locator(`${tid('picked')} > li`)
      .nth(1)
      .locator('button')
      .first()
      .click(); // → 1st
    await page.locator(tid('time-none')).check();
    await expect(page.locator(tid('allow-time-change')).isDisabled()).resolves.toBe(true);
    await expect(page.locator(tid('summary-duration')).innerText()).resolves.toBe(ui.fr.builder.summary.untimed);
    const { round } = await linkedRound(page);
    expect(round).toMatchObject({
      title: 'Le coup d’État',
      timeLimitMs: null,
      language: null,
      questionIds: [ids[2], ids[0], ids[1]],
    });
    await page.locator(tid('pick-list')).scrollIntoViewIfNeeded();
    await screenshot(page, 'builder-fr-phone-pick');
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.locator(tid('share-qr')).scrollIntoViewIfNeeded();
    await screenshot(page, 'builder-fr-phone-share');

    // A browser that refuses the clipboard: the link is selected for the student to copy by hand.
    await page.evaluate(() =>
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      }),
    );
    await page.locator(tid('copy-link')).click();
    await page.locator(tid('copy-status'), { hasText: ui.fr.builder.share.copyFallback }).waitFor();
    const selected = await page
      .locator(tid('share-link'))
      .evaluate((el: HTMLInputElement) => [
        el === document.activeElement,
        el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0) === el.value,
      ]);
    expect(selected).toEqual([true, true]);

    // Every target on the page is at least 44 px high, and reachable by keyboard.
    const small = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          '.screen.teacher button, .screen.teacher a, .screen.teacher select, .screen.teacher input:not([type="checkbox"]):not([type="radio"])',
        ),
      ]
        .filter((e) => (e as HTMLElement).offsetParent !== null && e.getBoundingClientRect().height < 44)
        .map((e) => e.outerHTML.slice(0, 80)),
    );
    expect(small).toEqual([]);

    await page.setViewportSize({ width: 1280, height: 720 });
    await page.locator(tid('teacher-heading')).scrollIntoViewIfNeeded();
    await screenshot(page, 'builder-fr-desktop');
  });
});
