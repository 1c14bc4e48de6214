import { defineConfig } from 'vite';
import { contentCheck } from './scripts/vite-plugin-content.ts';
import { offline } from './scripts/vite-plugin-offline.ts';
import { contentSecurityPolicy } from './scripts/vite-plugin-csp.ts';
import { languageNames, translationCheck } from './scripts/vite-plugin-i18n.ts';
import { phaserCustom } from './src/phaser/vite-phaser-custom.ts';
import { BUILD_TARGET } from './scripts/browser-support.ts';

export default defineConfig({
  // `vite build`: alias `^phaser$` to src/phaser/phaser-custom.ts (only the Phaser the game uses) and
  // define Phaser's feature flags. Dev keeps the full package. See scripts/phaser-build.md.
  // Canvas only: the game draws with Phaser.CANVAS (see src/scenes/createGame.ts), ~53 KB gzipped less;
  // `trim` cuts what such a game never reaches inside Phaser (src/phaser/phaser-trim.ts).
  plugins: [
    contentCheck(),
    translationCheck(),
    languageNames(),
    phaserCustom({ flags: { WEBGL_RENDERER: false }, trim: true }),
    offline(),
    contentSecurityPolicy(),
  ],
  base: './',
  // The map data worker (src/scenes/map/load/) is an ES module worker: one `worker-src 'self'` file.
  worker: { format: 'es' },
  build: {
    // Safari 16.4 and Firefox ESR 115 and later (scripts/browser-support.ts; the built CSS is checked there too).
    target: BUILD_TARGET,
    assetsInlineLimit: 0,
    // Phaser's own chunk (~780 KB raw, ~190 KB gzipped) is the one over Vite's 500 KB default; it
    // loads behind the title, after the first question can be answered (see src/main.ts).
    chunkSizeWarningLimit: 900,
    // Everything the first screen imports in one chunk: the page asks for two scripts, not ten, and at
    // CPU ×4 each request costs the parser about 5 ms of one task (issue 20).
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] } } },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
