import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/e2e/harness/browser.ts';
import { serveStatic } from '../../test/e2e/harness/server.ts';

// Lighthouse 12.2.3 (13 needs Node 22), its default mobile profile (simulated slow 4G, CPU x4),
// against the build served with gzip as a real host would, in Debian's Chromium.

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  totalBlockingMs: number;
  largestPaintMs: number;
  maxPotentialInputDelayMs: number;
  /**
   * Lighthouse's own measure of this machine's CPU (`environment.benchmarkIndex`). Its ×4 slowdown
   * is meant for a fast desktop (1500–2000) to stand for a mid-tier phone; its throttling guide
   * suggests less slowdown on a slower host. Recorded so runs on different machines can be read.
   */
  benchmarkIndex: number;
}

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
  environment?: { benchmarkIndex?: number };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`lighthouse exited with ${code}: ${stderr.slice(-800)}`)),
    );
  });
}

export async function runLighthouse(dist: string): Promise<LighthouseFigures> {
  const server = await serveStatic({ root: dist, gzip: true });
  const dir = await mkdtemp(join(tmpdir(), 'sahel-lighthouse-'));
  try {
    const out = join(dir, 'report.json');
    const flags = ['--headless=new', ...CHROMIUM_ARGS, `--user-data-dir=${join(dir, 'profile')}`].join(' ');
    await run(
      process.execPath,
      [
        join('node_modules', 'lighthouse', 'cli', 'index.js'),
        server.url,
        '--quiet',
        '--output=json',
        `--output-path=${out}`,
        '--only-categories=performance,accessibility,best-practices',
        `--chrome-flags=${flags}`,
      ],
      { ...process.env, CHROME_PATH: CHROMIUM_PATH },
    );
    const report = JSON.parse(await readFile(out, 'utf8')) as Report;
    const score = (id: string): number => report.categories[id]?.score ?? Number.NaN;
    const audit = (id: string): number => report.audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      totalBlockingMs: Math.round(audit('total-blocking-time')),
      largestPaintMs: Math.round(audit('largest-contentful-paint')),
      maxPotentialInputDelayMs: Math.round(audit('max-potential-fid')),
      benchmarkIndex: Math.round(report.environment?.benchmarkIndex ?? Number.NaN),
    };
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}
