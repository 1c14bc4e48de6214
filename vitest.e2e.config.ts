import { defineConfig } from 'vitest/config';
import { languageNames } from './scripts/vite-plugin-i18n.ts';

// End-to-end tests: drive the built game (dist/) in headless Chromium, one file at a time
// (a 2-core machine runs one browser well, two badly), with timeouts long enough for a
// software-rendered WebGL start-up. The files share their imported modules (isolate: false:
// about 40 s of importing Playwright and the harness once per file saved); each test still gets
// a fresh browser context, and each file its own Chromium (harness/setup.ts).
export default defineConfig({
  // Test files that import the game's code (e.g. the round's controls) need the build's virtual modules.
  plugins: [languageNames()],
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    setupFiles: ['test/e2e/harness/setup.ts'],
    environment: 'node',
    fileParallelism: false,
    isolate: false,
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
  },
});
