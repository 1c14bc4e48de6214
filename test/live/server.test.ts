import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLive, type LiveServer } from '../../server/live.ts';
import { host, student, waitUntil } from './helpers.ts';

let server: LiveServer;
beforeAll(async () => {
  server = await startLive({ port: 0, host: '127.0.0.1', staticDir: null });
});
afterAll(async () => {
  await server.close();
});

const IDS = ['coup-bazoum-elected-tf', 'coup-held-day-tf'];

describe('live server with real colyseus.js clients', () => {
  it('plays a question: answers scored by the server, the answer only after it closes', async () => {
    const h = await host(server.port, IDS);
    expect(h.code).toMatch(/^[3479ACEFGHJKMNPQRTWXY]{6}$/);
    const a = await student(server.port, h.code, 'Awa');
    const b = await student(server.port, h.code, 'Awa');
    await h.waitFor(() => h.view().players?.length === 2, 'two players');
    expect(h.view().players.map((p: { name: string }) => p.name)).toEqual(['Awa', 'Awa 2']);
    h.room.send('host', { secret: h.secret, action: 'start' });
    await a.waitFor(() => a.view().phase === 'question', 'question');
    expect(a.view().correct).toBeNull();
    expect(JSON.stringify(a.view().question)).not.toContain('"answer":true');
    a.room.send('answer', { index: 0, response: { type: 'truefalse', value: true } });
    const ack = await a.waitFor(() => a.last.get('ack'), 'ack');
    expect(ack).toMatchObject({ index: 0, ok: true });
    a.room.send('answer', { index: 0, response: { type: 'truefalse', value: false } });
    await a.waitFor(() => a.last.get('ack')?.error === 'live/answered', 'second answer refused');
    await h.waitFor(() => h.view().answered === 1, 'answered count');
    b.room.send('answer', { index: 0, response: { type: 'truefalse', value: false } });
    await a.waitFor(() => a.view().phase === 'reveal', 'reveal');
    expect(a.view().verdict.points).toBeGreaterThan(500);
    expect(b.view().verdict.points).toBe(0);
    expect(a.view().correct).toEqual({ type: 'truefalse', value: true });
    const results = await h.waitFor(
      () => (h.last.get('results')?.length === 2 ? h.last.get('results') : null),
      'results',
    );
    expect(results[0].answers).toHaveLength(1);
    await Promise.all([a.room.leave(), b.room.leave(), h.room.leave()]);
  });

  it('refuses a wrong code, a bad name, a host action without the secret', async () => {
    const h = await host(server.port, IDS);
    await expect(student(server.port, 'ACE347', 'Awa')).rejects.toThrow();
    await expect(student(server.port, h.code, '\u200b')).rejects.toThrow(/name_empty/);
    const a = await student(server.port, h.code, 'Awa');
    a.room.send('host', { secret: 'x'.repeat(24), action: 'start' });
    a.room.send('host', { secret: h.secret, action: 'start' });
    await new Promise((r) => setTimeout(r, 300));
    expect(h.view().phase).toBe('lobby');
    await Promise.all([a.room.leave(), h.room.leave()]);
  });

  it('brings a reloaded phone back to its seat with its score', async () => {
    const h = await host(server.port, IDS);
    const a = await student(server.port, h.code, 'Awa');
    const seat = a.last.get('seat').seat;
    h.room.send('host', { secret: h.secret, action: 'start' });
    await a.waitFor(() => a.view().phase === 'question', 'question');
    a.room.send('answer', { index: 0, response: { type: 'truefalse', value: true } });
    await a.waitFor(() => a.view().phase === 'reveal', 'reveal');
    const score = a.view().score;
    a.room.connection.close();
    await h.waitFor(() => h.view().players?.[0]?.connected === false, 'away');
    const again = await student(server.port, h.code, 'whoever', seat);
    await waitUntil(() => again.view().score === score && again.view().name === 'Awa', 'same seat');
    await h.waitFor(() => h.view().players?.[0]?.connected === true, 'back');
    await Promise.all([again.room.leave(), h.room.leave()]);
  });

  it('lets the host give a student time x2 and remove another, who cannot come back', async () => {
    const h = await host(server.port, IDS);
    const a = await student(server.port, h.code, 'Awa');
    const b = await student(server.port, h.code, 'Ben');
    await h.waitFor(() => h.view().players?.length === 2, 'two players');
    const [awa, ben] = h.view().players as { id: string }[];
    h.room.send('host', { secret: h.secret, action: 'scale', player: awa?.id, scale: 2 });
    await a.waitFor(() => h.view().players?.[0]?.timeScale === 2, 'time x2');
    const gone = new Promise<number>((r) => b.room.onLeave(r));
    h.room.send('host', { secret: h.secret, action: 'remove', player: ben?.id });
    expect(await gone).toBe(4003);
    const seat = b.last.get('seat').seat as string;
    await expect(student(server.port, h.code, 'Ben', seat)).rejects.toThrow(/live\/removed/);
    h.room.send('host', { secret: h.secret, action: 'start' });
    await a.waitFor(() => a.view().phase === 'question', 'question');
    expect(a.view().limitMs).toBe(40_000);
    await Promise.all([a.room.leave(), h.room.leave()]);
  });
});
