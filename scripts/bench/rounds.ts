import type { Page } from 'playwright-core';
import { SELECTORS } from '../../test/e2e/harness/contract.ts';

// Plays whole rounds through the DOM the way a hurried student would: the first choice, the
// first place in the list, each speaker in turn, the slider where it starts; then Next, and
// Play again from the summary. Only the heap-growth figure uses it; answers need not be right.
// In-page code is plain JavaScript source (see probe.ts for why).

export const STEP_SOURCE = String.raw`(function () {
  var card = document.querySelector('[data-testid="question"]');
  if (!card) {
    var again = document.querySelector('[data-testid="play-again"]');
    if (again && !again.disabled) { again.click(); return 'again'; }
    return 'wait';
  }
  var state = card.dataset.state;
  if (state === 'feedback') {
    // Next sits in the round's footer (which never scrolls), not inside the question card.
    var next = document.querySelector('[data-testid="next"]');
    if (next && !next.disabled) { next.click(); return 'next'; }
    return 'wait';
  }
  if (state !== 'asking') return 'wait';
  function enabled(selector) {
    return Array.prototype.filter.call(card.querySelectorAll(selector), function (el) { return !el.disabled; });
  }
  function confirmIfReady() {
    var ok = card.querySelector('[data-testid="confirm"]');
    if (ok && !ok.disabled) { ok.click(); return true; }
    return false;
  }
  var choices = enabled('button.choice');
  if (choices.length) { choices[0].click(); return 'choice'; }
  var places = enabled('button[data-place]');
  if (places.length) {
    if (places[0].getAttribute('aria-pressed') !== 'true') places[0].click();
    confirmIfReady();
    return 'place';
  }
  var selects = enabled('select');
  selects.forEach(function (select, i) {
    if (select.options.length > 1 && !select.value) {
      select.selectedIndex = 1 + (i % (select.options.length - 1));
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
  });
  if (confirmIfReady()) return 'confirm';
  return 'stuck';
})()`;

export interface PlayOptions {
  rounds: number;
  /** Give up after this long in all (a stuck UI must not hang the bench). */
  timeoutMs: number;
}

/**
 * Longest the driver waits without a step of its own: a question it cannot fill times out by
 * itself within the longest per-type time (50 s); anything longer is a driver that no longer
 * matches the UI, and the bench says so instead of waiting out `timeoutMs`.
 */
const NO_PROGRESS_MS = 75_000;

/** Where the page is, for an error message: the screen, the card's state and type. */
const WHERE_SOURCE = `(function () {
  var screen = document.querySelector('[data-screen]');
  var card = document.querySelector('[data-testid="question"]');
  return (screen ? screen.getAttribute('data-screen') : 'no screen') +
    (card ? ', question ' + card.dataset.questionType + ' ' + card.dataset.state : '');
})()`;

/**
 * From a page showing a question, plays `rounds` complete rounds and waits at the first
 * question of the next one. Returns the number of answers given.
 */
export async function playRounds(page: Page, options: PlayOptions): Promise<number> {
  const deadline = Date.now() + options.timeoutMs;
  let finished = 0;
  let answers = 0;
  let progressed = Date.now();
  while (finished < options.rounds) {
    if (Date.now() > deadline) throw new Error(`rounds: ${finished}/${options.rounds} done when time ran out`);
    const did = (await page.evaluate(STEP_SOURCE)) as string;
    if (did === 'again') finished++;
    else if (did === 'choice' || did === 'place' || did === 'confirm') answers++;
    if (did !== 'wait' && did !== 'stuck') progressed = Date.now();
    else if (Date.now() - progressed > NO_PROGRESS_MS) {
      throw new Error(
        `rounds: no step possible for ${NO_PROGRESS_MS / 1000} s (${await page.evaluate(WHERE_SOURCE)}); the driver (scripts/bench/rounds.ts) no longer matches the round screen`,
      );
    }
    // 'stuck' (an answer type this driver cannot fill) waits for the question's timer instead.
    await page.waitForTimeout(did === 'wait' || did === 'stuck' ? 50 : 20);
  }
  await page.locator(SELECTORS.askingQuestion).first().waitFor({ timeout: 30_000 });
  return answers;
}
