import { describe, expect, it } from 'vitest';
import { fileStem, foldText, withoutAccents } from '../../src/core/fold.ts';
import { foldName } from '../../src/core/classList/match.ts';
import { cleanName, uniqueName } from '../../src/core/live/names.ts';
import { exportFileName } from '../../src/core/export/index.ts';

describe('accent folding, one rule', () => {
  it('drops accents and compatibility forms, and lower-cases for comparing', () => {
    expect(withoutAccents('Aïcha Ñdiaye, État, ﬁn')).toBe('Aicha Ndiaye, Etat, fin');
    expect(foldText('ÉTAT islamique')).toBe('etat islamique');
    expect(foldText('Tchad')).toBe(foldText('TCHAD'));
  });

  it('makes file names from typed titles: plain letters and digits, dashes between, at most 40', () => {
    expect(fileStem('Niger : la semaine du coup !')).toBe('niger-la-semaine-du-coup');
    expect(fileStem('Aïcha M.', true)).toBe('Aicha-M');
    expect(fileStem('¿¡!')).toBe('');
    expect(fileStem('x'.repeat(60))).toHaveLength(40);
    expect(exportFileName('Côte d’Ivoire', 'gift')).toMatch(/^cote-d-ivoire\./);
  });

  it('is the rule class lists and live names compare by', () => {
    expect(foldName('  Aïcha  DIALLO ')).toBe('aicha diallo');
    expect(uniqueName('Aicha', ['AÏCHA'])).toBe('Aicha 2');
    expect(cleanName('Àïcha').ok).toBe(true);
  });
});
