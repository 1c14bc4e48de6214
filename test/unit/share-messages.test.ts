import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shareMessageKey } from '../../src/core/share/messageKey.ts';
import { LINK_ERRORS } from '../../src/core/share/roundLink.ts';
import { RESULT_ERRORS } from '../../src/core/share/resultErrors.ts';

function ui(lng: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../locales/${lng}/ui.json`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;
}

function lookup(doc: Record<string, unknown>, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
      doc,
    );
}

describe('share error messages', () => {
  const en = ui('en');
  const fr = ui('fr');

  it.each([...LINK_ERRORS, ...RESULT_ERRORS])('%s has an English and a French message', (code) => {
    const key = shareMessageKey(code);
    expect(key.endsWith(code.replace('/', '.'))).toBe(true);
    const e = lookup(en, key);
    const f = lookup(fr, key);
    expect(typeof e === 'string' && e.length > 20).toBe(true);
    expect(typeof f === 'string' && f.length > 20).toBe(true);
    expect(f).not.toBe(e);
  });
});
