/**
 * `npm start`: the game and the live server on one port of the teacher's laptop.
 *   PORT (default 8080), HOST (default 0.0.0.0: phones on the same Wi-Fi reach it),
 *   REDIS_URL (optional: share rooms with other processes), STATIC_DIR (default dist/).
 */
import { fileURLToPath } from 'node:url';
import { lanAddresses, startLive } from './live.ts';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '0.0.0.0';
const staticDir = process.env.STATIC_DIR ?? fileURLToPath(new URL('../dist', import.meta.url));
const joinRate = process.env.JOIN_RATE
  ? { perSecond: Number(process.env.JOIN_RATE), burst: Number(process.env.JOIN_RATE) * 10 }
  : undefined;

const server = await startLive({
  port,
  host,
  staticDir,
  redisUrl: process.env.REDIS_URL ?? null,
  joinRate,
  publicAddress: process.env.PUBLIC_ADDRESS,
  stats: process.env.LIVE_STATS === '1',
});
const shown = host === '0.0.0.0' ? lanAddresses() : [host];
console.log(`Sahel Quiz live on port ${server.port}`);
for (const a of shown.length ? shown : ['127.0.0.1']) console.log(`  http://${a}:${server.port}/`);
console.log(`LIVE_READY ${server.port}`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
