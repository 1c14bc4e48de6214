/**
 * A translation whose {{…}} placeholders differ from English never reaches the screen: the game leaves
 * the text out (so English shows for it) and the build names the file and key.
 */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { translationCheck, translationWarnings } from '../../scripts/vite-plugin-i18n.ts';
import { withoutBrokenPlaceholders } from '../../src/i18n/placeholders.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/locales');

describe('withoutBrokenPlaceholders', () => {
  const english = {
    title: { score: 'Score: {{score}} of {{total}}', start: 'Start' },
    round: { n_one: '{{count}} question', n_other: '{{count}} questions', of: '{{count, number}} of $t(title.start)' },
  };

  it('leaves out a renamed placeholder and keeps everything else', () => {
    const r = withoutBrokenPlaceholders(english, {
      title: { score: 'Punkte: {{punkte}} von {{total}}', start: 'Starten' },
    });
    expect(r.dropped).toEqual(['title.score']);
    expect(r.data).toEqual({ title: { start: 'Starten' } });
  });

  it('accepts moved placeholders, formats, a "one" form that spells the number out, and extra plural forms', () => {
    const r = withoutBrokenPlaceholders(english, {
      title: { score: '{{total}} : {{score}}' },
      round: {
        n_one: 'une seule question',
        n_many: '{{count}} de questions',
        n_other: '{{count}} questions',
        of: '{{count}} sur $t(title.start)',
      },
    });
    expect(r.dropped).toEqual([]);
  });

  it('leaves out a missing placeholder, an extra one, and a plural form without its count', () => {
    const r = withoutBrokenPlaceholders(english, {
      title: { score: 'Score {{score}}', start: 'Start {{name}}' },
      round: { n_many: 'beaucoup de questions', of: '{{count}} de $t(title.stat)' },
    });
    expect(r.dropped.sort()).toEqual(['round.n_many', 'round.of', 'title.score', 'title.start']);
  });

  it('keeps texts English does not have (the checker reports those)', () => {
    expect(withoutBrokenPlaceholders(english, { extra: { x: '{{y}}' } }).dropped).toEqual([]);
  });
});

describe('the build', () => {
  it('names each text whose placeholders differ, by file and key, and each unreadable file', () => {
    const warnings = translationWarnings(FIXTURES);
    expect(warnings).toContainEqual(
      expect.stringMatching(/^locales\/de\/ui\.json: title\.score: .*\{\{punkte\}\}.*English/),
    );
    expect(warnings).toContainEqual(expect.stringMatching(/^locales\/es\/questions\.json: the file cannot be read/));
    expect(warnings.filter((w) => w.startsWith('locales/fr/') || w.startsWith('locales/en/'))).toEqual([]);
  });

  it('prints them as Vite warnings when it starts', () => {
    const plugin = translationCheck(FIXTURES);
    const warn = vi.fn();
    (plugin.buildStart as (this: unknown) => void).call({ warn });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('locales/de/ui.json: title.score'));
  });

  it('has nothing to say about the shipped languages', () => {
    expect(translationWarnings(join(import.meta.dirname, '../../locales'))).toEqual([]);
  });
});
