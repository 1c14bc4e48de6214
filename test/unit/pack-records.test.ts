/** Each pack keeps its own records; the default pack's stay where they always were; settings are shared. */
import { describe, expect, it } from 'vitest';
import { emptyProgress, loadProgress, recordAnswer, saveProgress } from '../../src/core/progress/index.ts';
import { defaultSettings, loadSettings, saveSettings } from '../../src/core/settings.ts';
import { createMemoryStore } from '../../src/core/storage/index.ts';
import { packRecordStore } from '../../src/core/storage/packScoped.ts';

const DEFAULT = 'niger-coup-2023';
/** Recorded from the game before packs existed: localStorage after one right answer about a fact. */
const BEFORE_PACKS = {
  'sahel-quiz:progress':
    '{"v":1,"data":{"version":1,"facts":{"niger-capital":{"box":2,"lastSeen":1795996800000,"due":1796083200000,"right":1,"wrong":0,"lastQuestionId":"geo-capital-map"}},"confusions":{}}}',
};

describe('records per pack', () => {
  it('reads progress stored before packs existed as the default pack’s, unchanged', () => {
    const kv = createMemoryStore(BEFORE_PACKS);
    const loaded = loadProgress(packRecordStore(kv, 'sahel-quiz', DEFAULT, DEFAULT));
    expect(loaded.problem).toBeUndefined();
    expect(loaded.value.facts['niger-capital']).toMatchObject({ box: 2, right: 1, lastQuestionId: 'geo-capital-map' });
  });

  it('two packs with the same fact ids do not mix progress, and share the settings', () => {
    const kv = createMemoryStore(BEFORE_PACKS);
    const article = packRecordStore(kv, 'sahel-quiz', DEFAULT, DEFAULT);
    const geo = packRecordStore(kv, 'sahel-quiz', 'sahel-geography', DEFAULT);
    expect(loadProgress(geo).value).toEqual(emptyProgress());
    const answered = recordAnswer(emptyProgress(), {
      fact: 'niger-capital',
      questionId: 'geo-capital-map',
      correctness: 0,
      now: 1_800_000_000_000,
    });
    saveProgress(geo, answered);
    expect(loadProgress(geo).value.facts['niger-capital']).toMatchObject({ box: 1, wrong: 1 });
    expect(loadProgress(article).value.facts['niger-capital']).toMatchObject({ box: 2, right: 1, wrong: 0 });
    expect(kv.keys().sort()).toEqual(['sahel-quiz:progress', 'sahel-quiz@sahel-geography:progress']);
    saveSettings(geo, { ...defaultSettings(), muted: true });
    expect(loadSettings(article).value.muted).toBe(true);
    expect(kv.keys()).toContain('sahel-quiz:settings');
  });
});
