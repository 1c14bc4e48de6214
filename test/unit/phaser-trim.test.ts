import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PHASER_TRIM_RULES, trimPhaserSource } from '../../src/phaser/phaser-trim.ts';
import { PHASER_SRC_DIR } from '../../src/phaser/vite-phaser-custom.ts';

const source = (file: string): string => readFileSync(join(PHASER_SRC_DIR, file), 'utf8');

describe('the trimmed Canvas-only Phaser (src/phaser/phaser-trim.ts)', () => {
  it('every rule still matches the installed Phaser, and its file no longer requires what was cut', () => {
    for (const rule of PHASER_TRIM_RULES) {
      const trimmed = trimPhaserSource(source(rule.file), rule.file);
      expect(trimmed, rule.file).not.toBeNull();
      for (const [from] of rule.swaps) expect(trimmed, rule.file).not.toContain(from);
    }
    const filters = trimPhaserSource(
      source('gameobjects/components/FilterList.js'),
      'gameobjects/components/FilterList.js',
    );
    expect(filters).not.toMatch(/require\('\.\.\/\.\.\/filters\//);
  });

  it('leaves other files alone and stops the build, naming the file, when Phaser changed a cut line', () => {
    expect(trimPhaserSource(source('core/Config.js'), 'core/Config.js')).toBeNull();
    expect(() => trimPhaserSource('var x = 1;', 'textures/TextureManager.js')).toThrow(
      /phaser\/src\/textures\/TextureManager\.js/,
    );
  });

  it('a left-out feature fails with a message that says so, not a silent wrong result', () => {
    const trimmed = trimPhaserSource(source('textures/TextureManager.js'), 'textures/TextureManager.js') ?? '';
    const line = trimmed.split('\n').find((l) => l.startsWith('var DynamicTexture = ')) ?? '';
    const DynamicTexture = new Function(`${line}; return DynamicTexture;`)() as new () => unknown;
    expect(() => new DynamicTexture()).toThrow(/DynamicTexture is not in this build/);
  });
});
