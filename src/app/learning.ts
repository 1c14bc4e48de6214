import type { ContentPack } from '../core/content/types.ts';
import { isFullyRight } from '../core/round/verdict.ts';
import {
  answerEvent,
  clearProgress,
  confusedPlaces,
  factProgress,
  loadProgress,
  missedRound,
  nextPracticeQuestion,
  recordAnswer,
  saveProgress,
  topicStanding,
  type ConfusedPair,
  type Progress,
  type TopicStanding,
} from '../core/progress/index.ts';
import type { Rng } from '../core/random/rng.ts';
import type { Bank } from '../core/round/engine.ts';
import type { RoundState } from '../core/round/types.ts';
import type { RecordStore, StorageProblem } from '../core/storage/index.ts';
import { RoundSaver } from './roundSaver.ts';
import type { RoundSession } from './roundSession.ts';

/**
 * The student's learning record, as the game uses it: loaded once, updated after every answer of
 * every round and saved at once. The rules (schedule, which question next) are in core/progress;
 * this only connects them to the live round, the store and the wall clock.
 */
export class Learning {
  private progress: Progress;
  /** The record's save, in the task after each answer. */
  private readonly saver = new RoundSaver<Progress>();
  /** A storage problem to tell the student once (damaged or old record, or a failed save). */
  problem: StorageProblem | null;

  constructor(
    private readonly records: RecordStore,
    private readonly pack: ContentPack,
    private readonly bank: Bank,
    /** Wall-clock time in ms (Date.now at the app edge): the schedule spans days and visits. */
    private readonly now: () => number,
  ) {
    const loaded = loadProgress(records);
    this.progress = loaded.value;
    this.problem = loaded.problem ?? null;
  }

  /**
   * Follows a live round: records each new answer, and keeps an open-ended practice round going
   * by appending the next question as soon as the last queued one is answered.
   */
  follow(session: RoundSession, rng: Rng): () => void {
    this.moved = new Set();
    let recorded = session.state.answers.length;
    const onChange = (s: RoundState) => {
      for (; recorded < s.answers.length; recorded++) this.record(s.answers[recorded] as RoundState['answers'][number]);
      if (s.config.openEnded && s.phase === 'feedback' && s.index === s.config.questionIds.length - 1) {
        const id = nextPracticeQuestion(this.pack, this.progress, this.now(), s.config.questionIds, rng);
        if (id !== null) session.append(id);
      }
    };
    onChange(session.state);
    return session.onChange(onChange);
  }

  /** Facts moved up a Leitner box by the round followed last (a practice summary ends on these). */
  private moved = new Set<string>();

  get factsMovedOn(): number {
    return this.moved.size;
  }

  private record(a: RoundState['answers'][number]): void {
    const q = this.bank.question(a.questionId);
    if (!q) return;
    const before = factProgress(this.progress, q.fact)?.box ?? 1;
    this.progress = recordAnswer(this.progress, answerEvent(q, a, this.now()));
    if ((factProgress(this.progress, q.fact)?.box ?? 1) > before) this.moved.add(q.fact);
    // Written in the task after the answer (at once if the page is hidden): not in the tap's task.
    this.saver.save(this.progress, (progress) => {
      const saved = saveProgress(this.records, progress);
      if (!saved.ok) this.problem ??= saved.problem;
    });
  }

  /** The first question of open-ended practice, or null when the bank is empty. */
  firstPracticeQuestion(rng: Rng): string | null {
    return nextPracticeQuestion(this.pack, this.progress, this.now(), [], rng);
  }

  /** "Practise what I missed": one other question per fact missed in this round; empty when none was. */
  missedQuestions(state: RoundState, rng: Rng): string[] {
    if (state.answers.every((a) => isFullyRight(a.correctness))) return [];
    return missedRound(this.pack, state.answers, rng);
  }

  standing(): { topics: TopicStanding[]; confused: ConfusedPair[]; answered: number } {
    return {
      topics: topicStanding(this.pack, this.progress, this.now()),
      confused: confusedPlaces(this.progress, 5),
      answered: Object.keys(this.progress.facts).length,
    };
  }

  /** "Forget my progress": an empty record, in memory and in the store. */
  forget(): StorageProblem | null {
    this.saver.drop();
    const removed = clearProgress(this.records);
    this.progress = loadProgress(this.records).value;
    return removed.ok ? null : removed.problem;
  }

  /** The problem to show once, then forgotten. */
  takeProblem(): StorageProblem | null {
    const p = this.problem;
    this.problem = null;
    return p;
  }
}
