import type { PackChoice } from '../core/progress/packChoice.ts';
import { activePack, DEFAULT_PACK_ID, packById, packHref } from './packs.ts';
import { applySoundSettings, type SoundPlayer } from '../ports/sound.ts';
import type { ContentPack, Question } from '../core/content/types.ts';
import { createRng } from '../core/random/rng.ts';
import type { Bank } from '../core/round/engine.ts';
import { SAVED_ROUND_VERSION, validateSavedRound, type SavedRound } from '../core/round/saved.ts';
import { mapQuestionNotFirst, selectQuestions } from '../core/round/select.ts';
import { withQuestionTimes } from '../core/round/timing.ts';
import { updateBest } from '../core/round/personalBest.ts';
import { celebrationLevel, roundResult } from '../core/round/reward.ts';
import type { RoundConfig } from '../core/round/types.ts';
import { loadSettings, resetSettings, saveSettings, updateSettings, type Settings } from '../core/settings.ts';
import type { RecordStore, StorageProblem } from '../core/storage/index.ts';
import { errorMessage } from '../i18n/errorMessages.ts';
import { availableLanguages, onLanguageChanged, placeText, setLanguage, t } from '../i18n/index.ts';
import { pickLanguage } from '../i18n/pickLanguage.ts';
import type { MapPort } from '../ports/map.ts';
import { roundScreen } from '../ui/screens/roundScreen.ts';
import type { CountdownPort } from '../ports/countdown.ts';
import type { Screen, ScreenId } from '../ports/screen.ts';
import { pageSurface, ScreenNavigator } from './navigator.ts';
import { settingsScreen } from '../ui/screens/settingsScreen.ts';
import { summaryScreen } from '../ui/screens/summaryScreen.ts';
import { titleScreen } from '../ui/screens/titleScreen.ts';
import { progressScreen } from '../ui/screens/progressScreen.ts';
import type { StageData } from '../geo/stage.ts';
import { Learning } from './learning.ts';
import { followStage } from './mapStage.ts';
import { AssignedRounds, type RoundFinish } from './assigned.ts';
import { openClassResults } from './classResults.ts';
import { recordNotice } from './recordNotice.ts';
import { RoundSession } from './roundSession.ts';
import { displaySettings } from './displaySettings.ts';
import { LiveEntry } from './live.ts';
import type { Assignment } from '../core/share/assignment.ts';
import { currentTexts, followTextPack, packSourceText, packTitle, placeName } from '../i18n/texts.ts';

export const STANDARD_ROUND = { count: 8, timeLimitMs: 20_000 } as const;
const SAVED_ROUND_KEY = 'round';

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
  clock: () => number;
  /** Wall-clock time (Date.now): the learning schedule spans days and visits. */
  wallClock: () => number;
  newSeed: () => number;
  /** A storage problem met while starting, to tell the player once. */
  startupProblem: StorageProblem | null;
}

/** Which screen is up, and moving between them. Rules stay in core; words stay in locales. */
export class App {
  /** Which screen is up; music, layout, the update offer and the map controls follow it. */
  readonly screens: ScreenNavigator;
  private settings: Settings;
  private notice: string | null;
  private redraw: () => void = () => this.title();
  private unfollowStage: () => void = () => {};
  private readonly learning: Learning;
  private readonly display: { apply(): void };
  private readonly assigned: AssignedRounds;
  private roundProblemTold = false;
  private readonly live: LiveEntry;

