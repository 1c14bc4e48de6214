import type { Bank } from '../core/round/engine.ts';
import type { ContentPack, Question } from '../core/content/types.ts';
import { createRng } from '../core/random/rng.ts';
import { updateBest } from '../core/round/personalBest.ts';
import { learningRound, standardRound } from '../core/round/presets.ts';
import { celebrationLevel, roundResult } from '../core/round/reward.ts';
import { SAVED_ROUND_VERSION, type SavedRound, validateSavedRound } from '../core/round/saved.ts';
import { withQuestionTimes } from '../core/round/timing.ts';
import type { RoundConfig, RoundState } from '../core/round/types.ts';
import type { Settings } from '../core/settings.ts';
import { errorMessage } from '../i18n/errorMessages.ts';
import { t } from '../i18n/index.ts';
import { currentTexts } from '../i18n/texts.ts';
import type { CountdownPort } from '../ports/countdown.ts';
import type { MapPort } from '../ports/map.ts';
import { nextTask } from '../ports/nextTask.ts';
import type { Screen, ScreenId } from '../ports/screen.ts';
import type { SoundPlayer } from '../ports/sound.ts';
import type { RecordStore } from '../ports/storage.ts';
import { roundScreen } from '../ui/screens/roundScreen.ts';
import { summaryScreen } from '../ui/screens/summaryScreen.ts';
import type { RoundFinish } from './assigned.ts';
import type { Learning } from './learning.ts';
import { followStage } from './mapStage.ts';
import type { Notices } from './notices.ts';
import { recordNotice } from './recordNotice.ts';
import { RoundSaver } from './roundSaver.ts';
import { RoundSession } from './roundSession.ts';

const SAVED_ROUND_KEY = 'round';

export interface RoundsHost {
  pack: ContentPack;
  bank: Bank;
  map: MapPort;
  countdown: CountdownPort;
  sound: SoundPlayer;
  records: RecordStore;
  clock: () => number;
  wallClock: () => number;
  newSeed: () => number;
  learning: Learning;
  notices: Notices;
  settings(): Settings;
  showScreen(screen: Screen, redraw: () => void, id: ScreenId): void;
  title(): void;
  /** How a saved round of an assignment ends (its result code), when it was one. */
  resumeFinish(state: RoundState): Promise<RoundFinish | undefined>;
}

/**
 * Rounds from start to summary: which round Play, practice and "Practise what I missed" start
 * (rules in core/round/presets.ts), the round saved at every change so a reload never loses it,
 * the map following the round on screen, and the summary with its personal best.
 */
export class Rounds {
  private unfollowStage: () => void = () => {};
  private roundProblemTold = false;
  private readonly saver = new RoundSaver();

  constructor(private readonly d: RoundsHost) {}

  question = (id: string): Question | undefined => this.d.bank.question(id);

  playStandard(): void {
    const seed = this.d.newSeed();
    this.play(standardRound(this.d.pack, this.d.settings().timeScale, createRng(seed)), seed);
  }

  /** `finish` lets a feature add to the summary (an assigned round's result code). */
  play(config: RoundConfig, seed: number, finish?: RoundFinish): void {
    // Every kind of round (standard, practice, assigned) gets its times from the one time rule.
    const timed = withQuestionTimes(config, this.question);
    this.run(new RoundSession(this.d.bank, timed, this.d.clock), seed, finish);
  }

  /**
   * Practice mode: untimed, unscored, open-ended (the next question is chosen from the schedule
   * after each answer, until the student presses Stop), with the explanation after every answer.
   */
  playPractice(): void {
    const seed = this.d.newSeed();
    const first = this.d.learning.firstPracticeQuestion(createRng(seed));
    if (first !== null) this.playLearning([first], true, seed);
  }

  /** Set while a resume waits for its finish: a second tap on Continue meanwhile resumes nothing more. */
  private resuming = false;

  resume(saved: SavedRound): void {
    if (this.resuming) return;
    this.resuming = true;
    void this.d
      .resumeFinish(saved.state)
      .catch(() => undefined)
      .then((finish) => {
        this.resuming = false;
        this.run(new RoundSession(this.d.bank, saved.state, this.d.clock), saved.seed, finish);
      });
  }

