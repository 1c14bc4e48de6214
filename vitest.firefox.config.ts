import { defineConfig } from 'vitest/config';

// Firefox ESR end-to-end set (test/e2e-firefox/): the built game in Debian's firefox-esr over
// WebDriver BiDi (puppeteer-core). Runs after the Chromium set, one file at a time.
export default defineConfig({
  test: {
    include: ['test/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
  },
});
