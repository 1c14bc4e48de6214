/**
 * The student's phone in a live game: the join form, then whatever the server's view says — the
 * lobby, the question with the SAME answer widgets as the solo game, the student's own verdict
 * and points, their rank, the end. Everything shown comes from the server's PlayerView.
 */
import { currentTexts, placeName, questionText } from '../../../i18n/texts.ts';
import { responseText } from '../../../core/content/describe.ts';
import type { Question, Response } from '../../../core/content/types.ts';
import type { PlayerView } from '../../../core/live/protocol.ts';
import type { Bank } from '../../../core/round/engine.ts';
import { type Verdict, verdictOf as answerVerdict } from '../../../core/round/verdict.ts';
import { formatNumber, t } from '../../../i18n/index.ts';
import { answerWidget } from '../../answers/index.ts';
import type { AnswerWidget } from '../../answers/types.ts';
import { button, h, replace } from '../../dom.ts';
import type { MapPort } from '../../../ports/map.ts';
import type { CountdownPort } from '../../../ports/countdown.ts';
import type { Screen } from '../../../ports/screen.ts';
import { liveErrorMessage } from '../../../i18n/errorMessages.ts';
import './live.css';

export interface PhoneDeps {
  code: string;
  name: string;
  map: MapPort;
  countdown: CountdownPort;
  bank: Bank;
  /** Returns an error key when the code cannot be one. */
  join(code: string, name: string): string | null;
  answer(index: number, response: Response): boolean;
  leave(): void;
}

export interface PhoneScreen extends Screen {
  view(v: PlayerView): void;
  ack(a: { ok: boolean; error: string | null }): void;
  status(s: 'connecting' | 'open' | 'lost'): void;
  failed(error: string, wasPlaying: boolean): void;
}

