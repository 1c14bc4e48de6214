import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PHASER_TRIM_RULES, trimPhaserSource } from '../../src/phaser/phaser-trim.ts';
import { PHASER_SRC_DIR } from '../../src/phaser/vite-phaser-custom.ts';

const source = (file: string): string => readFileSync(join(PHASER_SRC_DIR, file), 'utf8');

/** What Phaser's device checks report (device/Features.js, device/CanvasFeatures.js). */
interface DeviceFlags {
  webGL?: boolean;
  canvas?: boolean;
  support32bit?: boolean;
  supportInverseAlpha?: boolean;
}

/** Runs a trimmed Phaser CommonJS file with the given modules and browser globals; returns its exports. */
function run(file: string, modules: Record<string, unknown>, globals: Record<string, unknown>): DeviceFlags {
  const code = trimPhaserSource(source(file), file) ?? '';
  const module = { exports: {} as DeviceFlags };
  const require = (name: string): unknown => {
    if (!(name in modules)) throw new Error(`unexpected require('${name}')`);
    return modules[name];
  };
  const names = Object.keys(globals);
  new Function('require', 'module', ...names, code)(require, module, ...names.map((n) => globals[n]));
  return module.exports;
}

/** A CanvasPool that fails the test if any canvas is made. */
const noCanvas = {
  create2D: () => {
    throw new Error('a canvas was made');
  },
  createWebGL: () => {
    throw new Error('a WebGL canvas was made');
  },
  remove: () => {},
};

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

  it('the device check makes no canvas or WebGL context at load, says "no WebGL" and keeps support32bit', () => {
    const window = { CanvasRenderingContext2D: class {}, WebGLRenderingContext: class {}, URL };
    const made: string[] = [];
    const pool = {
      ...noCanvas,
      create2D: () => made.push('2d') && noCanvas.create2D(),
      createWebGL: () => made.push('webgl') && noCanvas.createWebGL(),
    };
    const features = run(
      'device/Features.js',
      { './OS': { iOS: false }, './Browser': { chrome: true }, '../display/canvas/CanvasPool': pool },
      { window, document: {}, navigator: {}, localStorage: { getItem: () => null } },
    );
    expect(made).toEqual([]);
    expect(features.webGL).toBe(false);
    expect(features.canvas).toBe(true);
    // What the probe found through ImageData: a Uint8ClampedArray on a little-endian machine.
    expect(features.support32bit).toBe(true);
  });

  it('supportInverseAlpha is found on its first read, not at load, with the same pixel test', () => {
    let canvases = 0;
    const pixels: Uint8ClampedArray[] = [];
    const context = {
      fillStyle: '',
      fillRect: () => {},
      getImageData: (x: number) => ({ data: pixels[x] ?? new Uint8ClampedArray(4) }),
      putImageData: (image: { data: Uint8ClampedArray }, x: number) => {
        pixels[x] = image.data;
      },
    };
    const pool = {
      ...noCanvas,
      create2D: () => {
        canvases++;
        return { getContext: () => context };
      },
    };
    // An Image that never loads: the blend mode check (still at load) does not reach the pool.
    const features = run(
      'device/CanvasFeatures.js',
      { '../display/canvas/CanvasPool': pool },
      { document: {}, Image: class {} },
    );
    expect(canvases).toBe(0);
    expect(features.supportInverseAlpha).toBe(true);
    expect(canvases).toBe(1);
    expect(features.supportInverseAlpha).toBe(true);
    expect(canvases).toBe(1);
    expect(Object.keys(features)).toContain('supportInverseAlpha');
  });
});
