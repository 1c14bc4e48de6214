/**
 * Each question type's own fields in the studio: its form is in its answer widget's file
 * (src/ui/answers/<type>.ts, registered in ANSWER_WIDGETS); the studio lends it its parts (FormKit).
 */
import { moveItem, type DraftQuestion } from '../../../core/authoring/draft.ts';
import { t } from '../../../i18n/index.ts';
import type { FormKit } from '../../answers/formKit.ts';
import { answerKind } from '../../answers/index.ts';
import { button, h } from '../../dom.ts';
import { checkbox, group, nextId, textField, wordsFields } from './fields.ts';
import { placePicker } from './placePicker.ts';
import type { StudioCtx } from './studioPage.ts';

/** Rows the teacher can move, add (up to `max`) and remove (down to `min`). */
function rowTools(
  c: Pick<StudioCtx, 'editQ'>,
  q: DraftQuestion,
  i: number,
  count: number,
  min: number,
  key: 'events' | 'pairs',
): HTMLElement {
  const edit = (f: (x: DraftQuestion) => DraftQuestion) => c.editQ(q.id, f, true);
  const move = (by: -1 | 1) =>
    edit((x) =>
      key === 'events' ? { ...x, events: moveItem(x.events, i, by) } : { ...x, pairs: moveItem(x.pairs, i, by) },
    );
  return h(
    'div',
    { class: 'st-rowtools' },
    button(t('studio.up'), () => move(-1), {
      class: 'secondary',
      disabled: i === 0,
      'data-testid': `studio-${key}-up-${i + 1}`,
    }),
    button(t('studio.down'), () => move(1), {
      class: 'secondary',
      disabled: i === count - 1,
      'data-testid': `studio-${key}-down-${i + 1}`,
    }),
    button(
      t('studio.remove'),
      () =>
        edit((x) =>
          key === 'events'
            ? { ...x, events: x.events.filter((_, j) => j !== i) }
            : { ...x, pairs: x.pairs.filter((_, j) => j !== i) },
        ),
      { class: 'secondary', disabled: count <= min, 'data-testid': `studio-${key}-remove-${i + 1}` },
    ),
  );
}

/** The studio's parts, as a type's form gets them. */
function kitOf(c: StudioCtx): FormKit {
  return {
    textField,
    wordsFields,
    group,
    checkbox,
    nextId,
    placePicker: (q) => placePicker(c, q),
    rowTools: (q, i, count, min, key) => rowTools(c, q, i, count, min, key),
    words: (testId) => c.words(testId),
    draft: () => c.draft(),
    change: (next, redraw) => c.change(next, redraw),
    editQ: (id, f, redraw) => c.editQ(id, f, redraw),
  };
}

export function typeForm(c: StudioCtx, q: DraftQuestion): HTMLElement {
  return answerKind(q.type).form(kitOf(c), q);
}
