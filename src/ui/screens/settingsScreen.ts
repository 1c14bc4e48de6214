import type { TimeScale } from '../../core/round/types.ts';
import { TIME_SCALES, type Settings } from '../../core/settings.ts';
import { availableLanguages, currentLanguage, formatNumber, formatPercent, t } from '../../i18n/index.ts';
import { button, h } from '../dom.ts';
import { radioGroup } from '../radioGroup.ts';
import type { Screen } from '../../ports/screen.ts';
import './settingsScreen.css';

export interface SettingsActions {
  current(): Settings;
  /** Saves a change; returns a message to show when it could not be kept, else null. */
  change(change: Partial<Settings>): string | null;
  setLanguage(code: string): void;
  /** Back to the defaults; the app redraws this screen. */
  reset(): void;
  back(): void;
  /** The standard time per question at ×1, to show what each choice means in seconds. */
  baseTimeLimitMs: number;
  /** Control to focus when the screen appears (after a redraw), and a message to announce. */
  focus?: string | undefined;
  message?: (() => string) | undefined;
}

let uid = 0;

/** What each group of controls needs: the screen's number (for unique ids), the settings, and how to save. */
interface Group {
  n: number;
  s: Settings;
  change: (c: Partial<Settings>) => void;
}

/**
 * Time limit, reading, motion, sound and language, each a real form control with a label, saved
 * as soon as it changes. Reset asks first, in a modal dialog.
 */
export function settingsScreen(a: SettingsActions): Screen {
  const s = a.current();
  const n = ++uid;
  const status = h('p', { class: 'settings-status', role: 'status', 'data-testid': 'settings-status' });
  const say = (problem: string | null) => {
    // Re-set the text so the same words are announced again.
    status.textContent = '';
    status.textContent = problem ?? t('settings.saved');
    status.classList.toggle('problem', problem !== null);
  };
  const change = (c: Partial<Settings>) => say(a.change(c));
  const g: Group = { n, s, change };

  const time = timeGroup(g, a.baseTimeLimitMs);
  const reading = readingGroup(g);
  const motion = motionGroup(g);
  const sound = soundGroup(g);
  const { language, lang } = languageGroup(n, a);
  const { dialog, resetBtn } = resetDialog(n, a);

  const heading = h('h1', { tabindex: '-1' }, t('settings.title'));
  const back = button(t('settings.back'), () => a.back(), { class: 'primary', 'data-testid': 'settings-back' });
  const el = h(
    'main',
    { class: 'screen settings', 'data-screen': 'settings' },
    h(
      'section',
      { class: 'card settings-card', 'aria-labelledby': 'settings-h1' },
      heading,
      h('p', { class: 'tagline' }, t('settings.intro')),
      time,
      reading,
      motion,
      sound,
      language,
      status,
      h('div', { class: 'actions' }, back, resetBtn),
      dialog,
    ),
  );
  heading.id = 'settings-h1';
  const focusable: Record<string, HTMLElement> = { language: lang, reset: resetBtn };

  return {
    el,
    mount() {
      ((a.focus ? focusable[a.focus] : undefined) ?? heading).focus();
      if (a.message) status.textContent = a.message();
    },
    unmount() {
      if (dialog.open) dialog.close();
    },
  };
}

function radios<V>(
  g: Group,
  name: string,
  legend: string,
  options: { value: V; label: string; testId: string }[],
  selected: V,
  onPick: (v: V) => void,
  hint?: string,
) {
  return radioGroup({
    name: `${name}-${g.n}`,
    legend,
    choices: options,
    selected,
    onPick,
    classes: { group: 'choice-group', choice: 'option' },
    ...(hint ? { hint: { id: `${name}-hint-${g.n}`, text: hint } } : {}),
  });
}

/** The time per question: off, or a multiple of the standard time, said in seconds too. */
function timeGroup(g: Group, baseTimeLimitMs: number): HTMLElement {
  const seconds = (scale: number) => formatNumber(Math.round((baseTimeLimitMs * scale) / 1000));
  return radios<TimeScale>(
    g,
    'time',
    t('settings.timeLegend'),
    TIME_SCALES.map((scale) => ({
      value: scale,
      label:
        scale === null
          ? t('settings.timeOff')
          : t('settings.timeScale', { scale: formatNumber(scale), seconds: seconds(scale) }),
      testId: `time-${scale ?? 'off'}`,
    })),
    g.s.timeScale,
    (timeScale) => g.change({ timeScale }),
    t('settings.timeHint'),
  );
}

