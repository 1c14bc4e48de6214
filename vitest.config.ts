import { defineConfig } from 'vitest/config';
import { languageNames } from './scripts/vite-plugin-i18n.ts';

// Unit tests run in plain node: everything they test is free of Phaser and the DOM.
export default defineConfig({
  // src/i18n reads each language's name from the build (virtual:sahel-language-names).
  plugins: [languageNames()],
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // Property tests and the command-line tests take seconds on a busy 2-core machine; speed is measured
    // by the bench, never by a test's time limit.
    testTimeout: 30_000,
  },
});
