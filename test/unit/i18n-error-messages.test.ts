import { beforeAll, describe, expect, it } from 'vitest';
import { LINK_ERRORS } from '../../src/core/share/roundLink.ts';
import { RESULT_ERRORS } from '../../src/core/share/resultErrors.ts';
import { STORAGE_PROBLEMS } from '../../src/core/storage/problems.ts';
import { errorMessage, liveErrorMessage, recordProblemMessage } from '../../src/i18n/errorMessages.ts';
import { initI18n, setLanguage } from '../../src/i18n/index.ts';

const CODES = [...STORAGE_PROBLEMS, ...LINK_ERRORS, ...RESULT_ERRORS];

describe('error codes in words', () => {
  beforeAll(async () => {
    await initI18n('en', ['en']);
  });

  it('tells every storage, link and result error in English and in French, each in its own words', async () => {
    await setLanguage('en');
    const en = CODES.map(errorMessage);
    await setLanguage('fr');
    const fr = CODES.map(errorMessage);
    for (const [i, code] of CODES.entries()) {
      expect(en[i], code).toMatch(/\w{3,}.*\w{3,}/);
      expect(fr[i], code).toMatch(/\w{3,}.*\w{3,}/);
      expect(fr[i], code).not.toBe(en[i]);
    }
    expect(new Set(en.filter((_, i) => CODES[i]?.startsWith('link/'))).size).toBe(LINK_ERRORS.length);
    expect(new Set(en.filter((_, i) => CODES[i]?.startsWith('result/'))).size).toBe(RESULT_ERRORS.length);
  });

  it('tells a live code from the server, and a general message for a code it does not know', async () => {
    await setLanguage('en');
    const unreachable = liveErrorMessage('live/unreachable');
    expect(liveErrorMessage('live/name_empty')).toMatch(/name/i);
    expect(liveErrorMessage('live/name_empty')).not.toBe(unreachable);
    expect(liveErrorMessage('round/not_asking')).not.toBe(unreachable);
    expect(liveErrorMessage('round/bad_response')).toBe(unreachable);
    expect(liveErrorMessage('toString')).toBe(unreachable);
    // A share or storage code sent by the server is not a live error.
    expect(liveErrorMessage('link/corrupt')).toBe(unreachable);
  });

  it('names the record a storage problem is about, except when the whole storage is full or missing', async () => {
    await setLanguage('en');
    expect(recordProblemMessage('storage/corrupt', 'Your progress')).toContain('Your progress');
    expect(recordProblemMessage('storage/full', 'Your progress')).toBe(errorMessage('storage/full'));
  });
});
