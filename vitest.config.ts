import { defineConfig } from 'vitest/config';

// Unit tests run in plain node: everything they test is free of Phaser and the DOM.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // Property tests and the command-line tests take seconds on a busy 2-core machine; speed is measured
    // by the bench, never by a test's time limit.
    testTimeout: 30_000,
  },
});
