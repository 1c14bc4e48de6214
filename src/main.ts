/**
 * Boot only: storage, language, the Phaser world, sound, then the title screen.
 */
import './ui/styles.css';
import { createHowlerPlayer } from './audio/howlerPlayer.ts';
import { App } from './app/app.ts';
import { bank, contentPack, stageData } from './app/bank.ts';
import { createRng } from './core/random/rng.ts';
import { loadSettings } from './core/settings.ts';
import type { StorageProblem } from './core/storage/index.ts';
import { packRecordStore } from './core/storage/packScoped.ts';
import { packChoices } from './core/progress/packChoice.ts';
import { DEFAULT_PACK_ID, packs } from './app/packs.ts';
import { formatNumber, initI18n } from './i18n/index.ts';
import { createLocalStore } from './platform/localStore.ts';
import { LateCountdown, LateMap } from './app/lateMap.ts';
import { startOffline } from './platform/offline.ts';
import { mountMapControls } from './ui/mapControls.ts';
import { updateOffer } from './ui/updateOffer.ts';

async function boot(): Promise<void> {
  let startupProblem: StorageProblem | null = null;
  const kv = createLocalStore({ onProblem: (p) => (startupProblem = p) });
  // Each pack keeps its own progress, rounds and results; the default pack's are where they always were.
  const records = packRecordStore(kv, 'sahel-quiz', contentPack.id, DEFAULT_PACK_ID);
  const settings = loadSettings(records).value;
  await initI18n(settings.language, navigator.languages);

  // The title shows as soon as the words are ready; Phaser (its code too) loads behind it, and the
  // map and countdown take over what the screens asked of them when they arrive (app/lateMap.ts).
  const map = new LateMap();
  const countdown = new LateCountdown();
  const stage = document.getElementById('stage') as HTMLElement;
  const params = new URLSearchParams(location.search);
  const test = params.has('test');
  // Tests only: ?test=1&seed=N makes every draw of this page load replayable (a failing test prints N).
  const seeded = test && params.has('seed') ? createRng(Number(params.get('seed'))) : null;
  const app = new App({
    root: document.getElementById('ui') as HTMLElement,
    pack: contentPack,
    bank,
    stage: stageData,
    map,
    countdown,
    sound: createHowlerPlayer(),
    records,
    clock: () => performance.now(),
    wallClock: () => Date.now(),
    newSeed: seeded
      ? () => Math.floor(seeded() * 2 ** 32)
      : () => crypto.getRandomValues(new Uint32Array(1))[0] as number,
    startupProblem,
    packs: () => packChoices(kv, 'sahel-quiz', packs, contentPack.id, DEFAULT_PACK_ID),
  });
  // Tests reach the real map scene (projection, state) once it exists: <html data-map="ready">.
  const hooks: { app: App; map?: unknown } = { app };
  if (test) (window as unknown as { __sahel: unknown }).__sahel = hooks;
  mountMapControls(stage, map, app.screens);
  app.start();
  // The first number formatter loads the language's locale data (tens of ms on a slow phone): do it
  // while the student reads the title, not in the task that answers their tap on Play.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => formatNumber(0));
  void import('./scenes/createGame.ts')
    .then(({ createGame }) => createGame(stage))
    .then(
      (world) => {
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
  startOffline(app.screens, (refresh) => updateOffer(app.screens, refresh));
}

void boot();
