/**
 * `npm run bench:live`: live games under load with the real client library (colyseus.js), on
 * this machine's loopback only, bounded in count and time. Prints one JSON line and appends it
 * to scripts/bench/history.jsonl:
 *   - single: 60 students answering 20 questions in one room on one process;
 *   - cluster: 600 students in 20 rooms on two processes sharing rooms through Redis (students
 *     reach either process).
 * For each: students, answers sent, lostAnswers (sent but not acknowledged as taken),
 * p95AckMs (answer sent → acknowledged), server memory per room (heap growth after GC / rooms,
 * with the students in), and the machine's load average. Students answer 0–3 s after a question
 * shows (seeded), as a class does, rather than all in the same millisecond.
 * Figures are distorted by whatever else runs on the machine; compare runs, not absolutes.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { Client, type Room } from 'colyseus.js';
import type { Question, Response } from '../src/core/content/types.ts';
import type { HostView, PlayerView } from '../src/core/live/protocol.ts';
import { kindOf } from '../src/core/questions/registry.ts';
import { createRng } from '../src/core/random/rng.ts';
import { freePort, startRedis, startServerProcess, type Proc } from '../test/live/processes.ts';
import { appendHistory, gitState } from './bench/history.ts';
import { percentile, round } from './bench/stats.ts';

const pack = JSON.parse(
  readFileSync(new URL('../content/niger-coup-2023/questions.json', import.meta.url), 'utf8'),
) as {
  questions: Question[];
};
/** Twenty questions of every type, one per fact, in pack order (the same for every run). */
const IDS = pack.questions
  .filter((q, i, all) => all.findIndex((o) => o.fact === q.fact) === i)
  .slice(0, 20)
  .map((q) => q.id);
const SETTING_LIMIT_MS = 240_000;

/** Some valid answer (right or wrong does not matter here): the right one, from the pack's own question. */
function someResponse(seen: Question): Response {
  const q = pack.questions.find((x) => x.id === seen.id) ?? seen;
  return kindOf(q).correctResponse(q);
}

interface Tally {
  sent: number;
  acked: number;
  ackMs: number[];
}

/** The server's heap after a full GC (its /live/stats, on only for the bench). */
async function heapBytes(port: number): Promise<number> {
  const r = await fetch(`http://127.0.0.1:${port}/live/stats`);
  return ((await r.json()) as { heapUsed: number }).heapUsed;
}

/** Students do not all tap at the same millisecond: each answers after 0–3 s (seeded, same every run). */
const think = createRng(15);
const THINK_MS = 3000;

async function student(port: number, code: string, name: string, tally: Tally): Promise<Room> {
  const room = await new Client(`ws://127.0.0.1:${port}`).joinById(code, { role: 'student', name });
  let answered = -1;
  let sentAt = 0;
  room.onMessage('seat', () => undefined);
  room.onMessage('ack', (a: { ok: boolean }) => {
    tally.ackMs.push(performance.now() - sentAt);
    if (a.ok) tally.acked++;
  });
  room.onMessage('view', (v: PlayerView) => {
    if (v.phase !== 'question' || !v.question || v.answered || answered === v.index) return;
    answered = v.index;
    const response = someResponse(v.question as Question);
    setTimeout(() => {
      tally.sent++;
      sentAt = performance.now();
      room.send('answer', { index: v.index, response });
    }, think() * THINK_MS);
  });
  return room;
}

/** One room: a host that moves on as soon as every student answered, and `students` students. */
async function game(
  hostPort: number,
  studentPorts: number[],
  students: number,
  tally: Tally,
): Promise<() => Promise<void>> {
  const host = await new Client(`ws://127.0.0.1:${hostPort}`).create('live', {
    role: 'host',
    questionIds: IDS,
    timeLimitMs: 60_000,
  });
  const { code, secret } = await new Promise<{ code: string; secret: string }>((r) => host.onMessage('host', r));
  const rooms: Room[] = [];
  for (let i = 0; i < students; i++)
    rooms.push(await student(studentPorts[i % studentPorts.length] as number, code, `S${i}`, tally));
  let finished!: () => void;
  const done = new Promise<void>((r) => {
    finished = r;
  });
  let moved = -1;
  host.onMessage('results', () => undefined);
  host.onMessage('view', (v: HostView) => {
    if (v.phase === 'finished') finished();
    if (v.phase === 'reveal' && moved !== v.index) {
      moved = v.index;
      host.send('host', { secret, action: 'next' });
    }
  });
  return async () => {
    host.send('host', { secret, action: 'start' });
    await done;
    await Promise.all([...rooms.map((r) => r.leave()), host.leave()]);
  };
}

async function setting(procs: Proc[], rooms: number, perRoom: number) {
  const tally: Tally = { sent: 0, acked: 0, ackMs: [] };
  const before = await Promise.all(procs.map((p) => heapBytes(p.port)));
  const ports = procs.map((p) => p.port);
  const games = [];
  for (let i = 0; i < rooms; i++) games.push(await game(ports[i % ports.length] as number, ports, perRoom, tally));
  const after = await Promise.all(procs.map((p) => heapBytes(p.port)));
  const growth = after.reduce((s, b, i) => s + b - (before[i] ?? 0), 0);
  const started = performance.now();
  const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), SETTING_LIMIT_MS).unref());
  const outcome = await Promise.race([Promise.all(games.map((g) => g())).then(() => 'done' as const), timeout]);
  return {
    students: rooms * perRoom,
    rooms,
    processes: procs.length,
    questions: IDS.length,
    answers: tally.sent,
    lostAnswers: tally.sent - tally.acked,
    p95AckMs: round(percentile(tally.ackMs, 95), 1),
    memoryPerRoomBytes: Math.round(growth / rooms),
    loadAverage: round(loadavg()[0] ?? 0, 1),
    seconds: round((performance.now() - started) / 1000, 1),
    completed: outcome === 'done',
  };
}

async function main(): Promise<void> {
  const env = { JOIN_RATE: '2000', LIVE_STATS: '1' };
  const one = await startServerProcess(await freePort(), env, ['--expose-gc']);
  const single = await setting([one], 1, 60).finally(() => one.stop());
  const redis = await startRedis(await freePort());
  const [pa, pb] = [await freePort(), await freePort()];
  const cluster = { ...env, REDIS_URL: `redis://127.0.0.1:${redis.port}` };
  const procs = await Promise.all([
    startServerProcess(pa, { ...cluster, PUBLIC_ADDRESS: `127.0.0.1:${pa}` }, ['--expose-gc']),
    startServerProcess(pb, { ...cluster, PUBLIC_ADDRESS: `127.0.0.1:${pb}` }, ['--expose-gc']),
  ]);
  const shared = await setting(procs, 20, 30).finally(() => Promise.all([...procs.map((p) => p.stop()), redis.stop()]));
  const entry = {
    kind: 'live',
    date: new Date().toISOString(),
    ...gitState(),
    node: process.version,
    single,
    cluster: shared,
  };
  console.log(JSON.stringify(entry));
  await appendHistory(entry);
  process.exit(single.completed && shared.completed ? 0 : 1);
}

await main();
