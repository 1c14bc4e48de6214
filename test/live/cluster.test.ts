/**
 * Two server processes sharing rooms through Redis (@colyseus/redis-presence + redis-driver):
 * a student reaching either process lands in the right room; when Redis goes away the host is
 * told and the game on its process goes on. Needs Debian's redis-server (scripts/ensure-redis.sh installs it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { host, student, waitUntil } from './helpers.ts';
import { freePort, startRedis, startServerProcess, type Proc } from './processes.ts';

const IDS = ['coup-bazoum-elected-tf', 'coup-held-day-tf'];
const TRUE = { type: 'truefalse', value: true };

describe('two live server processes and Redis', () => {
  let redis: Proc;
  let a: Proc;
  let b: Proc;
  beforeAll(async () => {
    redis = await startRedis(await freePort());
    const env = (port: number) => ({
      REDIS_URL: `redis://127.0.0.1:${redis.port}`,
      PUBLIC_ADDRESS: `127.0.0.1:${port}`,
    });
    const [pa, pb] = [await freePort(), await freePort()];
    [a, b] = await Promise.all([startServerProcess(pa, env(pa)), startServerProcess(pb, env(pb))]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop(), redis?.stop()]);
  });

  it('puts students who reach either process into the one room', async () => {
    const h = await host(a.port, IDS);
    const viaA = await student(a.port, h.code, 'ViaA');
    const viaB = await student(b.port, h.code, 'ViaB');
    await h.waitFor(() => h.view().players?.length === 2, 'both students in the room');
    const h2 = await host(b.port, IDS);
    const other = await student(a.port, h2.code, 'Other');
    await h2.waitFor(() => h2.view().players?.length === 1, 'a room on B reached through A');
    h.room.send('host', { secret: h.secret, action: 'start' });
    await viaB.waitFor(() => viaB.view().phase === 'question', 'question');
    viaB.room.send('answer', { index: 0, response: TRUE });
    await viaB.waitFor(() => viaB.last.get('ack')?.ok === true, 'ack through the other process');
    expect(h.view().cluster).toBe('ok');
    await Promise.all([viaA.room.leave(), viaB.room.leave(), other.room.leave(), h.room.leave(), h2.room.leave()]);
  });

  it('tells the host when Redis goes away, and the game on its process goes on', async () => {
    const h = await host(a.port, IDS);
    const s = await student(a.port, h.code, 'Stays');
    h.room.send('host', { secret: h.secret, action: 'start' });
    await s.waitFor(() => s.view().phase === 'question', 'question');
    await redis.stop();
    await h.waitFor(() => h.view().cluster === 'down', 'the host told Redis is down', 10_000);
    const health = await (await fetch(`http://127.0.0.1:${a.port}/live/health`)).json();
    expect(health.cluster).toBe('down');
    s.room.send('answer', { index: 0, response: TRUE });
    await waitUntil(() => s.last.get('ack')?.ok === true, 'answer accepted without Redis');
    await s.waitFor(() => s.view().phase === 'reveal', 'question closed');
    expect(s.view().verdict.points).toBeGreaterThan(0);
  });
});