function readingGroup(g: Group): HTMLElement {
  const largeText = h('input', { type: 'checkbox', checked: g.s.largeText, 'data-testid': 'large-text' });
  largeText.addEventListener('change', () => g.change({ largeText: largeText.checked }));
  return h(
    'fieldset',
    { class: 'choice-group' },
    h('legend', {}, t('settings.textLegend')),
    h('label', { class: 'option' }, largeText, h('span', {}, t('settings.largeText'))),
  );
}

function motionGroup(g: Group): HTMLElement {
  return radios<boolean | null>(
    g,
    'motion',
    t('settings.motionLegend'),
    [
      { value: null, label: t('settings.motionSystem'), testId: 'motion-system' },
      { value: true, label: t('settings.motionReduce'), testId: 'motion-reduce' },
      { value: false, label: t('settings.motionAllow'), testId: 'motion-allow' },
    ],
    g.s.reducedMotion,
    (reducedMotion) => g.change({ reducedMotion }),
  );
}

/** Sound on or off, and the two volumes. */
function soundGroup(g: Group): HTMLElement {
  const soundOn = h('input', { type: 'checkbox', checked: !g.s.muted, 'data-testid': 'sound-on' });
  soundOn.addEventListener('change', () => g.change({ muted: !soundOn.checked }));
  return h(
    'fieldset',
    { class: 'choice-group', 'aria-describedby': `sound-hint-${g.n}` },
    h('legend', {}, t('settings.soundLegend')),
    h('p', { class: 'hint', id: `sound-hint-${g.n}` }, t('settings.soundHint')),
    h('label', { class: 'option' }, soundOn, h('span', {}, t('settings.soundOn'))),
    volume(g, 'effectsVolume', t('settings.effectsVolume')),
    volume(g, 'musicVolume', t('settings.musicVolume')),
  );
}

/** A volume slider with its percentage shown; saved when let go. */
function volume(g: Group, key: 'effectsVolume' | 'musicVolume', label: string): HTMLElement {
  const id = `${key}-${g.n}`;
  const value = Math.round(g.s[key] * 100);
  const slider = h('input', {
    type: 'range',
    id,
    min: 0,
    max: 100,
    step: 5,
    value,
    'aria-valuetext': formatPercent(value / 100),
    'data-testid': key,
  });
  const shown = h(
    'output',
    { for: id, 'aria-hidden': 'true', 'data-testid': `${key}-value` },
    formatPercent(value / 100),
  );
  const show = () => {
    const text = formatPercent(Number(slider.value) / 100);
    shown.textContent = text;
    slider.setAttribute('aria-valuetext', text);
  };
  slider.addEventListener('input', show);
  slider.addEventListener('change', () => {
    show();
    g.change({ [key]: Number(slider.value) / 100 });
  });
  return h(
    'div',
    { class: 'volume' },
    h('label', { for: id }, label),
    h('div', { class: 'volume-row' }, slider, shown),
  );
}

function languageGroup(n: number, a: SettingsActions): { language: HTMLElement; lang: HTMLSelectElement } {
  const langId = `settings-language-${n}`;
  const lang = h(
    'select',
    { id: langId, 'data-testid': 'settings-language' },
    ...availableLanguages().map((l) =>
      h('option', { value: l.code, lang: l.code, selected: l.code === currentLanguage() }, l.name),
    ),
  );
  lang.addEventListener('change', () => a.setLanguage(lang.value));
  const language = h(
    'div',
    { class: 'choice-group language' },
    h('label', { for: langId, class: 'legend' }, t('settings.languageLegend')),
    lang,
  );
  return { language, lang };
}

/** Reset asks first in a modal dialog; closing it gives the focus back to Reset. */
function resetDialog(n: number, a: SettingsActions): { dialog: HTMLDialogElement; resetBtn: HTMLButtonElement } {
  const confirmTitle = `reset-title-${n}`;
  const dialog = h(
    'dialog',
    {
      class: 'card confirm',
      'aria-labelledby': confirmTitle,
      'aria-describedby': `reset-text-${n}`,
      'data-testid': 'reset-dialog',
    },
    h('h2', { id: confirmTitle }, t('settings.resetTitle')),
    h('p', { id: `reset-text-${n}` }, t('settings.resetText')),
    h(
      'div',
      { class: 'actions' },
      button(t('settings.resetNo'), () => dialog.close(), { class: 'secondary', 'data-testid': 'reset-no' }),
      button(
        t('settings.resetYes'),
        () => {
          dialog.close();
          a.reset();
        },
        { class: 'primary', 'data-testid': 'reset-yes' },
      ),
    ),
  );
  const resetBtn = button(t('settings.reset'), () => dialog.showModal(), {
    class: 'secondary',
    'data-testid': 'reset',
    'aria-haspopup': 'dialog',
  });
  dialog.addEventListener('close', () => {
    if (resetBtn.isConnected) resetBtn.focus();
  });
  return { dialog, resetBtn };
}
