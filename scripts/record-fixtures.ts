/**
 * Records what today's game stores and shares, for the compatibility tests (test/unit/compat-recorded.test.ts
 * and test/e2e/compat-recorded.e2e.ts): for each shipped pack, the browser storage after a round in progress,
 * a teacher's saved round, an assigned round played to the end (its link, its context, its result code and file,
 * the class results holding that code), progress and a personal best.
 *
 *   npx tsx scripts/record-fixtures.ts <label> [--questions <pack-id>=<file>]…
 *
 * writes test/fixtures/recorded/<label>.json. `--questions` records that pack with the questions of <file> (a
 * questions.json, or `git:<commit>:<path>`, or the single-file pack of the first versions) instead of today's: a version as it shipped.
 *
 * A recording is made once, by the version named in its `madeBy`, and never re-made: later versions must keep
 * reading it. Everything goes through the game's own code (the engine, the codecs, the stores), nothing by hand.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resultOfRound } from '../src/core/assigned/round.ts';
import type { ContentPack, Question, Response } from '../src/core/content/types.ts';
import { emptyProgress, recordAnswer, saveProgress } from '../src/core/progress/index.ts';
import { QUESTION_KINDS } from '../src/core/questions/registry.ts';
import { addResults, emptyClassResults, saveClassResults } from '../src/core/results/classRecord.ts';
import { bankOf } from '../src/core/round/bank.ts';
import { next, pause, startRound, submitAnswer, tick, type Bank } from '../src/core/round/engine.ts';
import { updateBest } from '../src/core/round/personalBest.ts';
import { SAVED_ROUND_VERSION } from '../src/core/round/saved.ts';
import { withQuestionTimes } from '../src/core/round/timing.ts';
import type { RoundConfig, RoundState } from '../src/core/round/types.ts';
import { packRef } from '../src/core/share/packRef.ts';
import { decodeResultCode, encodeResultCode, encodeResultFile } from '../src/core/share/resultCode.ts';
import { encodeAssignment } from '../src/core/share/roundLink.ts';
import { createMemoryStore } from '../src/core/storage/index.ts';
import { packRecordStore } from '../src/core/storage/packScoped.ts';
import { formFromAssignment } from '../src/core/teacher/roundForm.ts';
import { saveRound } from '../src/core/teacher/savedRounds.ts';
import type { Assignment } from '../src/core/share/assignment.ts';
import { loadPack, packIds } from './content/packs.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const DEFAULT_PACK = 'niger-coup-2023';
const NAMESPACE = 'sahel-quiz';
/** 2026-11-30 09:00 UTC: when the recorded student played. */
const T0 = Date.UTC(2026, 10, 30, 9, 0, 0);

const places = JSON.parse(readFileSync(`${root}assets/map/places.json`, 'utf8')) as {
  cities: Record<string, { lon: number; lat: number }>;
};

/** The first question of each type, in pack order: every response shape the codecs write. */
function oneOfEachType(pack: ContentPack): Question[] {
  const seen = new Set<string>();
  return pack.questions.filter((q) => !seen.has(q.type) && seen.add(q.type));
}

function rightResponse(q: Question): Response {
  return (QUESTION_KINDS[q.type].correctResponse as (q: Question) => Response)(q);
}

/** Plays `answers` (null = the time ran out) and returns the state, at feedback on the last one unless `stopAt`. */
function play(config: RoundConfig, bank: Bank, answers: (Response | null)[]): { state: RoundState; now: number } {
  let now = T0;
  let state = startRound(config, now);
  answers.forEach((r, i) => {
    now += 4_000 + 1_700 * i;
    if (r === null) {
      now += 600_000;
      state = tick(state, now);
    } else {
      const out = submitAnswer(state, bank, r, now);
      if (!out.ok) throw new Error(`answer ${i} refused: ${out.error}`);
      state = out.state;
    }
    if (i < answers.length - 1) {
      now += 3_000;
      state = next(state, now);
    }
  });
  return { state, now };
}

