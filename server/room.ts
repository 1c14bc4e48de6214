/**
 * One live game on the server: a Colyseus room around the pure LiveGame from src/core. The room
 * holds the clock (its own timer), checks every message (valibot, size-capped by the socket),
 * limits how fast each client may talk, and sends each client only its own view: a phone never
 * receives an answer before the question is closed.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { type Client, matchMaker, Room, ServerError } from '@colyseus/core';
import * as v from 'valibot';
import { makeJoinCode } from '../src/core/live/code.ts';
import { LiveGame } from '../src/core/live/game.ts';
import {
  answerSchema,
  hostActionSchema,
  joinSchema,
  LIVE_LIMITS,
  parser,
  type AnswerMessage,
  type HostAction,
  type JoinOptions,
  type PackId,
} from '../src/core/live/protocol.ts';
import { createRng } from '../src/core/random/rng.ts';
import { servedPack } from './bank.ts';
import { RateLimiter } from './rateLimit.ts';
import { clusterStatus } from './status.ts';

const TICK_MS = 100;
/** A game nobody is in is closed after this long (a host that never came back). */
const EMPTY_ROOM_MS = 30 * 60_000;
/** Messages per second each client may send, and a burst; far beyond that, the client is dropped. */
const MSG_RATE = { perSecond: 5, burst: 15, dropAfter: 100 };

export const secretToken = (): string => randomBytes(18).toString('base64url');

export class LiveRoom extends Room {
  override maxClients = LIVE_LIMITS.maxPlayers + 4;
  override autoDispose = false;
  game!: LiveGame;
  private hostSecret = secretToken();
  private hosts = new Set<string>();
  /** sessionId → player id */
  private seats = new Map<string, string>();
  private limiter = new RateLimiter(MSG_RATE.perSecond, MSG_RATE.burst);
  private refused = new Map<string, number>();
  /** What to send at the next tick: everyone's view (a phase change), the host's, some players'. */
  private dirty = true;
  private hostDirty = false;
  private playersDirty = new Set<string>();
  private emptySince: number | null = null;
  private lastCluster = clusterStatus();
  private resultsKey = '';
  private hostsWithResults = new Set<string>();
  /** The pack this game plays, as every view names it. */
  private pack: PackId = { id: '', version: 0 };

  override async onCreate(options: unknown): Promise<void> {
    const o = v.parse(joinSchema, options);
    if (!('questionIds' in o)) throw new ServerError(400, 'live/bad_setup');
    const served = servedPack(o.pack);
    if (!served.ok) throw new ServerError(400, served.error);
    const { pack, bank } = served.value;
    if (o.questionIds.some((id) => !bank.question(id))) throw new ServerError(400, 'live/bad_setup');
    this.pack = { id: pack.id, version: pack.version };
    const code = await this.freeCode();
    this.roomId = code;
    this.game = new LiveGame(
      code,
      { questionIds: o.questionIds, timeLimitMs: o.timeLimitMs },
      bank,
      createRng(randomInt(2 ** 31)),
    );
    this.onMessage('answer', (c, m: AnswerMessage) => this.onAnswer(c, m), parser(answerSchema));
    this.onMessage('host', (c, m: HostAction) => this.onHost(c, m), parser(hostActionSchema));
    this.onMessage('*', (c) => this.allowed(c));
    this.clock.setInterval(() => this.onTick(), TICK_MS);
  }

  private async freeCode(): Promise<string> {
    const rng = () => randomInt(2 ** 31) / 2 ** 31;
    for (;;) {
      const code = makeJoinCode(rng);
      if ((await matchMaker.query({ roomId: code })).length === 0) return code;
    }
  }

  override onAuth(_client: Client, options: unknown): JoinOptions {
    const o = v.safeParse(joinSchema, options);
    if (!o.success) throw new ServerError(400, 'live/bad_join');
    return o.output;
  }

  override onJoin(client: Client, _options: unknown, auth: JoinOptions): void {
    if (auth.role === 'host') {
      // The creator becomes the host; anyone else needs the host's secret (a reloaded host page has it).
      const creator = 'questionIds' in auth && this.hosts.size === 0 && this.clients.length === 1;
      if (!creator && (!('secret' in auth) || auth.secret !== this.hostSecret))
        throw new ServerError(403, 'live/not_host');
      this.hosts.add(client.sessionId);
      client.send('host', { secret: this.hostSecret, code: this.roomId });
    } else {
      const seat = auth.seat ?? secretToken();
      const out = this.game.join(seat, auth.name);
      if (!out.ok) throw new ServerError(400, out.error);
      this.seats.set(client.sessionId, out.player.id);
      client.send('seat', { seat, code: this.roomId, id: out.player.id });
      this.playersDirty.add(out.player.id);
    }
    this.emptySince = null;
    this.hostDirty = true;
  }

