import type { Question } from '../core/content/types.ts';
import { STANDARD_ROUND } from '../core/round/presets.ts';
import type { RoundConfig } from '../core/round/types.ts';
import type { Settings } from '../core/settings.ts';
import { errorMessage } from '../i18n/errorMessages.ts';
import { onLanguageChanged, placeText, setLanguage, t } from '../i18n/index.ts';
import { followTextPack, packSourceText, packTitle, placeName } from '../i18n/texts.ts';
import type { Screen, ScreenId } from '../ports/screen.ts';
import type { StorageProblem } from '../ports/storage.ts';
import { progressScreen } from '../ui/screens/progressScreen.ts';
import { settingsScreen } from '../ui/screens/settingsScreen.ts';
import { titleScreen } from '../ui/screens/titleScreen.ts';
import { AssignedRounds, type RoundFinish } from './assigned.ts';
import { Learning } from './learning.ts';
import { LiveEntry } from './live.ts';
import { followMusic } from './music.ts';
import { afterNextFrame, pageSurface, ScreenNavigator } from './navigator.ts';
import { Notices } from './notices.ts';
import { activePack, DEFAULT_PACK_ID, packEntry, packHref } from './packs.ts';
import { recordNotice } from './recordNotice.ts';
import { Rounds } from './rounds.ts';
import { SettingsKeeper } from './settingsKeeper.ts';
import { openTeachers } from './teachers.ts';

import type { AppDeps } from './appDeps.ts';

export type { AppDeps };

/** Main-thread work per slice when the map's names are made, ms: well under a long task's 50. */
const NAMES_SLICE_MS = 8;

/**
 * Which screen is up, and moving between them: the title and the pages it opens. Rounds are
 * rounds.ts, settings settingsKeeper.ts, the music music.ts; rules stay in core, words in locales.
 */
export class App {
  /** Which screen is up; music, layout, the update offer and the map controls follow it. */
  readonly screens: ScreenNavigator;
  private readonly settings: SettingsKeeper;
  private readonly notices = new Notices();
  private redraw: () => void = () => this.title();
  private readonly learning: Learning;
  private readonly rounds: Rounds;
  private readonly assigned: AssignedRounds;
  private readonly live: LiveEntry;

  constructor(private readonly d: AppDeps) {
    followTextPack(() => activePack().pack.id);
    this.screens = new ScreenNavigator(pageSurface(d.root), afterNextFrame);
    this.settings = new SettingsKeeper(d.records, d.sound, d.map);
    followMusic(this.screens, d.sound, () => this.settings.current);
    this.learning = new Learning(d.records, d.pack, d.bank, d.wallClock);
    this.tellStartupProblems();
    const host = this.host();
    this.rounds = new Rounds({
      ...d,
      ...host,
      learning: this.learning,
      notices: this.notices,
      settings: () => this.settings.current,
      resumeFinish: (state) => this.assigned.resumeFinish(state),
    });
    this.assigned = new AssignedRounds({
      ...host,
      pack: d.pack,
      records: d.records,
      newSeed: d.newSeed,
      settings: () => this.settings.current,
      playStandard: () => this.playStandard(),
      playRound: (config, seed, finish) => this.playRound(config, seed, finish),
      savedState: () => this.rounds.saved()?.state,
      resumeSaved: () => {
        const saved = this.rounds.saved();
        if (saved) this.rounds.resume(saved);
      },
    });
    this.live = new LiveEntry({
      ...d,
      ...host,
      titleChanged: () => {
        if (this.screens.current() === 'title') this.title();
      },
    });
    onLanguageChanged(() => {
      this.nameMap();
      this.redraw();
    });
    this.nameMap();
  }

  /** What every feature needs to show its screens and go home. */
  private host(): { showScreen: App['showScreen']; title(): void } {
    return { showScreen: (screen, redraw, id) => this.showScreen(screen, redraw, id), title: () => this.title() };
  }

  /** Shows `message` on the title screen (once). */
  tell(message: string): void {
    this.notices.set(message);
    this.title();
  }

  get currentSettings(): Settings {
    return this.settings.current;
  }

  start(): void {
    if (this.d.stage) this.d.map.setStageData(this.d.stage);
    // A teacher's round link (#r=…) opens straight into that round, at start and when the hash changes.
    window.addEventListener(
      'hashchange',
      () => this.live.openFromHash(location.hash) || this.assigned.openFromHash(location.hash),
    );
    const opened =
      this.live.openFromHash(location.hash) || this.assigned.openFromHash(location.hash) || this.live.resumeSeat();
    if (!opened) this.title();
    // Starting a request costs ms on a slow phone: after the first screen's task.
    void this.pause().then(() => this.live.probe());
  }

  question = (id: string): Question | undefined => this.d.bank.question(id);

  /** Storage problems met while starting (the store, the settings, the progress), each told once. */
  private tellStartupProblems(): void {
    const startup = this.d.startupProblem;
    const settingsProblem = this.settings.loadProblem;
    const progressProblem = this.learning.takeProblem();
    if (startup) this.notices.add(errorMessage(startup));
    if (settingsProblem && settingsProblem !== startup) this.notices.add(recordNotice('settings', settingsProblem));
    if (progressProblem && progressProblem !== startup) this.notices.add(recordNotice('progress', progressProblem));
    if (this.d.notice) this.notices.add(this.d.notice);
  }

