/**
 * Phaser's CommonJS sources, reached through the `phaser-src/` alias (see `vite-phaser-custom.ts`).
 * Only `phaser-custom.ts` imports them; game code imports `phaser` and gets the real package's types.
 */
declare module 'phaser-src/*' {
  const value: unknown;
  export default value;
}

/** Phaser's code evaluated in stages where the custom Phaser is built, a no-op elsewhere (`vite-phaser-custom.ts`). */
declare module 'sahel:phaser-boot' {
  export function evaluatePhaserInStages(): Promise<void>;
}
