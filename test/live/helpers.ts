import { Client, type Room } from 'colyseus.js';

/** A client of the live server on loopback, with the last view and messages it got. */
export interface Peer {
  room: Room;
  view: () => Record<string, any>;
  last: Map<string, any>;
  waitFor<T>(pick: () => T | undefined | false | null, what: string, ms?: number): Promise<T>;
}

export function endpoint(port: number): string {
  return `ws://127.0.0.1:${port}`;
}

export async function waitUntil<T>(pick: () => T | undefined | false | null, what: string, ms = 5000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const got = pick();
    if (got !== undefined && got !== false && got !== null) return got;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export function peer(room: Room): Peer {
  const last = new Map<string, any>();
  for (const type of ['view', 'results', 'host', 'seat', 'ack']) room.onMessage(type, (m) => last.set(type, m));
  return { room, last, view: () => last.get('view') ?? {}, waitFor: waitUntil };
}

export async function host(
  port: number,
  questionIds: string[],
  timeLimitMs = 20_000,
): Promise<Peer & { secret: string; code: string }> {
  const room = await new Client(endpoint(port)).create('live', { role: 'host', questionIds, timeLimitMs });
  const p = peer(room);
  const h = await waitUntil(() => p.last.get('host'), 'host secret');
  return { ...p, secret: h.secret, code: h.code };
}

export async function student(port: number, code: string, name: string, seat?: string): Promise<Peer> {
  const room = await new Client(endpoint(port)).joinById(code, { role: 'student', name, ...(seat ? { seat } : {}) });
  const p = peer(room);
  await waitUntil(() => p.last.get('seat'), 'seat');
  return p;
}