  /** The round left unfinished, if one was saved and can still be played. */
  saved(): SavedRound | undefined {
    this.saver.flush();
    const loaded = this.d.records.load(
      SAVED_ROUND_KEY,
      (x) => validateSavedRound(x, (id) => this.d.bank.question(id) !== undefined),
      undefined,
      SAVED_ROUND_VERSION,
    );
    // Said once per visit: the unreadable round is already kept aside by the store.
    if (loaded.problem && loaded.problem !== 'storage/unavailable' && !this.roundProblemTold) {
      this.roundProblemTold = true;
      this.d.notices.add(recordNotice('round', loaded.problem));
    }
    return loaded.value;
  }

  /** Leaving rounds for another screen: the map stops following the round and shows no question. */
  leave(): void {
    this.unfollowStage();
    this.d.map.stage(null);
  }

  private playLearning(questionIds: string[], openEnded: boolean, seed = this.d.newSeed()): void {
    this.play(learningRound(questionIds, openEnded, this.d.settings().timeScale), seed);
  }

  /** Every change of the round is saved (in the task after it), so a reload or a crash never loses the student's progress. */
  private run(session: RoundSession, seed: number, finish?: RoundFinish): void {
    // Every answer of every round (assigned ones too) goes into the student's own learning record.
    this.d.learning.follow(session, createRng(seed + session.state.answers.length));
    const write = (s: RoundState): void => {
      if (s.phase === 'finished') this.d.records.remove(SAVED_ROUND_KEY);
      else this.d.records.save(SAVED_ROUND_KEY, { state: s, seed } satisfies SavedRound, SAVED_ROUND_VERSION);
    };
    session.onChange((s) => this.saver.save(s, write));
    // Saved from its first question too: a reload before the first answer offers to continue it.
    this.saver.save(session.state, write);
    // Only the round on screen tells the map what to show.
    this.unfollowStage();
    this.unfollowStage = followStage(session, this.d.bank, this.d.map);
    this.show(session, seed, finish);
  }

  private show(session: RoundSession, seed: number, finish?: RoundFinish): void {
    const draw = (): void =>
      this.d.showScreen(
        roundScreen(
          { sound: this.d.sound, countdown: this.d.countdown },
          session,
          this.d.map,
          seed,
          () => this.summary(session, finish),
          () => this.quit(session),
        ),
        draw,
        'round',
      );
    draw();
  }

  /**
   * Pause → Quit, confirmed: the round is dropped and not offered to continue; every answer
   * given was already recorded in the student's progress as it came.
   */
  private quit(session: RoundSession): void {
    this.saver.drop();
    this.d.records.remove(SAVED_ROUND_KEY);
    this.d.title(); // first: the round screen leaves before the round ends, so no summary shows
    session.stop();
  }

  private summary(session: RoundSession, finish?: RoundFinish): void {
    finish?.ended?.();
    // The sound (its file is fetched now) and the map's confetti start in the task after the summary is up.
    const level = celebrationLevel(session.state);
    void nextTask().then(() => {
      this.d.sound.play('round-end');
      this.d.map.celebrate(level);
    });
    // Worked out once per round: a redraw (language change) must not turn "New best!" into a tie.
    const best = this.bestOf(session, finish?.bestKind ?? 'standard');
    const factsMovedOn = this.d.learning.factsMovedOn;
    const draw = (): void => {
      const texts = currentTexts(this.question);
      this.d.showScreen(
        summaryScreen(session.state, this.question, texts, {
          playAgain: () => (finish ? finish.playAgain() : this.playStandard()),
          home: () => this.d.title(),
          panel: finish?.panel(session.state) ?? null,
          extras: this.summaryExtras(session),
          best,
          factsMovedOn,
        }),
        draw,
        'summary',
      );
    };
    draw();
  }

  /** "Practise what I missed", offered only when the round had misses. */
  private summaryExtras(session: RoundSession): { label: string; testId: string; run(): void }[] {
    const ids = this.d.learning.missedQuestions(session.state, createRng(this.d.newSeed()));
    if (ids.length === 0) return [];
    return [
      {
        label: t('learn.practiseMissed', { count: ids.length }),
        testId: 'practise-missed',
        run: () => this.playLearning(ids, false),
      },
    ];
  }

  /** This kind of round's personal best, updated with the round just ended (scored rounds only). */
  private bestOf(session: RoundSession, kind: string): { isNew: boolean; score: number } | null {
    const s = session.state;
    if (!s.config.scored) return null;
    const r = roundResult(s);
    const result = { score: r.score, correct: r.correct, total: r.total };
    const out = updateBest(this.d.records, kind, result, this.d.wallClock());
    if (!out.saved.ok) this.d.notices.set(errorMessage(out.saved.problem));
    return { isNew: out.isNew, score: out.isNew ? r.score : (out.previous?.score ?? 0) };
  }
}
