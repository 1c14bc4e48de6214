/**
 * The teacher's projector page for a live game: set up, open a room on the live server, follow
 * the host view, send the host's actions (with the host's secret), and keep every result the
 * server sends — on this device too, so if the server stops mid-game nothing received is lost.
 * At the end the results go straight into Class results.
 */
import type { Client } from 'colyseus.js';
import type { HostIntent, HostView, LiveResult } from '../core/live/protocol.ts';
import { liveStage } from './mapStage.ts';
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
  const page = new HostPage(host, health);
  page.draw();
  if (round) {
    const setup = liveSetupOf(round, host.newSeed());
    page.game = null;
    page.act = page.open(setup.questionIds, setup.timeLimitMs);
  }
}

/** The host page's state (its game, the last view, its screen) and what it does with it. */
class HostPage {
  game: HostGame | null;
  view: HostView | null = null;
  /** Drawn first thing, before any connection can report to it. */
  screen!: HostScreen;
  act: ((a: HostIntent) => void) | null = null;
  private readonly stage: ReturnType<typeof liveStage>;

  constructor(
    private readonly host: LiveHost,
    private readonly health: LiveHealth | null,
  ) {
    this.game = host.records.load(GAME_KEY, savedGame, null).value;
    this.stage = liveStage(host.map, host.bank);
  }

  save(): void {
    if (this.game) this.host.records.save(GAME_KEY, this.game);
  }

  /** Puts the results received so far into Class results; returns how many students. */
  toClassResults(): number {
    const game = this.game;
    if (!game) return 0;
    const records = liveResultRecords(game.results, liveAssignment(game.code, game.questionIds, game.timeLimitMs));
    const ref = packRef(this.host.pack);
    const codes = records.flatMap((r) => {
      try {
        const c = encodeResultCode(r, ref);
        return c.ok ? [c.value] : [];
      } catch {
        return []; // a result this build cannot encode (kept from another version): left out, not fatal
      }
    });
    addClassResultCodes(this.host, codes, game.sent);
    game.sent = codes;
    this.save();
    return codes.length;
  }

  /** A new game (`game` null), or back into the one kept (a reloaded host page). */
  open(questionIds: string[], timeLimitMs: number): (a: HostIntent) => void {
    let secret = this.game?.secret ?? '';
    conn = new LiveConnection((client: Client) => this.join(client, questionIds, timeLimitMs), {
      message: (type, body) => {
        if (type === 'host') {
          const b = body as { secret: string; code: string };
          secret = b.secret;
          this.game ??= { code: b.code, secret, questionIds, timeLimitMs, results: [], sent: [] };
          this.save();
        } else this.message(type, body);
      },
      status: (s) => this.screen.status(s, this.game?.results.length ?? 0),
      failed: (error) => this.failed(error),
    });
    void conn.open();
    return (a: HostIntent) => conn?.send('host', { ...a, secret });
  }

  private join(client: Client, questionIds: string[], timeLimitMs: number) {
    const pack = this.host.pack;
    return this.game
      ? client.joinById(this.game.code, { role: 'host', secret: this.game.secret })
      : client.create('live', { role: 'host', pack: { id: pack.id, version: pack.version }, questionIds, timeLimitMs });
  }

  /** A view or the results from the server. */
  private message(type: string, body: unknown): void {
    if (type === 'view') {
      const before = this.view?.phase;
      this.view = body as HostView;
      if (this.view.phase === 'finished' && before !== 'finished') this.screen.sent(this.toClassResults());
      this.screen.view(this.view);
      // The reveal frames the answer and the places the class picked.
      const picks = this.view.distribution?.picks.flatMap((p) => ('place' in p ? [p.place] : [])) ?? [];
      this.stage(this.view.phase, this.view.questionId, { type: 'locate', places: [...new Set(picks)] });
    } else if (type === 'results' && this.game) {
      this.game.results = body as LiveResult[];
      this.save();
    }
  }

  private failed(error: string): void {
    const kept = this.game?.results.length ?? 0;
    if (error !== 'live/unreachable') {
      this.screen.failed(error, kept);
      return;
    }
    // Unreachable: say why when the server answers but its shared Redis store does not.
    void fetch('live/health', { cache: 'no-store' })
      .then((r) => r.json() as Promise<{ cluster?: string }>)
      .then((h) => this.screen.failed(h.cluster === 'down' ? 'live/redis_down' : error, kept))
      .catch(() => this.screen.failed(error, kept));
  }

  draw(): void {
    const host = this.host;
    this.screen = hostScreen({
      health: this.health,
      question: host.bank.question,
      map: host.map,
      countdown: host.countdown,
      saved: this.game && !this.view ? { code: this.game.code, kept: this.game.results.length } : null,
      resume: () => {
        if (this.game) this.act = this.open(this.game.questionIds, this.game.timeLimitMs);
      },
      forget: () => {
        this.game = null;
        host.records.remove(GAME_KEY);
      },
      start: (count, seconds) => {
        this.game = null;
        const seed = host.newSeed();
        const ids = mapQuestionNotFirst(selectQuestions(host.pack, { count }, createRng(seed)), host.pack);
        this.act = this.open(ids, seconds * 1000);
      },
      act: (a) => this.act?.(a),
      toClassResults: () => this.toClassResults(),
      openClassResults: () => this.openClassResults(),
      home: () => {
        conn?.close();
        conn = null;
        host.title();
      },
    });
    host.showScreen(this.screen, () => this.redraw(), 'live-host');
  }

  private redraw(): void {
    this.draw();
    if (this.view) this.screen.view(this.view);
  }

  private openClassResults(): void {
    const host = this.host;
    conn?.close();
    conn = null;
    void openClassResults({
      pack: host.pack,
      records: host.records,
      question: host.bank.question,
      title: () => host.title(),
      showScreen: (s, redraw, id) => host.showScreen(s, redraw, id),
    });
  }
}
