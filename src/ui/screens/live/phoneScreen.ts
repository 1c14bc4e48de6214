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
  const ui = new PhoneUi(d);
  return {
    el: ui.root,
    mount() {
      ui.form(null);
      ui.timer = window.setInterval(() => ui.tickTime(), 250);
      document.addEventListener('keydown', ui.onKey);
    },
    unmount() {
      clearInterval(ui.timer);
      document.removeEventListener('keydown', ui.onKey);
      ui.disposeWidget();
      d.countdown.show(null, null);
    },
    view: (v) => ui.view(v),
    ack(a) {
      if (a.ok) ui.note.textContent = t('live.received');
      else if (a.error === 'round/bad_response') {
        ui.card.removeAttribute('inert');
        ui.note.textContent = t('round.badResponse');
      } else ui.note.textContent = liveErrorMessage(a.error ?? 'live/not_open');
    },
    status(s) {
      ui.banner.hidden = s !== 'lost';
      ui.banner.textContent = s === 'lost' ? t('live.reconnecting') : '';
    },
    failed(error, wasPlaying) {
      ui.banner.hidden = true;
      if (wasPlaying)
        ui.message(
          liveErrorMessage(error),
          'live-ended',
          button(t('live.back'), () => d.leave(), { class: 'secondary' }),
        );
      else ui.form(error);
    },
  };
}

/** The phone screen's parts and state, and how each view from the server is drawn on them. */
class PhoneUi {
  readonly banner = h('p', { class: 'live-banner', role: 'status', 'data-testid': 'live-status', hidden: true });
  readonly bar = h('header', { class: 'round-bar' });
  readonly card = h('section', { class: 'card question live-phone-card', 'data-testid': 'live-phone' });
  readonly root = h(
    'main',
    { class: 'screen round live-phone', 'data-screen': 'live-phone' },
    h('h1', { class: 'visually-hidden' }, t('live.phoneHeading')),
    this.bar,
    this.banner,
    this.card,
  );
  widget: AnswerWidget | null = null;
  shown = '';
  question: Question | null = null;
  deadline: number | null = null;
  paused = false;
  limit: number | null = null;
  timer = 0;
  readonly timeText = h('p', { class: 'time-left', 'data-testid': 'time-left' });
  readonly note = h('p', { class: 'live-note', role: 'status', 'data-testid': 'live-note' });

  constructor(private readonly d: PhoneDeps) {}

  form(error: string | null): void {
    this.disposeWidget();
    this.shown = 'form';
    replace(this.bar);
    replace(this.card, joinForm(this.d, error));
    this.card.querySelector<HTMLInputElement>(this.d.code ? '#live-name' : '#live-code')?.focus();
  }

  disposeWidget(): void {
    this.widget?.dispose?.();
    this.widget = null;
    this.question = null;
  }

  header(v: PlayerView): void {
    replace(
      this.bar,
      h('p', { class: 'progress' }, v.index >= 0 ? t('round.progress', { n: v.index + 1, total: v.count }) : v.code),
      h('p', { class: 'score', 'data-testid': 'live-score' }, t('round.score', { score: formatNumber(v.score) })),
      this.timeText,
    );
  }

  showQuestion(v: PlayerView): void {
    this.disposeWidget();
    const q = v.question as Question;
    this.question = q;
    const text = questionText(q);
    this.widget = answerWidget(
      {
        question: q,
        text,
        place: placeName,
        map: this.d.map,
        submit: (r) => {
          if (!this.d.answer(v.index, r)) this.note.textContent = t('live.notSent');
          else {
            this.card.toggleAttribute('inert', true);
            this.note.textContent = t('live.sending');
          }
        },
      },
      v.index,
    );
    this.note.textContent = '';
    this.card.removeAttribute('inert');
    this.card.dataset.questionType = q.type;
    this.card.dataset.questionId = q.id;
    replace(this.card, h('h2', { id: 'prompt', class: 'prompt' }, text.prompt), this.note, this.widget.el);
    this.widget.focus();
  }

  verdictOf(v: PlayerView): Verdict {
    return v.verdict ? answerVerdict(v.verdict.response, v.verdict.correctness) : 'timeout';
  }

  reveal(v: PlayerView): void {
    const kind = this.verdictOf(v);
    const points = v.verdict?.points ?? 0;
    if (this.widget && v.correct) this.widget.reveal(v.correct, v.verdict?.response ?? null);
    this.card.removeAttribute('inert');
    const right =
      this.question && v.correct ? responseText(this.question, v.correct, currentTexts(this.d.bank.question)) : '';
    replace(
      this.note,
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
    if (!this.widget) replace(this.card, this.note);
  }

  message(text: string, testId: string, ...extra: (HTMLElement | null)[]): void {
    this.disposeWidget();
    replace(this.card, h('p', { class: 'live-message', 'data-testid': testId }, text), ...extra);
  }

  view(v: PlayerView): void {
    this.header(v);
    this.paused = v.paused;
    this.limit = v.limitMs;
    this.deadline = v.remainingMs === null || v.paused ? null : performance.now() + v.remainingMs;
    const key = `${v.phase}:${v.index}:${v.playing}`;
    const changed = key !== this.shown;
    this.shown = key;
    if (v.phase === 'lobby') this.message(t('live.waiting', { name: v.name }), 'live-waiting');
    else if (v.phase === 'finished') {
      if (changed) {
        const text = t('live.final', {
          rank: formatNumber(v.rank),
          total: formatNumber(v.players),
          score: formatNumber(v.score),
        });
        this.message(
          text,
          'live-final',
          button(t('live.back'), () => this.d.leave(), { class: 'secondary' }),
        );
      }
    } else if (!v.playing) this.message(t('live.late'), 'live-late');
    else if (v.phase === 'question') {
      if (changed && v.question) this.showQuestion(v);
      if (v.answered && this.widget) {
        this.card.toggleAttribute('inert', true);
        this.note.textContent = t('live.received');
      }
    } else if (v.phase === 'reveal' && changed) this.reveal(v);
    this.tickTime();
  }

  tickTime(): void {
    // The ring on the map shows the seconds on a phone (the bar's text is hidden there).
    this.d.countdown.show(
      this.deadline === null ? null : Math.max(0, this.deadline - performance.now()),
      this.deadline === null ? null : this.limit,
    );
    const text = this.paused
      ? t('live.paused')
      : this.deadline === null
        ? ''
        : t('round.timeLeft', { seconds: Math.max(0, Math.ceil((this.deadline - performance.now()) / 1000)) });
    if (this.timeText.textContent !== text) this.timeText.textContent = text;
  }

  /** Keys reach the answer widget as in the solo game (numbers pick a choice, Enter confirms…). */
  readonly onKey = (ev: KeyboardEvent): void => {
    if (this.widget && !this.card.hasAttribute('inert') && this.widget.key(ev)) ev.preventDefault();
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
