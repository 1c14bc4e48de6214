/**
 * Boot only: storage, language, the Phaser world, sound, then the title screen.
 */
import './ui/styles.css';
import { createHowlerPlayer } from './audio/howlerPlayer.ts';
import { App } from './app/app.ts';
import { bank, contentPack } from './app/bank.ts';
import { loadSettings } from './core/settings.ts';
import { createRecordStore, type StorageProblem } from './core/storage/index.ts';
import { initI18n } from './i18n/index.ts';
import { createLocalStore } from './platform/localStore.ts';
import { createGame } from './scenes/createGame.ts';
import { startOffline } from './platform/offline.ts';

async function boot(): Promise<void> {
  let startupProblem: StorageProblem | null = null;
  const kv = createLocalStore({ onProblem: (p) => (startupProblem = p) });
  const records = createRecordStore(kv, 'sahel-quiz');
  const settings = loadSettings(records).value;
  await initI18n(settings.language, navigator.languages);

  const stage = document.getElementById('stage') as HTMLElement;
  const world = await createGame(stage);
  const app = new App({
    root: document.getElementById('ui') as HTMLElement,
    pack: contentPack,
    bank,
    map: world.map,
    countdown: world.countdown,
    sound: createHowlerPlayer(),
    records,
    clock: () => performance.now(),
    wallClock: () => Date.now(),
    newSeed: () => crypto.getRandomValues(new Uint32Array(1))[0] as number,
    startupProblem,
  });
  if (new URLSearchParams(location.search).has('test')) {
    (window as unknown as { __sahel: unknown }).__sahel = { app, map: world.map };
  }
  app.start();
  startOffline(document.getElementById('ui') as HTMLElement);
}

void boot();
