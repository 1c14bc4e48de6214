import { defineConfig } from 'vitest/config';

// The live server's integration and fault tests: real colyseus.js clients on loopback, in node.
export default defineConfig({
  test: {
    include: ['test/live/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