  /**
   * The map's names in the language of the moment. Nobody sees them before the map has loaded (seconds
   * after the title), so they are made after the title's first paint, in slices that leave the page
   * free to answer a tap; a newer language's names replace an older run's.
   */
  private nameMap(): void {
    const run = ++this.namesRun;
    void (async () => {
      await this.pause();
      const ids = [...this.d.map.countryIds(), ...this.d.map.cityIds()];
      const names: Record<string, string> = {};
      let sliceStart = performance.now();
      for (const id of ids) {
        if (run !== this.namesRun) return;
        if (performance.now() - sliceStart > NAMES_SLICE_MS) {
          await this.pause();
          sliceStart = performance.now();
        }
        names[id] = placeText(id);
      }
      if (run === this.namesRun) this.d.map.setNames(names);
    })();
  }
  private namesRun = 0;
  private readonly pause = (): Promise<void> => (this.d.pause ?? (() => Promise.resolve()))();

  /** Applies and remembers a change; returns the message to show when it could not be saved. */
  changeSettings(change: Partial<Settings>): string | null {
    const problem = this.settings.change(change);
    if (problem) this.notices.set(problem);
    return problem;
  }

  /** Forgets every setting: defaults from now on, the language picked from the browser again. */
  resetAllSettings(): StorageProblem | null {
    return this.settings.resetAll();
  }

  /** `message` is drawn in the language of the moment, so a language change redraws it translated. */
  openSettings(focus?: string, message?: () => string): void {
    this.redraw = () => this.openSettings(focus ?? 'language', message);
    this.show(
      'settings',
      settingsScreen({
        current: () => this.settings.current,
        change: (c) => this.changeSettings(c),
        setLanguage: (code) => {
          this.changeSettings({ language: code });
          this.redraw = () => this.openSettings('language');
          void setLanguage(code);
        },
        reset: () => {
          const problem = this.resetAllSettings();
          this.openSettings('reset', () => (problem ? errorMessage(problem) : t('settings.resetDone')));
        },
        back: () => this.title(),
        baseTimeLimitMs: STANDARD_ROUND.timeLimitMs,
        focus,
        message,
      }),
    );
  }

  title(): void {
    this.rounds.leave();
    this.redraw = () => this.title();
    const saved = this.assigned.readyToResume(this.rounds.saved());
    const extras = saved
      ? [{ label: t('title.continue'), testId: 'continue', run: () => this.rounds.resume(saved) }]
      : [];
    extras.push(...this.live.extras());
    extras.push({ label: t('builder.entry'), testId: 'teachers', run: () => this.openTeachers() });
    extras.push(...this.learningExtras());
    if (this.d.openPackFile)
      extras.push({ label: t('authored.openFile'), testId: 'open-pack-file', run: this.d.openPackFile });
    extras.push({ label: t('settings.open'), testId: 'settings', run: () => this.openSettings() });
    extras.push({ label: t('classResults.open'), testId: 'class-results', run: () => this.openClassResults() });
    this.show(
      'title',
      titleScreen({
        play: () => this.playStandard(),
        setLanguage: (code) => {
          this.changeSettings({ language: code });
          void setLanguage(code);
        },
        setMuted: (muted) => this.changeSettings({ muted }),
        muted: () => this.settings.current.muted,
        extras,
        notice: this.notices.take(),
        ...(this.d.packs ? { packs: { choices: this.d.packs(), href: packHref } } : {}),
        ...(this.d.pack.id === DEFAULT_PACK_ID
          ? {}
          : { tagline: packTitle(this.d.pack.id), credit: packSourceText(packEntry(this.d.pack.id)?.meta.source) }),
      }),
    );
  }

  private openClassResults(): void {
    // Loaded only when asked for (with the class list's CSV reader): students never download it.
    void import('./classResults.ts').then(({ openClassResults }) =>
      openClassResults({ pack: this.d.pack, records: this.d.records, question: this.question, ...this.host() }),
    );
  }

  /** The teachers' page, loaded only when asked for (teachers.ts). */
  openTeachers(): void {
    openTeachers({ ...this.d, live: this.live, notices: this.notices, ...this.host(), studio: this.d });
  }

  playStandard(): void {
    this.rounds.playStandard();
  }

  /** `finish` lets a feature add to the summary (an assigned round's result code). */
  playRound(config: RoundConfig, seed: number, finish?: RoundFinish): void {
    this.rounds.play(config, seed, finish);
  }

  playPractice(): void {
    this.rounds.playPractice();
  }

  /** Title entries of the learning feature: open-ended practice and "My progress". */
  private learningExtras(): { label: string; testId: string; run(): void }[] {
    const problem = this.learning.takeProblem();
    if (problem) this.notices.add(recordNotice('progress', problem));
    return [
      { label: t('learn.practice'), testId: 'practice', run: () => this.playPractice() },
      { label: t('learn.progressButton'), testId: 'my-progress', run: () => this.showProgress() },
    ];
  }

  /** "Where I stand": mastery per topic, places still confused, forget my progress. */
  showProgress(): void {
    this.redraw = () => this.showProgress();
    const problem = this.learning.takeProblem();
    this.show(
      'progress',
      progressScreen(
        this.learning.standing(),
        {
          back: () => this.title(),
          practice: () => this.playPractice(),
          forget: () => {
            const failed = this.learning.forget();
            return {
              view: this.learning.standing(),
              message: failed ? errorMessage(failed) : t('learn.forgotten'),
            };
          },
          place: placeName,
          notice: problem ? recordNotice('progress', problem) : null,
        },
        this.d.map,
      ),
    );
  }

  /** Shows a feature's screen; `redraw` draws it again after a language change. */
  showScreen(screen: Screen, redraw: () => void, id: ScreenId): void {
    this.redraw = redraw;
    this.show(id, screen);
  }

  private show(id: ScreenId, next: Screen): void {
    this.screens.show(id, next);
  }
}
