/**
 * Writes the game's sounds to assets/sounds/ (npm run make-sounds). No download: everything is
 * synthesised in scripts/sounds/recipes.ts. Same code, same bytes; test/unit/sounds.test.ts
 * fails if the committed files and the recipes drift apart.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderSounds } from './sounds/recipes.ts';
import { SAMPLE_RATE } from './sounds/synth.ts';

const outDir = fileURLToPath(new URL('../assets/sounds/', import.meta.url));
mkdirSync(outDir, { recursive: true });
let total = 0;
for (const sound of renderSounds()) {
  writeFileSync(outDir + sound.file, sound.bytes);
  total += sound.bytes.length;
  const seconds = (sound.samples.length / SAMPLE_RATE).toFixed(2);
  console.log(`${sound.file.padEnd(14)} ${String(sound.bytes.length).padStart(7)} B  ${seconds} s`);
}
console.log(`${'total'.padEnd(14)} ${String(total).padStart(7)} B`);
