/** The pick list's search: pure, so the words it finds are unit-tested. */
import { correctAnswerText, type Texts } from '../../../core/content/describe.ts';
import type { Question } from '../../../core/content/types.ts';
import { foldText } from '../../../core/fold.ts';

/** Lower case without accents, for a search that finds "etat" in "État". */
const fold = foldText;

/** The questions whose id, prompt or right answer (in `texts`' language) hold the search words. */
export function searchQuestions(questions: readonly Question[], texts: Texts, search: string): Question[] {
  const needle = fold(search.trim());
  if (!needle) return [...questions];
  return questions.filter((q) => {
    const words = texts.question(q.id);
    return fold(`${q.id} ${words?.prompt ?? ''} ${correctAnswerText(q, texts)}`).includes(needle);
  });
}
