import { defineConfig } from 'vitest/config';

// Unit tests run in plain node: everything they test is free of Phaser and the DOM.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
