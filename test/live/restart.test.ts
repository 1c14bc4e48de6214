/**
 * A live server process killed mid-game and started again: the host's connection (the page's
 * own LiveConnection) keeps the results it received, tries to come back, and is told the game
 * is gone instead of hanging; a phone killed mid-game comes back to its seat.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { LiveConnection, type LiveStatus } from '../../src/app/liveConnection.ts';
import type { LiveResult } from '../../src/core/live/protocol.ts';
import { endpoint, host, student, waitUntil } from './helpers.ts';
import { freePort, startServerProcess, type Proc } from './processes.ts';

const IDS = ['coup-bazoum-elected-tf', 'coup-held-day-tf'];
let proc: Proc | null = null;
afterAll(async () => {
  await proc?.stop();
});

describe('a server process restarted mid-game', () => {
  it('leaves the host with the results received, and a clear end instead of a hang', async () => {
    const port = await freePort();
    proc = await startServerProcess(port);
    const h = await host(port, IDS);
    const s = await student(port, h.code, 'Awa');
    // The host page's connection, as the browser uses it (here with its seat as host).
    let results: LiveResult[] = [];
    const statuses: LiveStatus[] = [];
    let failed = '';
    const conn = new LiveConnection(
      (client) => client.joinById(h.code, { role: 'host', secret: h.secret }),
      {
        message: (type, body) => {
          if (type === 'results') results = body as LiveResult[];
        },
        status: (st) => statuses.push(st),
        failed: (e) => {
          failed = e;
        },
      },
      endpoint(port),
    );
    await conn.open();
    h.room.send('host', { secret: h.secret, action: 'start' });
    await s.waitFor(() => s.view().phase === 'question', 'question');
    s.room.send('answer', { index: 0, response: { type: 'truefalse', value: true } });
    await waitUntil(() => results[0]?.answers.length === 1, 'results of question 1');

    await proc.stop();
    await waitUntil(() => statuses.includes('lost'), 'connection lost');
    expect(results[0]?.answers[0]?.points).toBeGreaterThan(0);
    proc = await startServerProcess(port);
    await waitUntil(() => failed || null, 'told the game is gone', 15_000);
    expect(failed).toBe('live/not_found');
    expect(results[0]?.name).toBe('Awa');
    conn.close();
  });

  it('brings a killed phone back to its seat and score', async () => {
    const port = proc?.port ?? (await freePort());
    proc ??= await startServerProcess(port);
    const h = await host(port, IDS);
    const s = await student(port, h.code, 'Ben');
    const seat = s.last.get('seat').seat as string;
    h.room.send('host', { secret: h.secret, action: 'start' });
    await s.waitFor(() => s.view().phase === 'question', 'question');
    s.room.send('answer', { index: 0, response: { type: 'truefalse', value: true } });
    await s.waitFor(() => s.view().phase === 'reveal', 'reveal');
    const score = s.view().score as number;
    // The phone dies without a word (no leave message).
    (
      s.room.connection as unknown as { transport: { ws: { terminate?: () => void; close: () => void } } }
    ).transport.ws.close();
    await h.waitFor(() => h.view().players?.[0]?.connected === false, 'shown as away');
    const back = await student(port, h.code, 'Ben again', seat);
    await back.waitFor(() => back.view().score === score && back.view().name === 'Ben', 'same seat, same score');
    await Promise.all([back.room.leave(), h.room.leave()]);
  });
});
