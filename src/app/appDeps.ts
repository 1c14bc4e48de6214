/** What the App is given at boot (main.ts): the pack, the ports, the stores, the clocks. */
import type { ContentPack } from '../core/content/types.ts';
import type { PackChoice } from '../core/progress/packChoice.ts';
import type { Bank } from '../core/round/engine.ts';
import type { StageData } from '../geo/stage.ts';
import type { CountdownPort } from '../ports/countdown.ts';
import type { MapPort } from '../ports/map.ts';
import type { SoundPlayer } from '../ports/sound.ts';
import type { KeyValueStore, RecordStore, StorageProblem } from '../ports/storage.ts';

export interface AppDeps {
  root: HTMLElement;
  pack: ContentPack;
  bank: Bank;
  map: MapPort & {
    setNames(names: Record<string, string>): void;
    setReducedMotion(reduced: boolean): void;
    setStageData(data: StageData): void;
  };
  /** The pack's map staging: regions a map question may frame, places each fact names. */
  stage?: StageData;
  countdown: CountdownPort;
  sound: SoundPlayer;
  /** The packs to choose from, with the student's progress in each (read when the title shows). */
  packs?: () => readonly PackChoice[];
  records: RecordStore;
  /** The device's store itself: the studio saves a finished quiz among the teacher's packs there. */
  kv?: KeyValueStore;
  clock: () => number;
  /** Wall-clock time (Date.now): the learning schedule spans days and visits. */
  wallClock: () => number;
  newSeed: () => number;
  /** A storage problem met while starting, to tell the player once. */
  startupProblem: StorageProblem | null;
  /** Something else to tell the player once on the title (e.g. why a teacher's pack did not open). */
  notice?: string | null;
  /** Gives the browser a turn (resolves in a later task): main.ts passes yieldToMain. None: at once. */
  pause?: () => Promise<void>;
  /** "Open a quiz file" on the title screen (app/openPack.ts). */
  openPackFile?: () => void;
}
