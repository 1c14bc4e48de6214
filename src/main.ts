/**
 * Boot only: storage, language, the Phaser world, sound, then the title screen.
 */
import './ui/styles.css';
import { createHowlerPlayer, type HowlerPlayer } from './audio/howlerPlayer.ts';
import { App } from './app/app.ts';
import { afterNextFrame } from './app/navigator.ts';
import { bankFor } from './app/bank.ts';
import { createRng } from './core/random/rng.ts';
import { loadSettings } from './core/settings.ts';
import type { StorageProblem } from './core/storage/index.ts';
import { packRecordStore } from './core/storage/packScoped.ts';
import { packChoices } from './core/progress/packChoice.ts';
import { acceptDroppedPacks, listSavedPacks, pickPackFile, resolvePack } from './app/openPack.ts';
import {
  addPackTitles,
  DEFAULT_PACK_ID,
  openShippedPack,
  shippedPackFiles,
  packEntries,
  requestedPackId,
  SHIPPED_PACK_IDS,
  setActivePack,
} from './app/packs.ts';
import { formatDate, formatNumber, initI18n, prefetchPackTexts, t } from './i18n/index.ts';
import { warmIntl } from './i18n/warmIntl.ts';
import { yieldToMain } from './scenes/map/load/yieldToMain.ts';
import { createLocalStore } from './platform/localStore.ts';
import { LateCountdown, LateMap } from './app/lateMap.ts';
import { startOffline } from './platform/offline.ts';
import { mountMapControls } from './ui/mapControls.ts';
import { updateOffer } from './ui/updateOffer.ts';
import { warmRoundLayout } from './ui/warmRound.ts';

/**
 * Only the pack played is downloaded: its questions and stage start now, its texts once i18n is up.
 * (A teacher's pack, in the address or saved here, is read by app/openPack.ts instead.)
 */
function startPackDownloads(): { shippedId: string; shipped: ReturnType<typeof shippedPackFiles> | null } {
  const asked = requestedPackId();
  const teachers = /^#p=/.test(location.hash) || (asked !== null && !SHIPPED_PACK_IDS.includes(asked));
  const shippedId = asked !== null && SHIPPED_PACK_IDS.includes(asked) ? asked : DEFAULT_PACK_ID;
  if (!teachers) prefetchPackTexts(shippedId);
  const shipped = teachers ? null : shippedPackFiles(shippedId);
  shipped?.catch(() => {});
  return { shippedId, shipped };
}

async function boot(): Promise<void> {
  // The page's code has just been evaluated (one task): starting the downloads below is the next.
  await yieldToMain();
  const { shippedId, shipped } = startPackDownloads();
  // The engine's locale data loads in a worker meanwhile (i18n/warmIntl.ts): the first formatters then
  // cost ~1 ms (once that data is in, a language other than the browser's adds about as little).
  const intlWarm = warmIntl([...navigator.languages, 'en']);
  // Each step below is a task of its own (a tap waits for at most one of them), at most tens of ms on a slow phone.
  await yieldToMain();
  let startupProblem: StorageProblem | null = null;
  const kv = createLocalStore({ onProblem: (p) => (startupProblem = p) });
  // Settings are shared by every pack.
  const settings = loadSettings(packRecordStore(kv, 'sahel-quiz', DEFAULT_PACK_ID, DEFAULT_PACK_ID)).value;
  await initI18n(settings.language, navigator.languages, yieldToMain);
  await yieldToMain();
  addPackTitles();
  await listSavedPacks(kv);
  const ui = document.getElementById('ui') as HTMLElement;
  const resolved = await resolvePack(kv, ui, () => openShippedPack(shippedId, shipped ?? undefined));
  if (resolved === 'navigated') return;
  const { open, notice } = resolved;
  // The first number and date formatters (the title shows both): not in the task that draws the title.
  await intlWarm;
  warmFormatters();
  await warmTexts();
  // The page's first style and layout (every rule of the stylesheets indexed once) in a task of its own,
  // not in the one that draws the title and focuses Play.
  await yieldToMain();
  warmLayout(ui);
  await yieldToMain();
  setActivePack(open.loaded);
  const contentPack = open.loaded.pack;
  // Each pack keeps its own progress, rounds and results; the default pack's are where they always were.
  const records = packRecordStore(kv, 'sahel-quiz', contentPack.id, DEFAULT_PACK_ID);

  // The title shows as soon as the words are ready; Phaser (its code too) loads behind it, and the
  // map and countdown take over what the screens asked of them when they arrive (app/lateMap.ts).
  const map = new LateMap();
  const countdown = new LateCountdown();
  const stage = document.getElementById('stage') as HTMLElement;
  const test = new URLSearchParams(location.search).has('test');
  const sound = createHowlerPlayer();
  const app = new App({
    root: ui,
    pack: contentPack,
    bank: bankFor(contentPack),
    stage: open.stage,
    map,
    countdown,
    sound,
    records,
    kv,
    clock: () => performance.now(),
    wallClock: () => Date.now(),
    newSeed: seedSource(),
    startupProblem,
    notice,
    pause: yieldToMain,
    openPackFile: () => pickPackFile(kv, ui, (message) => app.tell(message)),
    packs: () => packChoices(kv, 'sahel-quiz', packEntries(), contentPack.id, DEFAULT_PACK_ID),
  });
  // Tests reach the real map scene (projection, state) once it exists: <html data-map="ready">.
  const hooks: { app: App; map?: unknown } = { app };
  if (test) (window as unknown as { __sahel: unknown }).__sahel = hooks;
  acceptDroppedPacks(
    kv,
    ui,
    () => app.screens.current() === 'title',
    (message) => app.tell(message),
  );
  const worldSettled = soundsWithRounds(app, sound);
  // The title in a task of its own, not in the one that made the app.
  await yieldToMain();
  app.start();
  await behindTitle(app, stage, map, countdown, hooks, sound, worldSettled);
}

