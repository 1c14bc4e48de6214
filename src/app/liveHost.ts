/**
 * The teacher's projector page for a live game: set up, open a room on the live server, follow
 * the host view, send the host's actions (with the host's secret), and keep every result the
 * server sends — on this device too, so if the server stops mid-game nothing received is lost.
 * At the end the results go straight into Class results.
 */
import type { Client } from 'colyseus.js';
import type { HostIntent, HostView, LiveResult } from '../core/live/protocol.ts';
import { liveAssignment, liveResultRecords, liveSetupOf } from '../core/live/results.ts';
import type { Assignment } from '../core/share/assignment.ts';
import { createRng } from '../core/random/rng.ts';
import { mapQuestionNotFirst, selectQuestions } from '../core/round/select.ts';
import { packRef } from '../core/share/packRef.ts';
import { encodeResultCode } from '../core/share/resultCode.ts';
import { hostScreen, type HostScreen } from '../ui/screens/live/hostScreen.ts';
import { addClassResultCodes, openClassResults } from './classResults.ts';
import type { LiveHealth } from '../core/live/protocol.ts';
import type { LiveHost } from './live.ts';
import { LiveConnection } from './liveConnection.ts';

const GAME_KEY = 'live-host';

/** What the host page keeps on this device about its game. */
interface HostGame {
  code: string;
  secret: string;
  questionIds: string[];
  timeLimitMs: number;
  results: LiveResult[];
  /** Codes already put into Class results (replaced when sent again). */
  sent: string[];
}

let conn: LiveConnection | null = null;

/** The game this page hosted last, as kept on this device (results too), or null. */
function savedGame(x: unknown): HostGame | null {
  const g = x as Partial<HostGame> | null;
  if (!g || typeof g.code !== 'string' || typeof g.secret !== 'string' || typeof g.timeLimitMs !== 'number')
    return null;
  if (!Array.isArray(g.questionIds) || !Array.isArray(g.results) || !Array.isArray(g.sent)) return null;
  return g as HostGame;
}

export function openLiveHost(host: LiveHost, health: LiveHealth | null, round?: Assignment): void {
  // Class results must open even if the server (which serves the page's files) stops mid-game.
  void import('../ui/screens/classResults/classResultsScreen.ts').catch(() => undefined);
  conn?.close();
  conn = null;
  let game: HostGame | null = host.records.load(GAME_KEY, savedGame, null).value;
  let view: HostView | null = null;
  let screen: HostScreen;

  const save = () => {
    if (game) host.records.save(GAME_KEY, game);
  };

  /** Puts the results received so far into Class results; returns how many students. */
  const toClassResults = (): number => {
    if (!game) return 0;
    const records = liveResultRecords(game.results, liveAssignment(game.code, game.questionIds, game.timeLimitMs));
    const ref = packRef(host.pack);
    const codes = records.flatMap((r) => {
      try {
        const c = encodeResultCode(r, ref);
        return c.ok ? [c.value] : [];
      } catch {
        return []; // a result this build cannot encode (kept from another version): left out, not fatal
      }
    });
    addClassResultCodes(host, codes, game.sent);
    game.sent = codes;
    save();
    return codes.length;
  };

  /** A new game (`game` null), or back into the one kept (a reloaded host page). */
  const open = (questionIds: string[], timeLimitMs: number) => {
    let secret = game?.secret ?? '';
    conn = new LiveConnection(
      (client: Client) =>
        game
          ? client.joinById(game.code, { role: 'host', secret: game.secret })
          : client.create('live', {
              role: 'host',
              pack: { id: host.pack.id, version: host.pack.version },
              questionIds,
              timeLimitMs,
            }),
      {
        message(type, body) {
          if (type === 'host') {
            const b = body as { secret: string; code: string };
            secret = b.secret;
            game ??= { code: b.code, secret, questionIds, timeLimitMs, results: [], sent: [] };
            save();
          } else if (type === 'view') {
            const before = view?.phase;
            view = body as HostView;
            if (view.phase === 'finished' && before !== 'finished') screen.sent(toClassResults());
            screen.view(view);
          } else if (type === 'results' && game) {
            game.results = body as LiveResult[];
            save();
          }
        },
        status: (s) => screen.status(s, game?.results.length ?? 0),
        failed: (error) => {
          const kept = game?.results.length ?? 0;
          if (error !== 'live/unreachable') return screen.failed(error, kept);
          // Unreachable: say why when the server answers but its shared Redis store does not.
          void fetch('live/health', { cache: 'no-store' })
            .then((r) => r.json() as Promise<{ cluster?: string }>)
            .then((h) => screen.failed(h.cluster === 'down' ? 'live/redis_down' : error, kept))
            .catch(() => screen.failed(error, kept));
        },
      },
    );
    void conn.open();
    return (a: HostIntent) => conn?.send('host', { ...a, secret });
  };

  let act: ((a: HostIntent) => void) | null = null;
  const draw = (): void => {
    screen = hostScreen({
      health,
      question: host.bank.question,
      map: host.map,
      countdown: host.countdown,
      saved: game && !view ? { code: game.code, kept: game.results.length } : null,
      resume: () => {
        if (game) act = open(game.questionIds, game.timeLimitMs);
      },
      forget: () => {
        game = null;
        host.records.remove(GAME_KEY);
      },
      start: (count, seconds) => {
        game = null;
        const seed = host.newSeed();
        const ids = mapQuestionNotFirst(selectQuestions(host.pack, { count }, createRng(seed)), host.pack);
        act = open(ids, seconds * 1000);
      },
      act: (a) => act?.(a),
      toClassResults,
      openClassResults: () => {
        conn?.close();
        conn = null;
        void openClassResults({
          pack: host.pack,
          records: host.records,
          question: host.bank.question,
          title: () => host.title(),
          showScreen: (s, redraw, id) => host.showScreen(s, redraw, id),
        });
      },
      home: () => {
        conn?.close();
        conn = null;
        host.title();
      },
    });
    host.showScreen(
      screen,
      () => {
        draw();
        if (view) screen.view(view);
      },
      'live-host',
    );
  };
  draw();
  if (round) {
    const setup = liveSetupOf(round, host.newSeed());
    game = null;
    act = open(setup.questionIds, setup.timeLimitMs);
  }
}
