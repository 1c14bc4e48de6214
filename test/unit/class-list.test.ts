import { describe, expect, test } from 'vitest';
import { parseClassList } from '../../src/core/classList/parse.ts';
import { confirmKey, editDistance, foldName, matchRoster } from '../../src/core/classList/match.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** Latin-1 bytes, as an old spreadsheet saves "Aïcha;Hervé". */
const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe('parseClassList', () => {
  test('commas, semicolons, BOM, header or none', () => {
    expect(parseClassList(utf8('Name\nAwa Diallo\nMoussa Traoré\n'))).toMatchObject({
      ok: true,
      names: ['Awa Diallo', 'Moussa Traoré'],
    });
    expect(parseClassList(utf8('\uFEFFNom;Prénom;Classe\r\nDiallo;Awa;4B\r\nTraoré;Moussa;4B\r\n'))).toMatchObject({
      ok: true,
      names: ['Awa Diallo', 'Moussa Traoré'],
      encoding: 'utf-8',
    });
    expect(parseClassList(utf8('"Diallo, Awa",4B\n"Traoré, Moussa",4B\n'))).toMatchObject({
      ok: true,
      names: ['Diallo, Awa', 'Traoré, Moussa'],
    });
  });

  test('Latin-1 (Windows-1252) is recognised when the bytes are not UTF-8', () => {
    const r = parseClassList(latin1('Nom;Prénom\nN\u00efger;A\u00efcha\nHerv\u00e9;L\u00e9a\n'));
    expect(r).toMatchObject({ ok: true, encoding: 'latin-1', names: ['Aïcha Nïger', 'Léa Hervé'] });
  });

  test('bad input gets a message key, never an exception', () => {
    expect(parseClassList(new Uint8Array())).toEqual({ ok: false, error: 'classList.empty' });
    expect(parseClassList(utf8(' \n;;\n,,\n'))).toEqual({ ok: false, error: 'classList.empty' });
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(parseClassList(png)).toEqual({ ok: false, error: 'classList.binary' });
    expect(parseClassList(new Uint8Array(600 * 1024).fill(65))).toEqual({ ok: false, error: 'classList.tooLarge' });
    const many = Array.from({ length: 5000 }, (_, i) => `Student ${i}`).join('\n');
    const t0 = performance.now();
    expect(parseClassList(utf8(`Name\n${many}`))).toMatchObject({ ok: false, error: 'classList.tooMany', count: 5000 });
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  test('a formula in a cell stays a name (shown as text, guarded in any CSV the page writes)', () => {
    expect(parseClassList(utf8('Name\n=HYPERLINK("http://x.example";"a")\nAwa\n'))).toMatchObject({
      ok: true,
      names: ['=HYPERLINK("http://x.example";"a")', 'Awa'],
    });
  });
});

describe('matchRoster', () => {
  test('exact names count; case, accents, order and typos wait for the teacher', () => {
    const list = ['Awa Diallo', 'Aïcha Ouédraogo', 'Moussa Traoré', 'Ibrahim Sani', 'Fatou Ba'];
    const sent = ['Awa Diallo', 'aicha ouedraogo', 'Traoré Moussa', 'Ibrahm Sani', 'Someone Else'];
    const m = matchRoster(list, sent, new Set());
    expect(m.rows.map((r) => [r.name, r.status, r.status === 'confirm' ? r.why : ''])).toEqual([
      ['Awa Diallo', 'sent', ''],
      ['Aïcha Ouédraogo', 'confirm', 'case'],
      ['Moussa Traoré', 'confirm', 'order'],
      ['Ibrahim Sani', 'confirm', 'typo'],
      ['Fatou Ba', 'missing', ''],
    ]);
    expect(m.unlisted).toEqual(['Someone Else']);
    expect(m.missing).toBe(4);
    const after = matchRoster(list, sent, new Set([confirmKey('Ibrahim Sani', 'Ibrahm Sani')]));
    expect(after.rows[3]).toEqual({ name: 'Ibrahim Sani', status: 'sent', result: 'Ibrahm Sani' });
    expect(after.missing).toBe(3);
  });

  test('short names need an exact spelling; a result is matched once', () => {
    expect(matchRoster(['Ali'], ['Ala'], new Set()).rows[0]?.status).toBe('missing');
    const m = matchRoster(['Awa Diallo', 'Awa Dialo'], ['Awa Diallo'], new Set());
    expect(m.rows.map((r) => r.status)).toEqual(['sent', 'missing']);
  });

  test('helpers', () => {
    expect(foldName('  Aïcha  DIALLO-Ba ')).toBe('aicha diallo ba');
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  });
});
