import { checkStudentName, MAX_NAME_CHARS, type NameError } from '../../../core/assigned/round.ts';
import type { TimeScale } from '../../../core/round/types.ts';
import type { Assignment } from '../../../core/share/assignment.ts';
import { formatDuration, t } from '../../../i18n/index.ts';
import { button, h } from '../../dom.ts';
import type { Screen } from '../../../ports/screen.ts';
import './assigned.css';
import { icon } from '../../icons.ts';

export interface AssignedView {
  assignment: Assignment;
  /** The fixed language's own name ("Français"), or null when the student chooses. */
  languageName: string | null;
  /** Set when the fixed language is not one the game has. */
  languageMissing: { wanted: string; shown: string } | null;
  defaultScale: TimeScale;
  /**
   * The name of the student whose round of this assignment was left half-way on this device, or
   * null. Offered only as "Continue as <name>?" beside "I am someone else" (never pre-filled).
   */
  resumeAs: string | null;
  /** A stored record that could not be read whole, said once. */
  notice?: string | null;
  /** What the student typed before this screen was redrawn (the same visit, never a stored name). */
  typedName?: string;
}

export interface AssignedActions {
  start(name: string, scale: TimeScale): void;
  /** The name field changed: kept so a redraw keeps it. */
  typing?(name: string): void;
  resume(): void;
  home(): void;
}

const SCALES: readonly TimeScale[] = [1, 2, 10, null];

/** Each name error's message in ui.json. */
const NAME_MESSAGES = {
  'name/empty': 'assigned.name.empty',
  'name/too_long': 'assigned.name.too_long',
  'name/bad_characters': 'assigned.name.bad_characters',
} as const satisfies Record<NameError, string>;

/** 'name/empty' → 'assigned.name.empty'. */
export function nameMessageKey(e: NameError): (typeof NAME_MESSAGES)[NameError] {
  return NAME_MESSAGES[e];
}

/**
 * What a student sees on opening a teacher's link: the round's title (text only) and settings in
 * plain words, a name field, a time choice only if the teacher allowed it, and Start.
 */
export function assignedScreen(v: AssignedView, a: AssignedActions): Screen {
  const as = v.assignment;
  const heading = h(
    'h1',
    { 'data-testid': 'assigned-title', tabindex: '-1' },
    as.title.trim() || t('assigned.untitled'),
  );
  const facts = assignmentFacts(v);

  const { name, nameError } = nameField(v.typedName ?? '', a.typing);

  const timed = as.timeLimitMs !== null && as.allowTimeChange;
  const scaleInputs = timed ? scaleChoices(as.timeLimitMs as number, v.defaultScale) : [];

  const form = h(
    'form',
    { class: 'assigned-form', novalidate: true },
    h('label', { for: 'student-name', class: 'field-label' }, t('assigned.nameLabel')),
    name,
    h('p', { class: 'hint', id: 'student-name-hint' }, t('assigned.nameHint', { max: MAX_NAME_CHARS })),
    nameError,
    timed
      ? h(
          'fieldset',
          { class: 'time-scale' },
          h('legend', {}, t('assigned.timeLegend')),
          ...scaleInputs.map((x) => x.row),
        )
      : null,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'primary big', 'data-testid': 'assigned-start' }, t('assigned.start')),
      button(t('assigned.home'), () => a.home(), { class: 'secondary', 'data-testid': 'home' }),
    ),
  );
  wireStart(form, name, nameError, () => (timed ? (scaleInputs.find((x) => x.input.checked)?.s ?? 1) : 1), a);

  const resume = v.resumeAs === null ? null : resumeChoice(v.resumeAs, form, name, a);
  const el = h(
    'main',
    { class: 'screen assigned', 'data-screen': 'assigned' },
    h(
      'section',
      { class: 'card assigned-card', 'aria-labelledby': 'assigned-heading' },
      h('p', { class: 'eyebrow', id: 'assigned-heading' }, t('assigned.heading')),
      heading,
      v.languageMissing
        ? h(
            'p',
            { class: 'notice', role: 'status' },
            t('assigned.languageMissing', { language: v.languageMissing.wanted, shown: v.languageMissing.shown }),
          )
        : null,
      h('h2', { class: 'visually-hidden' }, t('assigned.settings')),
      h('ul', { class: 'assigned-facts', 'data-testid': 'assigned-facts' }, ...facts.map((f) => h('li', {}, f))),
      v.notice ? h('p', { class: 'notice', role: 'status' }, v.notice) : null,
      resume?.box ?? null,
      form,
    ),
  );
  return {
    el,
    mount() {
      (resume?.first ?? name).focus();
    },
    unmount() {},
  };
}

