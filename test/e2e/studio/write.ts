import type { Page } from 'playwright-core';

export const tid = (id: string): string => `[data-testid="${id}"]`;

export const ARTICLE = [
  'Soldiers seized power in Niger on Wednesday and held President Bazoum.',
  'On Sunday a crowd marched to the French embassy in Niamey.',
  'ECOWAS leaders met in Abuja and gave the junta one week.',
].join('\n\n');

export const ready = (page: Page, state: string) =>
  page.waitForFunction((s) => document.documentElement.dataset.ready === s, state);

/** Title → For teachers → Write a quiz. */
export async function openStudio(page: Page): Promise<void> {
  await ready(page, 'title');
  await page.locator(tid('teachers')).click();
  await page.locator(tid('open-studio')).click();
  await ready(page, 'studio');
}

/** Types into the side-by-side fields of the open question (or the quiz), English then French. */
async function both(page: Page, testId: string, en: string, fr: string): Promise<void> {
  await page.locator(tid(`${testId}-en`)).fill(en);
  await page.locator(tid(`${testId}-fr`)).fill(fr);
}

/** The quiz's own words and its source. */
export async function writeQuizHead(page: Page): Promise<void> {
  await page.locator(tid('studio-lang-fr')).check();
  await both(page, 'studio-title', 'Niger in July 2023', 'Le Niger en juillet 2023');
  await both(page, 'studio-topic-1', 'The coup', 'Le coup d’État');
  await page.locator(tid('studio-date')).fill('2023-07-30');
  await page.locator(tid('studio-source-text')).fill(ARTICLE);
  await page.locator(tid('studio-source-text')).blur();
  await page
    .locator(`${tid('studio-paragraphs')} li`)
    .nth(2)
    .waitFor();
}

/** Adds a question of `type` and writes what every question has. */
export async function addQuestion(page: Page, type: string, n: number): Promise<void> {
  await page.locator(tid('studio-new-type')).selectOption(type);
  await page.locator(tid('studio-add')).click();
  await page.locator(`${tid('studio-editor')} ${tid('studio-type')}`).waitFor();
  await both(page, 'studio-prompt', `Question ${n} in English?`, `Question ${n} en français ?`);
  await both(page, 'studio-explanation', `Because of paragraph ${n}.`, `À cause du paragraphe ${n}.`);
  await page.locator(tid(`studio-cite-${((n - 1) % 3) + 1}`)).check();
}

/** Writes question `n` of each type's own fields (the country picker by mouse and by keyboard). */
export async function writeType(page: Page, type: string): Promise<void> {
  switch (type) {
    case 'choice':
      for (const [i, en, fr] of [
        [1, 'Monday', 'Lundi'],
        [2, 'Wednesday', 'Mercredi'],
        [3, 'Friday', 'Vendredi'],
        [4, 'Sunday', 'Dimanche'],
      ] as const)
        await both(page, `studio-choice-${i}`, en, fr);
      await page.locator(tid('studio-right-2')).check();
      return;
    case 'truefalse':
      await page.locator(tid('studio-false')).check();
      return;
    case 'locate':
      await page.locator(tid('studio-mode-countries')).check();
      // Mouse: the country's name in the list.
      await page.locator(`${tid('studio-places')} label`, { hasText: /^Niger$/ }).click();
      // Keyboard: find it, Tab to it, Space.
      await page.locator(tid('studio-place-filter')).focus();
      await page.keyboard.type('Mali');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      await page.locator(tid('studio-targets'), { hasText: 'Mali' }).waitFor();
      return;
    case 'numeric':
      for (const [key, v] of [
        ['answer', '1960'],
        ['min', '1900'],
        ['max', '2000'],
        ['step', '1'],
        ['tolerance', '2'],
      ] as const)
        await page.locator(tid(`studio-num-${key}`)).fill(v);
      await page.locator(tid('studio-year')).check();
      return;
    case 'timeline':
      for (const [i, en, fr] of [
        [1, 'The coup', 'Le coup'],
        [2, 'The march', 'La marche'],
        [3, 'The summit', 'Le sommet'],
      ] as const)
        await both(page, `studio-event-${i}`, en, fr);
      return;
    case 'match':
      for (const [i, en, fr, who] of [
        [1, 'We will not accept it', 'Nous ne l’accepterons pas', 'ECOWAS'],
        [2, 'Security has got worse', 'La sécurité s’est dégradée', 'The junta'],
        [3, 'I am held hostage', 'Je suis pris en otage', 'Bazoum'],
      ] as const) {
        await both(page, `studio-said-${i}`, en, fr);
        await both(page, `studio-speaker-${i}`, who, who === 'The junta' ? 'La junte' : who);
      }
      return;
  }
}
