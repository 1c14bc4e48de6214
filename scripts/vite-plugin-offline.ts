/**
 * Vite plugins for playing offline and installing the game (issue 8). Node-side (vite.config.ts).
 *
 * - `vite-plugin-pwa` (Workbox `generateSW`) writes `sw.js`, which precaches every file of the build:
 *   the page, all JS (game, both languages' chunks, the teacher's screens), CSS, sounds, music and
 *   icons; map data and questions are inside the JS. Navigations are answered with the cached
 *   `index.html`, so `?lng=fr` and assignment links (`#r=…`, same page) open offline.
 * - Updates are prompt-style: a new worker waits until the player accepts the offer that
 *   `src/platform/offline.ts` shows on the title and summary screens; nothing reloads mid-round.
 * - The page registers the worker itself (`injectRegister: false`, no inline script, for the CSP).
 * - The web manifest and the PNG icons made by `scripts/make-icons.ts` from `assets/icons/icon.svg`.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const ICONS = ['icon-32.png', 'icon-192.png', 'icon-512.png', 'icon-maskable-512.png'] as const;

/**
 * Emits the committed PNG icons as `icons/<name>` in the build, where the manifest points, and
 * serves them there in development; with them the tab's icon (index.html), a 32 px PNG. Chromium
 * fetches and decodes a page's icon on the page's own main thread, and an SVG icon is a whole SVG
 * document there (parsed, styled, laid out and painted): a 50–60 ms task at CPU ×4 while the game
 * loads (issue 20). A small PNG is one quick decode.
 */
function emitIcons(): Plugin {
  return {
    name: 'sahel:icons',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = ICONS.find((icon) => req.url === `/icons/${icon}`);
        if (!name) return next();
        res.setHeader('Content-Type', 'image/png');
        res.end(readFileSync(new URL(`../assets/icons/${name}`, import.meta.url)));
      });
    },
    generateBundle() {
      for (const name of ICONS) {
        this.emitFile({
          type: 'asset',
          fileName: `icons/${name}`,
          source: readFileSync(new URL(`../assets/icons/${name}`, import.meta.url)),
        });
      }
    },
  };
}

export function offline(): Plugin[] {
  return [
    emitIcons(),
    ...VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Sahel Quiz',
        short_name: 'Sahel Quiz',
        description: 'The July 2023 coup in Niger, as a timed map quiz in English and French.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#cfe0ea',
        theme_color: '#0b5cab',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{html,js,css,svg,png,webmanifest,json,mp3,wav,ogg}'],
        navigateFallback: 'index.html',
        // The first install takes the open page at once, so it works offline without a reload;
        // later versions wait (prompt) until the player refreshes.
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ];
}
