/**
 * The packs to choose from on the title screen (shown only when the game ships more than one):
 * each with its title, its source's date (or "from the map data") and the student's progress.
 * A pack is a link to the same page with `?pack=<id>`, so it works with a keyboard, a screen
 * reader and "open in a new tab" alike.
 */
import type { PackChoice } from '../../core/progress/packChoice.ts';
import { packSourceText, packTitle } from '../../i18n/texts.ts';
import { formatNumber, t } from '../../i18n/index.ts';
import { h } from '../dom.ts';

/** `href` is the address that opens a pack. */
export function packList(choices: readonly PackChoice[], href: (id: string) => string): HTMLElement | null {
  if (choices.length < 2) return null;
  return h(
    'nav',
    { class: 'pack-list', 'aria-labelledby': 'pack-list-heading', 'data-testid': 'pack-list' },
    h('h2', { id: 'pack-list-heading' }, t('packs.heading')),
    h(
      'ul',
      {},
      ...choices.map((c) => {
        const when = packSourceText(c.loaded.meta.source);
        return h(
          'li',
          { 'data-pack': c.id },
          h(
            'a',
            { href: href(c.id), 'data-testid': `pack-${c.id}`, ...(c.active ? { 'aria-current': 'page' } : {}) },
            h('span', { class: 'pack-title' }, packTitle(c.id)),
            h('span', { class: 'pack-source' }, when),
            h(
              'span',
              { class: 'pack-progress' },
              t('packs.progress', { mastered: formatNumber(c.mastered), total: formatNumber(c.total) }),
            ),
            c.active ? h('span', { class: 'pack-current' }, t('packs.current')) : null,
          ),
        );
      }),
    ),
  );
}
