/** The builder's live summary: how many questions, how long, which types and topics, the settings. */
import { topicName } from '../../../i18n/texts.ts';
import type { ContentPack, QuestionType } from '../../../core/content/types.ts';
import type { Assignment } from '../../../core/share/assignment.ts';
import { summarizeAssignment, type FormResult, type RoundSummary } from '../../../core/teacher/roundForm.ts';
import { availableLanguages, formatDuration, formatNumber, t } from '../../../i18n/index.ts';
import { h, replace } from '../../dom.ts';
import { icon } from '../../icons.ts';

/** "Multiple choice (4 · 30 s each)": how many of a type, and the time each gets under the time rule. */
function typeLine(
  type: QuestionType,
  count: number,
  times: readonly { type: QuestionType; minMs: number; maxMs: number }[],
): string {
  const name = t(`answerKey.types.${type}`);
  const time = times.find((x) => x.type === type);
  if (!time) return `${name} (${formatNumber(count)})`;
  const each =
    time.minMs === time.maxMs
      ? formatDuration(time.minMs)
      : t('play.timeRange', { min: formatDuration(time.minMs), max: formatDuration(time.maxMs) });
  return t('play.typeTime', { type: name, n: formatNumber(count), time: each });
}

function facts(a: Assignment, s: RoundSummary, pack: ContentPack): HTMLElement {
  const sep = t('answer.listSeparator');
  const lang =
    a.language === null
      ? t('builder.form.studentChoice')
      : (availableLanguages().find((l) => l.code === a.language)?.name ?? a.language);
  const row = (testId: string, text: string) => h('li', { 'data-testid': testId }, text);
  return h(
    'ul',
    { class: 'tp-facts' },
    row(
      'summary-duration',
      s.durationMs === null
        ? t('builder.summary.untimed')
        : t('builder.summary.duration', { duration: formatDuration(s.durationMs) }),
    ),
    row(
      'summary-types',
      `${t('builder.summary.types')} ${s.types.map((x) => typeLine(x.type, x.count, s.typeTimes)).join(sep)}`,
    ),
    row(
      'summary-topics',
      `${t('builder.summary.topics')} ${s.topics.map((x) => `${topicName(x.topic, pack.id)} (${formatNumber(x.count)})`).join(sep)}`,
    ),
    row('summary-language', t('builder.summary.language', { language: lang })),
    row(
      'summary-time-change',
      t(a.timeLimitMs !== null && a.allowTimeChange ? 'builder.summary.timeChange' : 'builder.summary.noTimeChange'),
    ),
    row('summary-shuffle', t(a.shuffle ? 'builder.summary.shuffled' : 'builder.summary.fixedOrder')),
    row('summary-explain', t(a.explainDuringRound ? 'builder.summary.explainDuring' : 'builder.summary.explainEnd')),
  );
}

export function renderSummary(el: HTMLElement, r: FormResult, pack: ContentPack): void {
  const heading = h('h2', { id: 'tp-summary-h' }, t('builder.summary.heading'));
  if (!r.ok) {
    replace(
      el,
      heading,
      h(
        'p',
        { class: 'problem' },
        h('span', { class: 'icon', 'aria-hidden': 'true' }, icon('warning')),
        ` ${t('builder.summary.problems')}`,
      ),
      h('ul', { class: 'problem', 'data-testid': 'form-errors' }, ...r.errors.map((e) => h('li', {}, t(e)))),
    );
    return;
  }
  const s = summarizeAssignment(r.value, pack);
  const count = s.count;
  replace(
    el,
    heading,
    h('p', { class: 'tp-big', 'data-testid': 'summary-count' }, t('builder.summary.count', { count })),
    r.short
      ? h(
          'p',
          { class: 'notice', 'data-testid': 'summary-short' },
          t('builder.summary.short', { n: formatNumber(count) }),
        )
      : null,
    facts(r.value, s, pack),
  );
}