export function phoneScreen(d: PhoneDeps): PhoneScreen {
  const banner = h('p', { class: 'live-banner', role: 'status', 'data-testid': 'live-status', hidden: true });
  const bar = h('header', { class: 'round-bar' });
  const card = h('section', { class: 'card question live-phone-card', 'data-testid': 'live-phone' });
  const root = h(
    'main',
    { class: 'screen round live-phone', 'data-screen': 'live-phone' },
    h('h1', { class: 'visually-hidden' }, t('live.phoneHeading')),
    bar,
    banner,
    card,
  );
  let widget: AnswerWidget | null = null;
  let shown = '';
  let question: Question | null = null;
  let deadline: number | null = null;
  let paused = false;
  let limit: number | null = null;
  let timer = 0;
  const timeText = h('p', { class: 'time-left', 'data-testid': 'time-left' });
  const note = h('p', { class: 'live-note', role: 'status', 'data-testid': 'live-note' });

  function form(error: string | null): void {
    disposeWidget();
    shown = 'form';
    replace(bar);
    replace(card, joinForm(d, error));
    card.querySelector<HTMLInputElement>(d.code ? '#live-name' : '#live-code')?.focus();
  }

  function disposeWidget(): void {
    widget?.dispose?.();
    widget = null;
    question = null;
  }

  function header(v: PlayerView): void {
    replace(
      bar,
      h('p', { class: 'progress' }, v.index >= 0 ? t('round.progress', { n: v.index + 1, total: v.count }) : v.code),
      h('p', { class: 'score', 'data-testid': 'live-score' }, t('round.score', { score: formatNumber(v.score) })),
      timeText,
    );
  }

  function showQuestion(v: PlayerView): void {
    disposeWidget();
    const q = v.question as Question;
    question = q;
    const text = questionText(q);
    widget = answerWidget(
      {
        question: q,
        text,
        place: placeName,
        map: d.map,
        submit: (r) => {
          if (!d.answer(v.index, r)) note.textContent = t('live.notSent');
          else {
            card.toggleAttribute('inert', true);
            note.textContent = t('live.sending');
          }
        },
      },
      v.index,
    );
    note.textContent = '';
    card.removeAttribute('inert');
    card.dataset.questionType = q.type;
    card.dataset.questionId = q.id;
    replace(card, h('h2', { id: 'prompt', class: 'prompt' }, text.prompt), note, widget.el);
    widget.focus();
  }

  function verdictOf(v: PlayerView): Verdict {
    return v.verdict ? answerVerdict(v.verdict.response, v.verdict.correctness) : 'timeout';
  }

  function reveal(v: PlayerView): void {
    const kind = verdictOf(v);
    const points = v.verdict?.points ?? 0;
    if (widget && v.correct) widget.reveal(v.correct, v.verdict?.response ?? null);
    card.removeAttribute('inert');
    const right = question && v.correct ? responseText(question, v.correct, currentTexts(d.bank.question)) : '';
    replace(
      note,
      h(
        'span',
        { class: `verdict ${kind}`, 'data-verdict': kind, 'data-testid': 'live-verdict' },
        t(`feedback.${kind}`, { percent: Math.round((v.verdict?.correctness ?? 0) * 100) }),
        points > 0 ? ` ${t('feedback.points', { points: formatNumber(points) })}` : '',
      ),
      right ? h('span', { class: 'live-right' }, ` ${t('live.rightAnswer', { answer: right })}`) : null,
      h(
        'span',
        { class: 'live-rank', 'data-testid': 'live-rank' },
        ` ${t('live.rank', { rank: formatNumber(v.rank), total: formatNumber(v.players) })}`,
      ),
    );
    if (!widget) replace(card, note);
  }

  function message(text: string, testId: string, ...extra: (HTMLElement | null)[]): void {
    disposeWidget();
    replace(card, h('p', { class: 'live-message', 'data-testid': testId }, text), ...extra);
  }

  function view(v: PlayerView): void {
    header(v);
    paused = v.paused;
    limit = v.limitMs;
    deadline = v.remainingMs === null || v.paused ? null : performance.now() + v.remainingMs;
    const key = `${v.phase}:${v.index}:${v.playing}`;
    const changed = key !== shown;
    shown = key;
    if (v.phase === 'lobby') message(t('live.waiting', { name: v.name }), 'live-waiting');
    else if (v.phase === 'finished') {
      if (changed) {
        const text = t('live.final', {
          rank: formatNumber(v.rank),
          total: formatNumber(v.players),
          score: formatNumber(v.score),
        });
        message(
          text,
          'live-final',
          button(t('live.back'), () => d.leave(), { class: 'secondary' }),
        );
      }
    } else if (!v.playing) message(t('live.late'), 'live-late');
    else if (v.phase === 'question') {
      if (changed && v.question) showQuestion(v);
      if (v.answered && widget) {
        card.toggleAttribute('inert', true);
        note.textContent = t('live.received');
      }
    } else if (v.phase === 'reveal' && changed) reveal(v);
    tickTime();
  }

  function tickTime(): void {
    // The ring on the map shows the seconds on a phone (the bar's text is hidden there).
    d.countdown.show(
      deadline === null ? null : Math.max(0, deadline - performance.now()),
      deadline === null ? null : limit,
    );
    const text = paused
      ? t('live.paused')
      : deadline === null
        ? ''
        : t('round.timeLeft', { seconds: Math.max(0, Math.ceil((deadline - performance.now()) / 1000)) });
    if (timeText.textContent !== text) timeText.textContent = text;
  }

  /** Keys reach the answer widget as in the solo game (numbers pick a choice, Enter confirms…). */
  function onKey(ev: KeyboardEvent): void {
    if (widget && !card.hasAttribute('inert') && widget.key(ev)) ev.preventDefault();
  }

  return {
    el: root,
    mount() {
      form(null);
      timer = window.setInterval(tickTime, 250);
      document.addEventListener('keydown', onKey);
    },
    unmount() {
      clearInterval(timer);
      document.removeEventListener('keydown', onKey);
      disposeWidget();
      d.countdown.show(null, null);
    },
    view,
    ack(a) {
      if (a.ok) note.textContent = t('live.received');
      else if (a.error === 'round/bad_response') {
        card.removeAttribute('inert');
        note.textContent = t('round.badResponse');
      } else note.textContent = liveErrorMessage(a.error ?? 'live/not_open');
    },
    status(s) {
      banner.hidden = s !== 'lost';
      banner.textContent = s === 'lost' ? t('live.reconnecting') : '';
    },
    failed(error, wasPlaying) {
      banner.hidden = true;
      if (wasPlaying)
        message(
          liveErrorMessage(error),
          'live-ended',
          button(t('live.back'), () => d.leave(), { class: 'secondary' }),
        );
      else form(error);
    },
  };
}

/** The join form: the code (filled in from a QR link) and a name. */
function joinForm(d: PhoneDeps, error: string | null): HTMLFormElement {
  const code = h('input', {
    id: 'live-code',
    'data-testid': 'live-code',
    value: d.code,
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    maxlength: '9',
  });
  const name = h('input', {
    id: 'live-name',
    'data-testid': 'live-name',
    value: d.name,
    autocomplete: 'nickname',
    maxlength: '24',
  });
  const problem = h(
    'p',
    { class: 'problem', role: 'alert', 'data-testid': 'live-error' },
    error ? liveErrorMessage(error) : '',
  );
  const f = h(
    'form',
    { class: 'live-join' },
    h('h2', {}, t('live.joinTitle')),
    h('label', { for: 'live-code' }, t('live.codeLabel')),
    code,
    h('label', { for: 'live-name' }, t('live.nameLabel')),
    name,
    h('button', { type: 'submit', class: 'primary', 'data-testid': 'live-join-go' }, t('live.joinButton')),
    problem,
    button(t('live.back'), () => d.leave(), { class: 'secondary' }),
  );
  f.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const bad = d.join(code.value, name.value);
    problem.textContent = bad ? liveErrorMessage(bad) : t('live.joining');
  });
  return f;
}
