import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, loadConfigFromFile, type UserConfig } from 'vite';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** BENCH_DIST / BENCH_EMPTY_DIST: build elsewhere than the shared dist/ when several people bench at once. */
export const GAME_DIST = process.env.BENCH_DIST
  ? join(PROJECT_ROOT, process.env.BENCH_DIST)
  : join(PROJECT_ROOT, 'dist');
export const EMPTY_ROOT = fileURLToPath(new URL('./empty-phaser/', import.meta.url));
export const EMPTY_DIST = process.env.BENCH_EMPTY_DIST
  ? join(PROJECT_ROOT, process.env.BENCH_EMPTY_DIST)
  : join(PROJECT_ROOT, 'dist-empty');

/** Builds the game exactly as `vite build` does (the project's vite.config.ts) into dist/. */
export async function buildGame(): Promise<string> {
  await build({ root: PROJECT_ROOT, logLevel: 'warn', build: { outDir: GAME_DIST, emptyOutDir: true } });
  return GAME_DIST;
}

/**
 * The settings of the game's build that say *how* code is built (output target, minifier,
 * base path), without what it builds (aliases, defines, plugins): so the empty game uses the
 * default `phaser` entry even when the game aliases a custom Phaser build.
 */
async function gameBuildSettings(): Promise<Pick<UserConfig, 'base'> & { build: NonNullable<UserConfig['build']> }> {
  const configFile = join(PROJECT_ROOT, 'vite.config.ts');
  const loaded = existsSync(configFile)
    ? await loadConfigFromFile({ command: 'build', mode: 'production' }, configFile, PROJECT_ROOT, 'silent')
    : null;
  const game = loaded?.config ?? {};
  const b = game.build ?? {};
  const settings: Pick<UserConfig, 'base'> & { build: NonNullable<UserConfig['build']> } = { build: {} };
  if (game.base !== undefined) settings.base = game.base;
  if (b.target !== undefined) settings.build.target = b.target;
  if (b.minify !== undefined) settings.build.minify = b.minify;
  if (b.cssMinify !== undefined) settings.build.cssMinify = b.cssMinify;
  if (b.assetsInlineLimit !== undefined) settings.build.assetsInlineLimit = b.assetsInlineLimit;
  if (b.modulePreload !== undefined) settings.build.modulePreload = b.modulePreload;
  return settings;
}

/** Builds the empty default Phaser 4 game with the same Vite and build settings into dist-empty/. */
export async function buildEmptyPhaser(): Promise<string> {
  const settings = await gameBuildSettings();
  await build({
    configFile: false,
    root: EMPTY_ROOT,
    logLevel: 'warn',
    ...settings,
    build: { ...settings.build, sourcemap: false, outDir: EMPTY_DIST, emptyOutDir: true },
  });
  return EMPTY_DIST;
}
