/**
 * The authoring studio's place in the app: opens it with the saved draft, and plays its pack as a
 * student would (the round screen over an in-memory bank). Imported only when "Write a quiz" is
 * pressed (app.ts), so a student never downloads it.
 */
import places from '../../assets/map/places.json';
import { newDraft, type Draft } from '../core/authoring/draft.ts';
import { loadDraft } from '../core/authoring/store.ts';
import type { PackFile } from '../core/content/packFile.ts';
import { textsForPlay } from '../core/content/packFileCheck.ts';
import type { Question } from '../core/content/types.ts';
import { bankOf } from '../core/round/bank.ts';
import { distanceKm } from '../core/round/distance.ts';
import { withQuestionTimes } from '../core/round/timing.ts';
import type { RoundConfig } from '../core/round/types.ts';
import type { KeyValueStore, RecordStore } from '../core/storage/index.ts';
import { errorMessage } from '../i18n/errorMessages.ts';
import { addPackTexts, availableLanguages, currentLanguage } from '../i18n/index.ts';
import type { MapPort } from '../ports/map.ts';
import { roundScreen } from '../ui/screens/roundScreen.ts';
import type { CountdownPort } from '../ports/countdown.ts';
import type { Screen, ScreenId } from '../ports/screen.ts';
import { summaryScreen } from '../ui/screens/summaryScreen.ts';
import { StudioPage } from '../ui/screens/studio/studioPage.ts';
import type { SoundPlayer } from '../ports/sound.ts';
import { followStage } from './mapStage.ts';
import { receivePack, summaryTitle } from './authoredPacks.ts';
import { activePack, packHref, SHIPPED_PACK_IDS } from './packs.ts';
import { type KeepOnDevice, shareTools } from '../ui/screens/studio/shareTools.ts';
import { mapPickScreen } from '../ui/screens/studio/mapPick.ts';
import { RoundSession } from './roundSession.ts';
import { currentTexts, placeName } from '../i18n/texts.ts';

export interface StudioHost {
  records: RecordStore;
  /** The device's store: a finished quiz is saved among the teacher's packs there (none: no such button). */
  kv?: KeyValueStore | undefined;
  map: MapPort;
  countdown: CountdownPort;
  sound: SoundPlayer;
  clock: () => number;
  newSeed: () => number;
  showScreen(screen: Screen, redraw: () => void, id: ScreenId): void;
  /** Back to the teachers' page. */
  teachers(): void;
}

const cities = places.cities as Record<string, { lon: number; lat: number }>;
/** The city nearest a point clicked on the map (within 150 km), for a locate question's city. */
function nearestCity(lon: number, lat: number): string | null {
  let best: string | null = null;
  let bestKm = 150;
  for (const [id, c] of Object.entries(cities)) {
    const km = distanceKm(c, { lon, lat });
    if (km < bestKm) [best, bestKm] = [id, km];
  }
  return best;
}

/** The studio's page stays one object while it is open, so a preview comes back to it as it was. */
let page: StudioPage | null = null;

export function openStudio(host: StudioHost): void {
  const loaded = loadDraft(host.records);
  const placeIds = new Set([...Object.keys(places.countries), ...Object.keys(cities)]);
  const draft: Draft = loaded.value ?? newDraft(`quiz-${host.newSeed().toString(36)}`, [currentLanguage()]);
  page = new StudioPage({
    records: host.records,
    draft,
    notice: loaded.problem ? errorMessage(loaded.problem) : null,
    back: () => {
      page = null;
      host.teachers();
    },
    preview: (file, ids) => preview(host, file, ids),
    pickOnMap: (o, done) => {
      const draw = () =>
        host.showScreen(
          mapPickScreen({
            map: host.map,
            ...o,
            placeName,
            nearestCity,
            done: (ids, radiusKm) => {
              showPage(host);
              done(ids, radiusKm);
            },
            cancel: () => showPage(host),
          }),
          draw,
          'studio-map',
        );
      draw();
    },
    languages: availableLanguages(),
    placeIds,
    countries: Object.keys(places.countries),
    cities: Object.keys(cities),
    placeName,
    tools: shareTools({
      gameUrl: `${location.origin}${location.pathname}`,
      ctx: { placeIds, shippedIds: SHIPPED_PACK_IDS, languages: availableLanguages().map((l) => l.code) },
      ...(host.kv ? { keep: keepOn(host.kv) } : {}),
    }),
  });
  showPage(host);
}

/**
 * Saves the quiz among the teacher's packs on this device, as a pack opened from a link would be
 * (asking before it replaces a different one with its id), so rounds can be assigned from it here.
 */
function keepOn(kv: KeyValueStore): KeepOnDevice {
  return async (c, ask) => {
    const r = await receivePack(c, kv, (saved) => ask(summaryTitle(saved)));
    return r.ok ? { ok: true, href: `${location.pathname}${packHref(r.id)}` } : r;
  };
}

function showPage(host: StudioHost): void {
  const current = page;
  if (!current) return;
  const draw = () => host.showScreen(current.screen(), draw, 'studio');
  draw();
}

/** Preview ids never meet a shipped question's: the words go where the round screen reads them. */
const PREVIEW = 'studio-preview-';

/**
 * Plays the quiz (or some of its questions) exactly as a student would: same round screen, same
 * time rule, same scoring, explanations after each answer. Nothing is saved: not the round, not
 * the student's progress; the end (or Quit) comes back to the studio.
 */
function preview(host: StudioHost, file: PackFile, ids: readonly string[] | null): void {
  const questions: Question[] = file.questions.map((q) => ({ ...q, id: PREVIEW + q.id, fact: PREVIEW + q.fact }));
  const prefix = activePack().pack.id;
  const renamed = (texts: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(texts).map(([k, v]) => [PREVIEW + k, v]));
  addPackTexts(
    prefix,
    Object.fromEntries(Object.entries(textsForPlay(file)).map(([lng, texts]) => [lng, renamed(texts)])),
  );
  const bank = bankOf({ id: file.id, version: 1, paragraphCount: 0, questions }, cities);
  const config: RoundConfig = {
    questionIds: (ids ?? file.questions.map((q) => q.id)).map((id) => PREVIEW + id),
    timeLimitMs: 20_000,
    timeScale: 1,
    explainDuringRound: true,
    scored: true,
  };
  const session = new RoundSession(bank, withQuestionTimes(config, bank.question), host.clock);
  const unfollow = followStage(session, bank, host.map);
  const back = () => {
    unfollow();
    host.map.stage(null);
    showPage(host);
  };
  const seed = host.newSeed();
  const summary = () => {
    const draw = () =>
      host.showScreen(
        summaryScreen(session.state, bank.question, currentTexts(bank.question), {
          playAgain: () => preview(host, file, ids),
          home: back,
          panel: null,
          extras: [],
          best: null,
          factsMovedOn: 0,
        }),
        draw,
        'summary',
      );
    draw();
  };
  const round = () =>
    host.showScreen(
      roundScreen({ sound: host.sound, countdown: host.countdown }, session, host.map, seed, summary, () => {
        session.stop();
        back();
      }),
      round,
      'round',
    );
  round();
}