  constructor(private readonly d: AppDeps) {
    followTextPack(() => activePack().pack.id);
    this.screens = new ScreenNavigator(pageSurface(d.root));
    // The quiet music bed plays during rounds only, and only when the player wants to hear it.
    this.screens.onScreenChanged(({ id }) => {
      if (id === 'round' && !this.settings.muted && this.settings.musicVolume > 0) d.sound.startMusic();
      else if (id !== 'round') d.sound.stopMusic();
    });
    const loaded = loadSettings(d.records);
    this.settings = loaded.value;
    this.learning = new Learning(d.records, d.pack, d.bank, d.wallClock);
    const progressProblem = this.learning.takeProblem();
    const notices = [
      d.startupProblem ? errorMessage(d.startupProblem) : null,
      loaded.problem && loaded.problem !== d.startupProblem ? recordNotice('settings', loaded.problem) : null,
      progressProblem && progressProblem !== d.startupProblem ? recordNotice('progress', progressProblem) : null,
    ].filter((n): n is string => n !== null);
    this.notice = notices.length ? notices.join(' ') : null;
    this.assigned = new AssignedRounds({
      pack: d.pack,
      records: d.records,
      newSeed: d.newSeed,
      settings: () => this.settings,
      showScreen: (screen, redraw, id) => this.showScreen(screen, redraw, id),
      title: () => this.title(),
      playStandard: () => this.playStandard(),
      playRound: (config, seed, finish) => this.playRound(config, seed, finish),
      savedState: () => this.savedRound()?.state,
      resumeSaved: () => {
        const saved = this.savedRound();
        if (saved) this.resumeRound(saved);
      },
    });
    this.live = new LiveEntry({
      ...d,
      showScreen: (screen, redraw, id) => this.showScreen(screen, redraw, id),
      title: () => this.title(),
      titleChanged: () => {
        if (this.screens.current() === 'title') this.title();
      },
    });
    applySoundSettings(d.sound, this.settings);
    this.display = displaySettings(document.documentElement, d.map, () => this.settings);
    onLanguageChanged(() => {
      this.nameMap();
      this.redraw();
    });
    this.nameMap();
  }

  get currentSettings(): Settings {
    return this.settings;
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
    this.live.probe();
  }

  question = (id: string): Question | undefined => this.d.bank.question(id);

  private nameMap(): void {
    const ids = [...this.d.map.countryIds(), ...this.d.map.cityIds()];
    this.d.map.setNames(Object.fromEntries(ids.map((id) => [id, placeText(id)])));
  }

  /** Applies and remembers a change; returns the message to show when it could not be saved. */
  changeSettings(change: Partial<Settings>): string | null {
    this.settings = updateSettings(this.settings, change);
    const saved = saveSettings(this.d.records, this.settings);
    const problem = saved.ok ? null : errorMessage(saved.problem);
    if (problem) this.notice = problem;
    applySoundSettings(this.d.sound, this.settings);
    this.display.apply();
    return problem;
  }

