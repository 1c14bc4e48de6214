import { loadSettings, resetSettings, saveSettings, type Settings, updateSettings } from '../core/settings.ts';
import { errorMessage } from '../i18n/errorMessages.ts';
import { availableLanguages, setLanguage } from '../i18n/index.ts';
import { pickLanguage } from '../i18n/pickLanguage.ts';
import { applySoundSettings, type SoundPlayer } from '../ports/sound.ts';
import type { RecordStore, StorageProblem } from '../ports/storage.ts';
import { displaySettings, type MotionTarget } from './displaySettings.ts';

/**
 * The player's settings: read once at start, applied to the sound and the page at once, saved
 * on every change, forgotten on request. The rules (defaults, ranges) are core/settings.ts.
 */
export class SettingsKeeper {
  private value: Settings;
  /** What went wrong reading the stored settings at start, if anything. */
  readonly loadProblem: StorageProblem | null;
  private readonly display: { apply(): void };

  constructor(
    private readonly records: RecordStore,
    private readonly sound: SoundPlayer,
    map: MotionTarget,
  ) {
    const loaded = loadSettings(records);
    this.value = loaded.value;
    this.loadProblem = loaded.problem ?? null;
    applySoundSettings(sound, this.value);
    this.display = displaySettings(document.documentElement, map, () => this.value);
  }

  get current(): Settings {
    return this.value;
  }

  /** Applies and remembers a change; returns the message to show when it could not be saved. */
  change(change: Partial<Settings>): string | null {
    this.value = updateSettings(this.value, change);
    const saved = saveSettings(this.records, this.value);
    this.applyAll();
    return saved.ok ? null : errorMessage(saved.problem);
  }

  /** Forgets every setting: defaults from now on, the language picked from the browser again. */
  resetAll(): StorageProblem | null {
    const reset = resetSettings(this.records);
    this.value = reset.value;
    this.applyAll();
    const language = pickLanguage({
      query: null,
      remembered: null,
      browser: navigator.languages,
      available: availableLanguages().map((l) => l.code),
      fallback: 'en',
    });
    void setLanguage(language);
    return reset.ok ? null : reset.problem;
  }

  private applyAll(): void {
    applySoundSettings(this.sound, this.value);
    this.display.apply();
  }
}
