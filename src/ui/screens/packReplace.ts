/**
 * Asked before a pack from a link or a file replaces a different pack saved with the same id:
 * the saved one is kept unless the player chooses to replace it. Titles are shown as text.
 */
import { t } from '../../i18n/index.ts';
import { button, h, replace } from '../dom.ts';

export function askReplace(root: HTMLElement, id: string, saved: string, incoming: string): Promise<boolean> {
  return new Promise((resolve) => {
    const heading = h('h1', { tabindex: -1 }, t('authored.replaceHeading'));
    replace(
      root,
      // Laid out as the title screen: a card over the map.
      h(
        'main',
        { class: 'screen title', 'data-screen': 'pack-replace' },
        h(
          'section',
          { class: 'card title-card', 'aria-labelledby': 'pack-replace-heading' },
          heading,
          h('p', {}, t('authored.replaceQuestion', { id, saved, incoming })),
          h(
            'div',
            { class: 'actions' },
            button(t('authored.keep'), () => resolve(false), { 'data-testid': 'pack-keep', class: 'primary' }),
            button(t('authored.replace'), () => resolve(true), { 'data-testid': 'pack-replace' }),
          ),
        ),
      ),
    );
    heading.id = 'pack-replace-heading';
    document.documentElement.dataset.ready = 'pack-replace';
    heading.focus();
  });
}