/** The assignment's settings, each in plain words. */
function assignmentFacts(v: AssignedView): string[] {
  const as = v.assignment;
  return [
    t('assigned.questions', { count: as.questionIds.length }),
    as.timeLimitMs === null
      ? t('assigned.noTimeLimit')
      : t('assigned.timePerQuestion', { time: formatDuration(as.timeLimitMs) }),
    as.timeLimitMs === null ? null : t(as.allowTimeChange ? 'assigned.timeChangeAllowed' : 'assigned.timeChangeFixed'),
    v.languageName ? t('assigned.languageFixed', { language: v.languageName }) : t('assigned.languageFree'),
    t(as.explainDuringRound ? 'assigned.explainDuring' : 'assigned.explainAtEnd'),
    as.shuffle ? t('assigned.shuffled') : null,
  ].filter((x): x is string => x !== null);
}

/** The student's name field (empty, or what they typed before a redraw) and its error line, which typing hides again. */
function nameField(typed: string, typing?: (name: string) => void): { name: HTMLInputElement; nameError: HTMLElement } {
  const nameError = h('p', {
    class: 'field-error',
    id: 'student-name-error',
    role: 'alert',
    'data-testid': 'name-error',
    hidden: true,
  });
  const name = h('input', {
    id: 'student-name',
    name: 'student-name',
    type: 'text',
    autocomplete: 'nickname',
    spellcheck: 'false',
    'aria-describedby': 'student-name-hint',
    'data-testid': 'student-name',
    value: typed,
  });
  name.addEventListener('input', () => {
    typing?.(name.value);
    nameError.hidden = true;
    name.removeAttribute('aria-invalid');
  });
  return { name, nameError };
}

/** The time choices the teacher allowed, one radio each; the default (or the first) is checked. */
function scaleChoices(
  limitMs: number,
  defaultScale: TimeScale,
): { s: TimeScale; input: HTMLInputElement; row: HTMLElement }[] {
  const choices = SCALES.map((s) => {
    const id = `scale-${s ?? 'off'}`;
    const input = h('input', {
      type: 'radio',
      name: 'time-scale',
      id,
      value: String(s ?? 'off'),
      checked: s === defaultScale,
      'data-testid': id,
    });
    const label = s === null ? t('assigned.scaleOff') : t(`assigned.scale${s}`, { time: formatDuration(limitMs * s) });
    return { s, input, row: h('div', { class: 'choice-row' }, input, h('label', { for: id }, label)) };
  });
  if (!choices.some((x) => x.input.checked) && choices[0]) choices[0].input.checked = true;
  return choices;
}

/** Start checks the name first: a bad one is said under the field, which gets the focus back. */
function wireStart(
  form: HTMLFormElement,
  name: HTMLInputElement,
  nameError: HTMLElement,
  scale: () => TimeScale,
  a: AssignedActions,
): void {
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const checked = checkStudentName(name.value);
    if (!checked.ok) {
      nameError.textContent = t(nameMessageKey(checked.error), { max: MAX_NAME_CHARS });
      nameError.hidden = false;
      name.setAttribute('aria-invalid', 'true');
      name.setAttribute('aria-describedby', 'student-name-hint student-name-error');
      name.focus();
      return;
    }
    a.start(checked.value, scale());
  });
}

/** "Continue as Amina?" beside "I am someone else", which opens the (empty) name form instead. */
function resumeChoice(
  who: string,
  form: HTMLFormElement,
  name: HTMLInputElement,
  a: AssignedActions,
): { box: HTMLElement; first: HTMLButtonElement } {
  form.hidden = true;
  const first = button(t('keep.assigned.continueAs', { name: who }), () => a.resume(), {
    class: 'primary big',
    'data-testid': 'assigned-resume',
  });
  const box = h(
    'section',
    { class: 'resume-choice', 'aria-labelledby': 'resume-text', 'data-testid': 'resume-choice' },
    h('p', { id: 'resume-text' }, t('keep.assigned.unfinished')),
    h(
      'div',
      { class: 'actions' },
      first,
      button(
        t('keep.assigned.someoneElse'),
        () => {
          box.remove();
          form.hidden = false;
          name.focus();
        },
        { class: 'secondary', 'data-testid': 'someone-else' },
      ),
      button(t('assigned.home'), () => a.home(), { class: 'secondary', 'data-testid': 'resume-home' }),
    ),
  );
  return { box, first };
}

/** A link that cannot be read: the codec's message in the player's language, and a way on. */
export function linkErrorScreen(message: string, a: { playStandard(): void; home(): void }): Screen {
  const heading = h('h1', { tabindex: '-1' }, t('assigned.errorTitle'));
  const play = button(t('assigned.playStandard'), () => a.playStandard(), {
    class: 'primary',
    'data-testid': 'play-standard',
  });
  const el = h(
    'main',
    { class: 'screen assigned', 'data-screen': 'link-error' },
    h(
      'section',
      { class: 'card assigned-card', role: 'alert', 'aria-labelledby': 'link-error-title' },
      h('span', { class: 'error-icon', 'aria-hidden': 'true' }, icon('warning')),
      heading,
      h('p', { 'data-testid': 'link-error' }, message),
      h(
        'div',
        { class: 'actions' },
        play,
        button(t('assigned.home'), () => a.home(), { class: 'secondary', 'data-testid': 'home' }),
      ),
    ),
  );
  heading.id = 'link-error-title';
  return {
    el,
    mount() {
      play.focus();
    },
    unmount() {},
  };
}