  override onLeave(client: Client): void {
    const id = this.seats.get(client.sessionId);
    this.seats.delete(client.sessionId);
    this.hosts.delete(client.sessionId);
    this.hostsWithResults.delete(client.sessionId);
    this.limiter.forget(client.sessionId);
    this.refused.delete(client.sessionId);
    // A reloaded or sleeping phone comes back to the same seat; until then it shows as away.
    if (id && ![...this.seats.values()].includes(id)) this.game.leave(id);
    this.hostDirty = true;
  }

  /** Spends a token; a client far past the limit is dropped. */
  private allowed(client: Client): boolean {
    if (this.limiter.take(client.sessionId)) return true;
    const n = (this.refused.get(client.sessionId) ?? 0) + 1;
    this.refused.set(client.sessionId, n);
    if (n > MSG_RATE.dropAfter) client.leave(4008);
    return false;
  }

  private onAnswer(client: Client, m: AnswerMessage): void {
    if (!this.allowed(client)) return;
    const id = this.seats.get(client.sessionId);
    if (!id) return;
    const out = this.game.answer(id, m.index, m.response, this.clock.currentTime);
    client.send('ack', { index: m.index, ok: out.ok, error: out.ok ? null : out.error });
    if (out.ok) {
      // Only the host's count and this student's own view change.
      this.hostDirty = true;
      this.playersDirty.add(id);
    }
  }

  private onHost(client: Client, m: HostAction): void {
    if (!this.allowed(client)) return;
    if (!this.hosts.has(client.sessionId) || m.secret !== this.hostSecret) return;
    const now = this.clock.currentTime;
    const g = this.game;
    switch (m.action) {
      case 'start':
        g.start(now);
        break;
      case 'pause':
      case 'resume':
        g.setPaused(m.action === 'pause', now);
        break;
      case 'close':
        g.close(now);
        break;
      case 'next':
        g.next(now);
        break;
      case 'extend':
        g.extend(LIVE_LIMITS.extendMs, now);
        break;
      case 'end':
        g.end(now);
        break;
      case 'remove':
        g.remove(m.player);
        for (const c of this.clients) if (this.seats.get(c.sessionId) === m.player) c.leave(4003);
        break;
      case 'scale':
        g.setTimeScale(m.player, m.scale);
        break;
    }
    this.dirty = true;
  }

  private onTick(): void {
    const now = this.clock.currentTime;
    if (this.game.tick(now)) this.dirty = true;
    const cluster = clusterStatus();
    if (cluster !== this.lastCluster) {
      this.lastCluster = cluster;
      this.dirty = true;
    }
    if (this.clients.length === 0) {
      this.emptySince ??= now;
      if (now - this.emptySince > EMPTY_ROOM_MS) void this.disconnect();
    }
    if (this.dirty || this.hostDirty || this.playersDirty.size > 0) this.flush(now);
  }

  /** Each client gets its own view; the host also gets every result so far (kept on the host page). */
  private flush(now: number): void {
    const all = this.dirty;
    const players = this.playersDirty;
    this.dirty = false;
    this.hostDirty = false;
    this.playersDirty = new Set();
    const hostView = { ...this.game.hostView(now), cluster: this.lastCluster, pack: this.pack };
    // Results change only when a question closes: sent then, and to a host that just came in.
    const key = `${this.game.phase}:${this.game.index}`;
    const fresh = key !== this.resultsKey;
    this.resultsKey = key;
    let results: ReturnType<LiveGame['results']> | null = null;
    for (const c of this.clients) {
      if (this.hosts.has(c.sessionId)) {
        c.send('view', hostView);
        if (fresh || !this.hostsWithResults.has(c.sessionId)) {
          results ??= this.game.phase === 'lobby' ? [] : this.game.results();
          c.send('results', results);
        }
        this.hostsWithResults.add(c.sessionId);
        continue;
      }
      const id = this.seats.get(c.sessionId);
      if (!id || (!all && !players.has(id))) continue;
      const view = this.game.playerView(id, now);
      if (view) c.send('view', { ...view, pack: this.pack });
    }
  }
}