function record(id: string, questionsFile: string | undefined) {
  const today = loadPack(root, id).pack;
  const pack: ContentPack = questionsFile
    ? { ...today, questions: (JSON.parse(readSource(questionsFile)) as { questions: Question[] }).questions }
    : today;
  const bank = bankOf(pack, places.cities);
  const ref = packRef(pack);
  const kv = createMemoryStore({});
  const records = packRecordStore(kv, NAMESPACE, id, DEFAULT_PACK);
  const asked = oneOfEachType(pack);
  const lookup = (qid: string) => pack.questions.find((q) => q.id === qid);

  // An assigned round played to the end: the true/false question answered wrong, the last one timed out,
  // every other one right.
  const assignment: Assignment = {
    v: 1,
    title: id === DEFAULT_PACK ? 'Niger, week 3 — « le coup »' : 'Sahel: capitals & borders',
    questionIds: asked.map((q) => q.id),
    timeLimitMs: 30_000,
    allowTimeChange: true,
    language: id === DEFAULT_PACK ? null : 'fr',
    shuffle: false,
    explainDuringRound: true,
  };
  const link = encodeAssignment(assignment, ref);
  const config = withQuestionTimes(
    { questionIds: assignment.questionIds, timeLimitMs: 30_000, timeScale: 2, explainDuringRound: true, scored: true },
    lookup,
  );
  const responses = asked.map((q, i): Response | null =>
    i === asked.length - 1 ? null : q.type === 'truefalse' ? falseOf(q) : rightResponse(q),
  );
  const played = play(config, bank, responses);
  const name = id === DEFAULT_PACK ? 'Amina Issoufou' : 'Zoé Ouédraogo';
  const result = resultOfRound(played.state, name, assignment);
  const code = encodeResultCode(result, ref);
  if (!code.ok) throw new Error(code.error);
  const file = encodeResultFile(result, ref);
  records.save('assigned', { payload: link, name });

  // Class results: that code pasted on the teacher's device.
  const decoded = decodeResultCode(code.value, ref);
  saveClassResults(records, addResults(emptyClassResults(), [{ source: '1', decoded }]).value);

  // The teacher's saved round (the same assignment, from a hand-picked form).
  saveRound(records, { id: 'rec0rd01', savedAt: T0 - 86_400_000, assignment, form: formFromAssignment(assignment, 7) });

  // Progress from the answers, and a personal best for the standard round.
  let progress = emptyProgress();
  played.state.answers.forEach((a, i) => {
    const q = lookup(a.questionId) as Question;
    progress = recordAnswer(progress, { fact: q.fact, questionId: q.id, correctness: a.correctness, now: T0 + i });
  });
  saveProgress(records, progress);
  updateBest(records, 'standard', { score: 4321, correct: 5, total: 8 }, T0);

  // A standard round in progress: two answered, paused on the third.
  const standard = withQuestionTimes(
    {
      questionIds: asked.slice(0, 3).map((q) => q.id),
      timeLimitMs: 20_000,
      timeScale: 1,
      explainDuringRound: true,
      scored: true,
    },
    lookup,
  );
  const partial = play(standard, bank, responses.slice(0, 2));
  const inProgress = pause(next(partial.state, partial.now + 1_000), partial.now + 3_000);
  records.save('round', { state: inProgress, seed: 424242 }, SAVED_ROUND_VERSION);

  const storage: Record<string, string> = {};
  for (const k of kv.keys().sort()) storage[k] = kv.get(k) as string;
  return {
    version: pack.version,
    assignment,
    link,
    student: { name, score: result.score, answers: result.answers },
    resultCode: code.value,
    resultFile: file,
    inProgress: { questionIds: standard.questionIds, answered: 2, score: inProgress.score },
    storage,
  };
}

/** A file, or `git:<commit>:<path>` for a file as a commit had it. */
function readSource(spec: string): string {
  return spec.startsWith('git:')
    ? execSync(`git show ${JSON.stringify(spec.slice(4))}`, { cwd: root, maxBuffer: 1 << 26 }).toString()
    : readFileSync(spec, 'utf8');
}

function falseOf(q: Question): Response {
  return { type: 'truefalse', value: !(q as Extract<Question, { type: 'truefalse' }>).answer };
}

const [label, ...options] = process.argv.slice(2);
const questionFiles = new Map<string, string>();
for (let i = 0; i < options.length; i += 2) {
  const m = options[i] === '--questions' ? /^([a-z0-9-]+)=(.+)$/.exec(options[i + 1] ?? '') : null;
  if (m) questionFiles.set(m[1] as string, m[2] as string);
  else questionFiles.set('', '');
}
if (!label || !/^[a-z0-9.-]+$/.test(label) || questionFiles.has('')) {
  console.error('usage: npx tsx scripts/record-fixtures.ts <label> [--questions <pack-id>=<file>]…   (e.g. v1)');
  process.exit(2);
}
const commit = execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim();
const out = {
  madeBy: `scripts/record-fixtures.ts at commit ${commit} (${new Date().toISOString().slice(0, 10)})`,
  questionsFrom: Object.fromEntries(questionFiles),
  packs: Object.fromEntries(packIds(root).map((id) => [id, record(id, questionFiles.get(id))])),
};
mkdirSync(`${root}test/fixtures/recorded`, { recursive: true });
writeFileSync(`${root}test/fixtures/recorded/${label}.json`, `${JSON.stringify(out, null, 1)}\n`);
console.log(`test/fixtures/recorded/${label}.json: ${Object.keys(out.packs).join(', ')}`);
