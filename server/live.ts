/**
 * The live server: one HTTP server on one port serves the built game (dist/), answers
 * /live/health (so the game shows its Host button only when a live server is there) and carries
 * the Colyseus rooms over WebSocket. With `redisUrl`, rooms are shared with other processes
 * through @colyseus/redis-presence and @colyseus/redis-driver.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { matchMaker, Server } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { MAX_FRAME_BYTES } from '../src/core/live/protocol.ts';
import { RateLimiter } from './rateLimit.ts';
import { LiveRoom } from './room.ts';
import { serveStatic } from './static.ts';
import { clusterStatus, setClusterProbe } from './status.ts';

export interface LiveOptions {
  port: number;
  /** 0.0.0.0 in a classroom (phones reach the laptop); tests use 127.0.0.1. */
  host: string;
  /** The built game to serve, or null (tests of the server alone). */
  staticDir: string | null;
  redisUrl?: string | null;
  /** Join (matchmaking) requests per IP: per second and burst. */
  joinRate?: { perSecond: number; burst: number };
  /** Serve /live/stats (heap after a GC when node runs with --expose-gc): for the bench, not for classrooms. */
  stats?: boolean;
  /** With Redis: the address other processes send a student to for a room of this one. */
  publicAddress?: string;
}

export interface LiveServer {
  port: number;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 8192;

/** The laptop's addresses on the local network (what the students type or scan). */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => (a as { address: string }).address);
}

export async function startLive(o: LiveOptions): Promise<LiveServer> {
  const httpServer = http.createServer();
  const joins = new RateLimiter(o.joinRate?.perSecond ?? 2, o.joinRate?.burst ?? 20);
  const cluster = o.redisUrl ? await clusterParts(o.redisUrl) : null;
  const gameServer = new Server({
    transport: new WebSocketTransport({
      server: httpServer,
      maxPayload: MAX_FRAME_BYTES,
      pingInterval: 3000,
      pingMaxRetries: 3,
    }),
    ...(cluster
      ? { presence: cluster.presence, driver: cluster.driver, publicAddress: o.publicAddress ?? `127.0.0.1:${o.port}` }
      : {}),
    gracefullyShutdown: false,
    greet: false,
  });
  gameServer.define('live', LiveRoom);
  // Colyseus answers /matchmake/ itself; in front of it: a cap on the body and a rate per address
  // (nobody guesses join codes by brute force), then everything else is the game's files.
  const colyseus = httpServer.listeners('request').slice() as http.RequestListener[];
  httpServer.removeAllListeners('request');
  httpServer.on('request', (req, res) => {
    const url = req.url ?? '/';
    if (url.startsWith('/matchmake/')) {
      if (req.method === 'POST' && !joins.take(req.socket.remoteAddress ?? ''))
        return refuse(res, 429, 'live/too_many_joins');
      if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return refuse(res, 413, 'live/too_large');
      for (const l of colyseus) l.call(httpServer, req, res);
      return;
    }
    if (url === '/live/health') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(
        JSON.stringify({
          live: 1,
          port: (httpServer.address() as AddressInfo).port,
          lan: lanAddresses(),
          cluster: clusterStatus(),
        }),
      );
      return;
    }
    if (url === '/live/stats' && o.stats) {
      (globalThis as { gc?: () => void }).gc?.();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ heapUsed: process.memoryUsage().heapUsed, rss: process.memoryUsage().rss }));
      return;
    }
    if (o.staticDir) serveStatic(o.staticDir, req, res);
    else refuse(res, 404, 'not_found');
  });
  await gameServer.listen(o.port, o.host);
  const port = (httpServer.address() as AddressInfo).port;
  return {
    port,
    async close() {
      await matchMaker.gracefullyShutdown().catch(() => undefined);
      gameServer.transport.shutdown();
      await cluster?.close();
    },
  };
}

function refuse(res: http.ServerResponse, status: number, error: string): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ code: status, error }));
}

/** Redis presence and driver, loaded only when asked for; the probe tells rooms whether Redis answers. */
async function clusterParts(url: string) {
  const { RedisPresence } = await import('@colyseus/redis-presence');
  const { RedisDriver } = await import('@colyseus/redis-driver');
  const presence = new RedisPresence(url);
  const driver = new RedisDriver(url);
  const client = (presence as unknown as { pub: { status: string } }).pub;
  setClusterProbe(() => (client.status === 'ready' ? 'ok' : 'down'));
  return {
    presence,
    driver,
    async close() {
      presence.shutdown();
      driver.shutdown();
    },
  };
}
