/** Live games of every pack: the room carries its pack, the server scores that pack's questions, a wrong pack is refused by name. */
import { fileURLToPath } from 'node:url';
import { Client } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPack } from '../../scripts/content/packs.ts';
import { startLive, type LiveServer } from '../../server/live.ts';
import { endpoint, peer, student, waitUntil } from './helpers.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const geo = loadPack(root, 'sahel-geography').pack;
const article = loadPack(root, 'niger-coup-2023').pack;
const GEO_IDS = ['capital-mrt', 'neighbour-count-mrt'];

let server: LiveServer;
beforeAll(async () => {
  server = await startLive({ port: 0, host: '127.0.0.1', staticDir: null });
});
afterAll(async () => {
  await server.close();
});

async function hostGame(options: Record<string, unknown>) {
  const room = await new Client(endpoint(server.port)).create('live', {
    role: 'host',
    timeLimitMs: 20_000,
    ...options,
  });
  const p = peer(room);
  const h = await waitUntil(() => p.last.get('host'), 'host secret');
  return { ...p, secret: h.secret as string, code: h.code as string };
}

describe('live games of each pack', () => {
  it('plays a geography game: phones are told the pack, the server scores its questions', async () => {
    const h = await hostGame({ pack: { id: geo.id, version: geo.version }, questionIds: GEO_IDS });
    const a = await student(server.port, h.code, 'Awa');
    await a.waitFor(() => a.view().pack, 'the pack in the phone’s view');
    expect(a.view().pack).toEqual({ id: 'sahel-geography', version: geo.version });
    expect(h.view().pack).toEqual({ id: 'sahel-geography', version: geo.version });
    h.room.send('host', { secret: h.secret, action: 'start' });
    await a.waitFor(() => a.view().phase === 'question', 'question');
    expect(a.view().question.id).toBe('capital-mrt');
    a.room.send('answer', { index: 0, response: { type: 'choice', choice: 'nouakchott' } });
    await a.waitFor(() => a.view().phase === 'reveal', 'reveal');
    expect(a.view().verdict.correctness).toBe(1);
    expect(a.view().correct).toEqual({ type: 'choice', choice: 'nouakchott' });
    await Promise.all([a.room.leave(), h.room.leave()]);
  });

  it('a host page from before packs (no pack named) hosts the article pack', async () => {
    const h = await hostGame({ questionIds: ['coup-bazoum-elected-tf'] });
    await h.waitFor(() => h.view().pack, 'pack');
    expect(h.view().pack).toEqual({ id: 'niger-coup-2023', version: article.version });
    await h.room.leave();
  });

  it('refuses an unknown pack, another version, and questions of another pack, each by name', async () => {
    await expect(hostGame({ pack: { id: 'mali-2021', version: 1 }, questionIds: GEO_IDS })).rejects.toThrow(
      'live/unknown_pack',
    );
    await expect(hostGame({ pack: { id: geo.id, version: geo.version + 1 }, questionIds: GEO_IDS })).rejects.toThrow(
      'live/other_version',
    );
    await expect(
      hostGame({ pack: { id: article.id, version: article.version }, questionIds: GEO_IDS }),
    ).rejects.toThrow('live/bad_setup');
  });
});
