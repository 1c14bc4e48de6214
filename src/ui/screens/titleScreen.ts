import { availableLanguages, currentLanguage, t } from '../../i18n/index.ts';
import { button, h } from '../dom.ts';
import { afterTap } from '../later.ts';
import type { PackChoice } from '../../core/progress/packChoice.ts';
import { packList } from './packList.ts';
import type { Screen } from '../../ports/screen.ts';

export interface TitleActions {
  play(): void;
  setLanguage(code: string): void;
  setMuted(muted: boolean): void;
  muted(): boolean;
  /** Extra entries (practice, teachers, progress, settings) added by the features that own them. */
  extras?: { label: string; testId: string; run(): void }[];
  /** A message to show once (e.g. storage unavailable). */
  notice?: string | null;
  /** Under the name and at the foot: the pack's own title and source when it is not the article. */
  tagline?: string;
  credit?: string;
  /** The packs to choose from, listed only when there is more than one, and the address that opens one. */
  packs?: { choices: readonly PackChoice[]; href(id: string): string };
}

export function titleScreen(a: TitleActions): Screen {
  const langSelect = h(
    'select',
    { id: 'language', 'data-testid': 'language' },
    ...availableLanguages().map((l) =>
      h('option', { value: l.code, lang: l.code, selected: l.code === currentLanguage() }, l.name),
    ),
  );
  langSelect.addEventListener('change', () => a.setLanguage(langSelect.value));
  const sound = button(
    '',
    () => {
      a.setMuted(!a.muted());
      drawSound();
    },
    { class: 'sound-toggle', 'data-testid': 'sound-toggle' },
  );
  function drawSound(): void {
    const muted = a.muted();
    sound.setAttribute('aria-pressed', String(!muted));
    sound.textContent = t(muted ? 'title.soundOff' : 'title.soundOn');
  }
  drawSound();
  const play = button(t('title.play'), () => startRound(), { class: 'primary big', 'data-testid': 'play' });
  const startRound = afterTap(play, () => a.play());
  const el = h(
    'main',
    { class: 'screen title', 'data-screen': 'title' },
    h(
      'section',
      { class: 'card title-card' },
      h('h1', {}, t('title.name')),
      h('p', { class: 'tagline' }, a.tagline ?? t('title.tagline')),
      a.notice ? h('p', { class: 'notice', role: 'status' }, a.notice) : null,
      a.packs ? packList(a.packs.choices, a.packs.href) : null,
      play,
      ...(a.extras ?? []).map((x) => button(x.label, () => x.run(), { 'data-testid': x.testId, class: 'secondary' })),
      h('div', { class: 'options' }, h('label', { for: 'language' }, t('language.label')), langSelect, sound),
      h('p', { class: 'credit' }, a.credit ?? t('title.source')),
    ),
  );
  return {
    el,
    mount() {
      play.focus();
    },
    unmount() {},
  };
}
