/** Spaced repetition and learning progress: pure functions over a plain JSON record. See README.md. */
export type { Progress } from './types.ts';
export { PROGRESS_VERSION } from './types.ts';
export { BOX_INTERVALS_MS, factProgress, recordAnswer } from './leitner.ts';
export { emptyProgress, validateProgress } from './record.ts';
export { PROGRESS_KEY, clearProgress, loadProgress, saveProgress } from './store.ts';
export { dueFacts, practiceQueue } from './schedule.ts';
export { alternativeQuestion, missedRound } from './alternative.ts';
export { confusedPlaces, mastery, type ConfusedPair } from './report.ts';
export { answerEvent, confusionsOf, nextPracticeQuestion } from './fromRound.ts';
export { topicStanding, type TopicStanding } from './standing.ts';
