/**
 * The server under bad input and faults: garbage and oversized frames, a flooding client, half
 * the room leaving at once, late and double answers, and code guessing. Other players must not
 * notice any of it.
 */
import { Client } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLive, type LiveServer } from '../../server/live.ts';
import { endpoint, host, student, type Peer } from './helpers.ts';

let server: LiveServer;
beforeAll(async () => {
  server = await startLive({ port: 0, host: '127.0.0.1', staticDir: null, joinRate: { perSecond: 2, burst: 40 } });
});
afterAll(async () => {
  await server.close();
});

const IDS = ['coup-bazoum-elected-tf', 'coup-held-day-tf', 'coup-tchiani-tf'];
const TRUE = { type: 'truefalse', value: true };

function closed(p: Peer): Promise<number> {
  return new Promise((resolve) => p.room.onLeave((code) => resolve(code)));
}

/** A healthy student still gets an acknowledged answer, quickly. */
async function stillServes(p: Peer, index: number): Promise<void> {
  p.last.delete('ack');
  p.room.send('answer', { index, response: TRUE });
  const ack = await p.waitFor(() => p.last.get('ack'), 'ack', 2000);
  expect(ack.index).toBe(index);
}

describe('the live server under bad input', () => {
  it('drops a client sending garbage, an oversized frame or a message of the wrong shape; the others play on', async () => {
    const h = await host(server.port, IDS);
    const good = await student(server.port, h.code, 'Good');
    const garbage = await student(server.port, h.code, 'Garbage');
    const big = await student(server.port, h.code, 'Big');
    const shape = await student(server.port, h.code, 'Shape');
    h.room.send('host', { secret: h.secret, action: 'start' });
    await good.waitFor(() => good.view().phase === 'question', 'question');
    const gone = [closed(garbage), closed(big), closed(shape)];
    // Protocol.ROOM_DATA (13), a message type, then bytes that are not msgpack.
    garbage.room.connection.send(new Uint8Array([13, 0xa6, ...Buffer.from('answer'), 0xc1, 0xff, 0xc1]));
    big.room.send('answer', { index: 0, response: { type: 'choice', choice: 'x'.repeat(10_000) } });
    shape.room.send('answer', { index: 0, response: { type: 'truefalse', value: 'yes' }, extra: 1 });
    const codes = await Promise.all(gone);
    expect(codes.every((c) => c >= 1000)).toBe(true);
    await stillServes(good, 0);
    expect(good.last.get('ack').ok).toBe(true);
    await h.waitFor(() => h.view().answered === 1, 'answered count');
    await Promise.all([good.room.leave(), h.room.leave()]);
  });

  it('refuses a second answer and a late one, and drops a flooding client while others are served', async () => {
    const h = await host(server.port, IDS);
    const good = await student(server.port, h.code, 'Good');
    const flood = await student(server.port, h.code, 'Flood');
    h.room.send('host', { secret: h.secret, action: 'start' });
    await good.waitFor(() => good.view().phase === 'question', 'question');
    const dropped = closed(flood);
    for (let i = 0; i < 400; i++) flood.room.send('answer', { index: 0, response: TRUE });
    expect(await dropped).toBe(4008);
    await stillServes(good, 0);
    expect(good.last.get('ack')).toMatchObject({ ok: true });
    await stillServes(good, 0);
    expect(good.last.get('ack')).toMatchObject({ ok: false, error: 'live/answered' });
    h.room.send('host', { secret: h.secret, action: 'next' });
    await good.waitFor(() => good.view().index === 1, 'question 2');
    h.room.send('host', { secret: h.secret, action: 'close' });
    await good.waitFor(() => good.view().phase === 'reveal', 'closed');
    await stillServes(good, 1);
    expect(good.last.get('ack')).toMatchObject({ ok: false, error: 'live/not_open' });
    await Promise.all([good.room.leave(), h.room.leave()]);
  });

  it('goes on when half the room disconnects at once', async () => {
    const h = await host(server.port, IDS, 5000);
    const students = await Promise.all(Array.from({ length: 16 }, (_, i) => student(server.port, h.code, `S${i}`)));
    await h.waitFor(() => h.view().players?.length === 16, 'sixteen players');
    h.room.send('host', { secret: h.secret, action: 'start' });
    await Promise.all(students.map((s) => s.waitFor(() => s.view().phase === 'question', 'question')));
    const [leaving, staying] = [students.slice(0, 8), students.slice(8)];
    for (const s of leaving) s.room.connection.close();
    await h.waitFor(
      () => h.view().players.filter((p: { connected: boolean }) => !p.connected).length === 8,
      'eight away',
    );
    for (const s of staying) s.room.send('answer', { index: 0, response: TRUE });
    // The ones who left miss the question when its time runs out; it then closes for everyone.
    await h.waitFor(() => h.view().phase === 'reveal', 'reveal', 8000);
    expect(h.view().distribution.counts.true).toBe(8);
    expect(h.view().distribution.missed).toBe(8);
    for (const s of staying) expect(s.view().verdict.points).toBeGreaterThan(0);
    await Promise.all([...staying.map((s) => s.room.leave()), h.room.leave()]);
  });

  it('limits join attempts from one address (no guessing codes)', async () => {
    const tries = await Promise.allSettled(
      Array.from({ length: 60 }, () =>
        new Client(endpoint(server.port)).joinById('ACE347', { role: 'student', name: 'x' }),
      ),
    );
    const messages = tries.map((t) => (t.status === 'rejected' ? String((t.reason as Error).message) : 'joined'));
    expect(messages).not.toContain('joined');
    expect(messages.filter((m) => m === 'live/too_many_joins').length).toBeGreaterThan(10);
  });
});