  /** Forgets every setting: defaults from now on, the language picked from the browser again. */
  resetAllSettings(): StorageProblem | null {
    const reset = resetSettings(this.d.records);
    this.settings = reset.value;
    applySoundSettings(this.d.sound, this.settings);
    this.display.apply();
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

  /** `message` is drawn in the language of the moment, so a language change redraws it translated. */
  openSettings(focus?: string, message?: () => string): void {
    this.redraw = () => this.openSettings(focus ?? 'language', message);
    this.show(
      'settings',
      settingsScreen({
        current: () => this.settings,
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
    this.unfollowStage();
    this.d.map.stage(null);
    this.redraw = () => this.title();
    const saved = this.savedRound();
    const extras = saved
      ? [{ label: t('title.continue'), testId: 'continue', run: () => this.resumeRound(saved) }]
      : [];
    extras.push(...this.live.extras());
    extras.push({ label: t('builder.entry'), testId: 'teachers', run: () => this.openTeachers() });
    extras.push(...this.learningExtras());
    extras.push({ label: t('settings.open'), testId: 'settings', run: () => this.openSettings() });
    extras.push({
      label: t('classResults.open'),
      testId: 'class-results',
      run: () =>
        void openClassResults({
          pack: this.d.pack,
          records: this.d.records,
          question: this.question,
          title: () => this.title(),
          showScreen: (screen, redraw, id) => this.showScreen(screen, redraw, id),
        }),
    });
    this.show(
      'title',
      titleScreen({
        play: () => this.playStandard(),
        setLanguage: (code) => {
          this.changeSettings({ language: code });
          void setLanguage(code);
        },
        setMuted: (muted) => this.changeSettings({ muted }),
        muted: () => this.settings.muted,
        extras,
        notice: this.notice,
        ...(this.d.packs ? { packs: { choices: this.d.packs(), href: packHref } } : {}),
        ...(this.d.pack.id === DEFAULT_PACK_ID
          ? {}
          : { tagline: packTitle(this.d.pack.id), credit: packSourceText(packById(this.d.pack.id)?.meta.source) }),
      }),
    );
    this.notice = null;
  }

  /** The teachers' page (round builder, sharing, saved rounds), loaded only when asked for: students never download it. */
  openTeachers(): void {
    import('../ui/screens/teacher/teacherPage.ts').then(
      ({ TeacherPage }) => {
        const page = new TeacherPage({
          pack: this.d.pack,
          records: this.d.records,
          newSeed: this.d.newSeed,
          now: () => Date.now(),
          // A link to another pack than the default opens that pack (links made before packs open the default).
          gameUrl: `${location.origin}${location.pathname}${this.d.pack.id === DEFAULT_PACK_ID ? '' : `?pack=${this.d.pack.id}`}`,
          home: () => this.title(),
          ...(this.live.hostsThisPack() ? { hostLive: (a: Assignment) => this.live.openHost(a) } : {}),
          openStudio: () => this.openStudio(),
        });
        this.redraw = () => this.show('teacher', page.screen());
        this.redraw();
      },
      () => {
        this.notice = t('builder.loadFailed');
        this.title();
      },
    );
  }

  /** "Write a quiz" (For teachers): the authoring studio, loaded only when opened. */
  openStudio(): void {
    import('./studio.ts').then(
      ({ openStudio }) =>
        openStudio({
          ...this.d,
          showScreen: (screen, redraw, ready) => this.showScreen(screen, redraw, ready),
          teachers: () => this.openTeachers(),
        }),
      () => {
        this.notice = t('studio.loadFailed');
        this.title();
      },
    );
  }

  playStandard(): void {
    const seed = this.d.newSeed();
    const drawn = selectQuestions(this.d.pack, { count: STANDARD_ROUND.count }, createRng(seed));
    const questionIds = mapQuestionNotFirst(drawn, this.d.pack);
    this.playRound(
      {
        questionIds,
        timeLimitMs: STANDARD_ROUND.timeLimitMs,
        timeScale: this.settings.timeScale,
        explainDuringRound: true,
        scored: true,
      },
      seed,
    );
  }

  /** `finish` lets a feature add to the summary (an assigned round's result code). */
  playRound(config: RoundConfig, seed: number, finish?: RoundFinish): void {
    // Every kind of round (standard, practice, assigned) gets its times from the one time rule.
    const timed = withQuestionTimes(config, this.question);
    this.runSession(new RoundSession(this.d.bank, timed, this.d.clock), seed, finish);
  }

  /** Title entries of the learning feature: open-ended practice and "My progress". */
  private learningExtras(): { label: string; testId: string; run(): void }[] {
    const problem = this.learning.takeProblem();
    if (problem)
      this.notice = this.notice
        ? `${this.notice} ${recordNotice('progress', problem)}`
        : recordNotice('progress', problem);
    return [
      { label: t('learn.practice'), testId: 'practice', run: () => this.playPractice() },
      { label: t('learn.progressButton'), testId: 'my-progress', run: () => this.showProgress() },
    ];
  }

  /** "Practise what I missed", offered only when the round had misses. */
  private summaryExtras(session: RoundSession): { label: string; testId: string; run(): void }[] {
    const ids = this.learning.missedQuestions(session.state, createRng(this.d.newSeed()));
    return ids.length === 0
      ? []
      : [
          {
            label: t('learn.practiseMissed', { count: ids.length }),
            testId: 'practise-missed',
            run: () => this.playLearning(ids, false),
          },
        ];
  }

  /**
   * Practice mode: untimed, unscored, open-ended (the next question is chosen from the schedule
   * after each answer, until the student presses Stop), with the explanation after every answer.
   */
  playPractice(): void {
    const seed = this.d.newSeed();
    const first = this.learning.firstPracticeQuestion(createRng(seed));
    if (first !== null) this.playLearning([first], true, seed);
  }

  /** Learning rounds are untimed and unscored: the point is to learn the fact, not to beat a clock. */
  private playLearning(questionIds: string[], openEnded: boolean, seed = this.d.newSeed()): void {
    this.playRound(
      {
        questionIds,
        timeLimitMs: null,
        timeScale: this.settings.timeScale,
        explainDuringRound: true,
        scored: false,
        ...(openEnded ? { openEnded } : {}),
      },
      seed,
    );
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

  private resumeRound(saved: SavedRound): void {
    this.runSession(
      new RoundSession(this.d.bank, saved.state, this.d.clock),
      saved.seed,
      this.assigned.resumeFinish(saved.state),
    );
  }

  /** Every change of the round is saved, so a reload or a crash never loses the student's progress. */
  private runSession(session: RoundSession, seed: number, finish?: RoundFinish): void {
    // Every answer of every round (assigned ones too) goes into the student's own learning record.
    this.learning.follow(session, createRng(seed + session.state.answers.length));
    session.onChange((s) => {
      if (s.phase === 'finished') this.d.records.remove(SAVED_ROUND_KEY);
      else this.d.records.save(SAVED_ROUND_KEY, { state: s, seed } satisfies SavedRound, SAVED_ROUND_VERSION);
    });
    // Only the round on screen tells the map what to show.
    this.unfollowStage();
    this.unfollowStage = followStage(session, this.d.bank, this.d.map);
    this.showRound(session, seed, finish);
  }

  private showRound(session: RoundSession, seed: number, finish?: RoundFinish): void {
    this.redraw = () => this.showRound(session, seed, finish);
    this.show(
      'round',
      roundScreen(
        { sound: this.d.sound, countdown: this.d.countdown },
        session,
        this.d.map,
        seed,
        () => this.summary(session, finish),
        () => this.quitRound(session),
      ),
    );
  }

  /**
   * Pause → Quit, confirmed: the round is dropped and not offered to continue; every answer
   * given was already recorded in the student's progress as it came.
   */
  private quitRound(session: RoundSession): void {
    this.d.records.remove(SAVED_ROUND_KEY);
    this.title(); // first: the round screen leaves before the round ends, so no summary shows
    session.stop();
  }

  private summary(session: RoundSession, finish?: RoundFinish): void {
    this.d.sound.play('round-end');
    finish?.ended?.();
    this.d.map.celebrate(celebrationLevel(session.state));
    // Worked out once per round: a redraw (language change) must not turn "New best!" into a tie.
    const best = this.bestOf(session, finish?.bestKind ?? 'standard');
    const factsMovedOn = this.learning.factsMovedOn;
    const draw = (): void => {
      this.redraw = draw;
      const texts = currentTexts(this.question);
      this.show(
        'summary',
        summaryScreen(session.state, this.question, texts, {
          playAgain: () => (finish ? finish.playAgain() : this.playStandard()),
          home: () => this.title(),
          panel: finish?.panel(session.state) ?? null,
          extras: this.summaryExtras(session),
          best,
          factsMovedOn,
        }),
      );
    };
    draw();
  }

  /** This kind of round's personal best, updated with the round just ended (scored rounds only). */
  private bestOf(session: RoundSession, kind: string): { isNew: boolean; score: number } | null {
    const s = session.state;
    if (!s.config.scored) return null;
    const r = roundResult(s);
    const out = updateBest(
      this.d.records,
      kind,
      { score: r.score, correct: r.correct, total: r.total },
      this.d.wallClock(),
    );
    if (!out.saved.ok) this.notice = errorMessage(out.saved.problem);
    return { isNew: out.isNew, score: out.isNew ? r.score : (out.previous?.score ?? 0) };
  }

  private savedRound(): SavedRound | undefined {
    const loaded = this.d.records.load(
      SAVED_ROUND_KEY,
      (x) => validateSavedRound(x, (id) => this.d.bank.question(id) !== undefined),
      undefined,
      SAVED_ROUND_VERSION,
    );
    // Said once per visit: the unreadable round is already kept aside by the store.
    if (loaded.problem && loaded.problem !== 'storage/unavailable' && !this.roundProblemTold) {
      this.roundProblemTold = true;
      const told = recordNotice('round', loaded.problem);
      this.notice = this.notice ? `${this.notice} ${told}` : told;
    }
    return loaded.value;
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