/**
 * After the title's first frame (a plain yield would come before it, and measuring the page then
 * would lay it out here): the map's corner buttons (they measure the page), then Phaser's chunk
 * (asking for it adds a preload link per file it needs), then sound and the offline copy.
 */
async function behindTitle(
  app: App,
  stage: HTMLElement,
  map: LateMap,
  countdown: LateCountdown,
  hooks: { map?: unknown },
  sound: HowlerPlayer,
  worldSettled: () => void,
): Promise<void> {
  await afterNextFrame();
  mountMapControls(stage, map, app.screens);
  await yieldToMain();
  void loadWorld(stage, map, countdown, hooks).then(worldSettled);
  await yieldToMain();
  void sound.warmUp();
  startOffline(app.screens, (refresh) => updateOffer(app.screens, refresh));
  // The round screen's first layout, while the title waits for a tap (ui/warmRound.ts).
  await yieldToMain();
  await warmRoundLayout(document.body, yieldToMain, () => app.screens.current() === 'title');
}

/** Makes the formatters the title uses (pack progress and dates) once, so the title's task does not. */
function warmFormatters(): void {
  formatNumber(0);
  formatDate(0);
}

/**
 * i18next's lookup, interpolation and plural paths, each run once in a task of its own before the
 * title's task: their first calls cost most (V8 compiles each function at its first call). Together
 * they were one 60–80 ms task at CPU ×4.
 */
async function warmTexts(): Promise<void> {
  for (const warm of [
    () => t('title.play'),
    () => t('packs.progress', { mastered: formatNumber(0), total: formatNumber(1) }),
    () => t('learn.practiseMissed', { count: 2 }),
  ]) {
    await yieldToMain();
    warm();
  }
}

/**
 * The sounds are made ready a moment after a round opens (after a tap) and once the map has come or
 * failed, so their files never compete with the first question or the map: a piece per task, not all
 * in the task of the first answer's sound. Returns what to call when the map has come or failed.
 */
function soundsWithRounds(app: App, sound: HowlerPlayer): () => void {
  let worldSettled = (): void => {};
  const world = new Promise<void>((resolve) => {
    worldSettled = resolve;
  });
  app.screens.onScreenChanged(({ id }) => {
    if (id !== 'round') return;
    const moment = new Promise((resolve) => setTimeout(resolve, SOUNDS_AFTER_MS));
    void Promise.all([world, moment]).then(() => sound.preload());
  });
  return worldSettled;
}

/**
 * Lays out, once and out of sight, the kinds of text the title shows (a heading, a paragraph, buttons, a
 * hyphenated word), so the page's first style pass, font look-ups and hyphenation dictionary (tens of ms
 * on a slow phone) are a task of their own, not the title's first frame.
 */
function warmLayout(ui: HTMLElement): void {
  const probe = document.createElement('div');
  probe.setAttribute('aria-hidden', 'true');
  probe.style.cssText = 'position:absolute;visibility:hidden;pointer-events:none;inset:0 auto auto 0';
  probe.innerHTML =
    '<main class="screen title"><section class="card title-card"><h1>Aa</h1><p class="tagline">Aa</p>' +
    '<button class="primary big">Aa</button><button class="secondary">Aa</button><select><option>Aa</option></select>' +
    // A word too long for its box: the language's hyphenation dictionary (cards hyphenate) loads now.
    '<p>Internationalisation</p></section></main>';
  (probe.querySelector('p:last-child') as HTMLElement).style.width = '2em'; // (CSSOM: the CSP allows it)
  ui.append(probe);
  void probe.offsetHeight;
  probe.remove();
}

/** How long after a round opens its sounds start loading (the music bed waits as long: audio/howlerPlayer.ts). */
const SOUNDS_AFTER_MS = 1500;

/** Seeds for every draw; tests only: ?test=1&seed=N makes a page load's draws replayable (a failing test prints N). */
function seedSource(): () => number {
  const params = new URLSearchParams(location.search);
  const seeded = params.has('test') && params.has('seed') ? createRng(Number(params.get('seed'))) : null;
  return seeded ? () => Math.floor(seeded() * 2 ** 32) : () => crypto.getRandomValues(new Uint32Array(1))[0] as number;
}

/**
 * Phaser (its code too) loads behind the title; the map and countdown take over when they arrive.
 * Resolves once the map is ready or has failed.
 */
function loadWorld(
  stage: HTMLElement,
  map: LateMap,
  countdown: LateCountdown,
  hooks: { map?: unknown },
): Promise<void> {
  return import('./scenes/createGame.ts')
    .then(async ({ createGame }) => {
      // Phaser's code was evaluated in the task that ends here: the game is made from the next one.
      await yieldToMain();
      return createGame(stage);
    })
    .then(
      async (world) => {
        // The last scene was added in this task: the map gets what the screens asked of it in the next.
        await yieldToMain();
        hooks.map = world.map;
        map.attach(world.map);
        countdown.attach(world.countdown);
        // Where the map data was decoded ('worker', or 'main-thread' slices when no worker could run).
        document.documentElement.dataset.mapData = world.mapSource;
        document.documentElement.dataset.map = 'ready';
      },
      (error: unknown) => {
        // No map (its code did not download): the game goes on with the place lists.
        map.fail();
        document.documentElement.dataset.map = 'failed';
        console.warn('map failed to load', error);
      },
    );
}

void boot();
