/**
 * Vite plugin: build the game against the custom Phaser in `phaser-custom.ts` instead of the whole package.
 *
 * On `vite build` (and in any config that adds this plugin with `{ apply: 'always' }`, e.g. test fixtures):
 * - alias exactly `phaser` (regex `^phaser$`) to `src/phaser/phaser-custom.ts`;
 * - alias `phaser-src/…` to the installed `node_modules/phaser/src/…` (hidden by the package's `exports`);
 * - `define` the feature flags that Phaser's own webpack build defines (`typeof WEBGL_RENDERER` → `true`,
 *   `typeof FEATURE_SOUND` → `false`, …), so the bundler drops the code behind disabled flags.
 *
 * `vite dev` keeps the full prebuilt package (fast start, no CommonJS sources in the browser). The tests
 * that guard the difference: `test/unit/phaser-features.test.ts` and `test/e2e/phaser-custom.e2e.ts`.
 * Node-side only (used from Vite configs).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { PHASER_FEATURE_FLAGS } from './phaser-features.ts';
import { trimPhaserSource } from './phaser-trim.ts';

/** Absolute path of the custom entry. */
export const PHASER_CUSTOM_ENTRY = fileURLToPath(new URL('./phaser-custom.ts', import.meta.url));

/** Absolute path of the installed Phaser's `src/` folder (CommonJS sources). */
export const PHASER_SRC_DIR = join(dirname(createRequire(import.meta.url).resolve('phaser/package.json')), 'src');

/** `define` entries in the form Phaser's build uses: the whole `typeof FLAG` expression is replaced. */
export function phaserDefines(overrides: PhaserFlagOverrides = {}): Record<string, string> {
  const defines: Record<string, string> = {};
  for (const [flag, on] of Object.entries({ ...PHASER_FEATURE_FLAGS, ...overrides })) {
    defines[`typeof ${flag}`] = JSON.stringify(on);
  }
  return defines;
}

/** Flags to change for one build, e.g. `{ WEBGL_RENDERER: false }` for a Canvas-only game. */
export type PhaserFlagOverrides = Partial<Record<keyof typeof PHASER_FEATURE_FLAGS, boolean>>;

export interface PhaserCustomOptions {
  flags?: PhaserFlagOverrides;
  /** `'build'` (default): only production builds use the custom Phaser. `'always'`: dev server too. */
  apply?: 'build' | 'always';
  /** Cut what a Canvas-only game with Graphics, Text, Container and Image never reaches (phaser-trim.ts). */
  trim?: boolean;
}

/** Absolute path of the staged evaluation of Phaser's code (phaser-boot.ts). */
export const PHASER_BOOT_ENTRY = fileURLToPath(new URL('./phaser-boot.ts', import.meta.url));

/**
 * `import { evaluatePhaserInStages } from 'sahel:phaser-boot'`: phaser-boot.ts where the custom Phaser is
 * built, else a no-op (`vite dev` runs the prebuilt package, and its dependency scan must not see
 * phaser-boot's `require('phaser-src/…')`, which only the custom build resolves).
 */
const PHASER_BOOT_ID = 'sahel:phaser-boot';
const PHASER_BOOT_NOOP = `\0${PHASER_BOOT_ID}-noop`;

export function phaserCustom(options: PhaserCustomOptions = {}): Plugin {
  // Active on `vite build` (or always, on request); otherwise only 'sahel:phaser-boot' is answered (a no-op).
  let active = options.apply === 'always';
  return {
    name: 'sahel:phaser-custom',
    resolveId(id) {
      if (id !== PHASER_BOOT_ID) return null;
      return active ? PHASER_BOOT_ENTRY : PHASER_BOOT_NOOP;
    },
    load(id) {
      return id === PHASER_BOOT_NOOP ? 'export async function evaluatePhaserInStages() {}\n' : null;
    },
    config(_config, env) {
      active ||= env.command === 'build';
      if (!active) return null;
      return {
        resolve: {
          alias: [
            { find: /^phaser$/, replacement: PHASER_CUSTOM_ENTRY },
            { find: /^phaser-src\/(.*)$/, replacement: `${PHASER_SRC_DIR}/$1` },
          ],
        },
        define: phaserDefines(options.flags),
      };
    },
    transform(code, id) {
      if (!active) return null;
      const path = id.replaceAll('\\', '/');
      const at = path.lastIndexOf('/phaser/src/');
      if (at < 0) return null;
      const file = path.slice(at + '/phaser/src/'.length);
      if (options.trim) {
        try {
          const trimmed = trimPhaserSource(code, file);
          if (trimmed !== null) return { code: trimmed, map: null };
        } catch (error) {
          this.error(error instanceof Error ? error.message : String(error));
        }
      }
      // Phaser's device check makes a WebGL context while its code is evaluated, to learn whether
      // WebGL works: on a phone or a GPU-less laptop that alone is a long main-thread task. A
      // Canvas-only build never uses the answer (only `type: AUTO`/`WEBGL` read it): skip the context.
      if (options.flags?.WEBGL_RENDERER !== false || file !== 'device/Features.js') return null;
      const probe = "var ctx = canvas.getContext('webgl') || canvas.getContext('experimental-webgl');";
      if (!code.includes(probe)) this.error('phaser-custom: the WebGL probe in device/Features.js has changed');
      return { code: code.replace(probe, 'var ctx = null;'), map: null };
    },
  };
}
