/**
 * What a Canvas-only game never reaches inside Phaser, cut out of its sources at build time.
 *
 * Phaser's core `require`s whole subsystems at load time even when a game never calls them: the
 * texture manager makes a TileSprite and knows every atlas format and DynamicTexture (WebGL drawing
 * contexts), every camera holds a FilterList that requires all 20-odd WebGL filters, the game makes an
 * AnimationManager, and `Phaser.Math` (Matrix4, Quaternion, noise…) is loaded whole for its random
 * generator. The game draws with Canvas, Graphics, Text, Container and Image only
 * (src/phaser/phaser-features.ts), so each of those `require`s is swapped for a stand-in that fails
 * loudly if it is ever used. ~25 KB gzip less before the first question, and less code to evaluate.
 *
 * Node-side only (the Vite plugin in vite-phaser-custom.ts). Each rule names the exact source text it
 * replaces: if a Phaser update changes it, the build stops and names the file (nothing is cut silently).
 */

/** A stand-in constructor: a feature left out of this build fails with a message saying so. */
const leftOut = (what: string): string =>
  `function () { throw new Error('Phaser ${what} is not in this build: see scripts/phaser-build.md'); }`;

interface TrimRule {
  /** The file, relative to phaser/src. */
  file: string;
  /** Exact source text → its replacement (every one must be found). */
  swaps: [string, string][];
  /** Replace the whole file instead. */
  whole?: string;
}

const FILTERS = [
  'Barrel',
  'Blend',
  'Blocky',
  'Blur',
  'Bokeh',
  'ColorMatrix',
  'CombineColorMatrix',
  'Displacement',
  'Glow',
  'GradientMap',
  'ImageLight',
  'Key',
  'Mask',
  'NormalTools',
  'PanoramaBlur',
  'Pixelate',
  'Quantize',
  'Sampler',
  'Shadow',
  'Threshold',
  'Vignette',
  'Wipe',
];

export const PHASER_TRIM_RULES: readonly TrimRule[] = [
  {
    // Camera filters are drawn by the WebGL renderer only; a Canvas camera keeps an empty list.
    file: 'gameobjects/components/FilterList.js',
    swaps: FILTERS.map((f) => [`var ${f} = require('../../filters/${f}');`, `var ${f} = ${leftOut(`filter ${f}`)};`]),
  },
  {
    file: 'textures/TextureManager.js',
    swaps: [
      // Render textures (WebGL drawing contexts): `this.textures.addDynamicTexture` is not used.
      ["var DynamicTexture = require('./DynamicTexture');", `var DynamicTexture = ${leftOut('DynamicTexture')};`],
      // Made once per game for DynamicTexture's repeat fills only: an inert object stands in.
      [
        "var TileSpriteGameObject = require('../gameobjects/tilesprite/TileSprite');",
        'var TileSpriteGameObject = function () {}; TileSpriteGameObject.prototype.setOrigin = function () { return this; }; TileSpriteGameObject.prototype.destroy = function () {};',
      ],
      // Images only (this.load.image): no atlas, sprite sheet or compressed-texture parsers.
      ["var Parser = require('./parsers');", "var Parser = { Image: require('./parsers/Image') };"],
    ],
  },
  {
    // GPU textures only: with Canvas no source is ever one.
    file: 'textures/TextureSource.js',
    swaps: [
      [
        "var WebGLTextureWrapper = require('../renderer/webgl/wrappers/WebGLTextureWrapper');",
        'var WebGLTextureWrapper = function () {};',
      ],
    ],
  },
  {
    // Sprite animations: no sprites. `this.anims` stays an object.
    file: 'core/Game.js',
    swaps: [
      [
        "var AnimationManager = require('../animations/AnimationManager');",
        'var AnimationManager = function (game) { this.game = game; }; AnimationManager.prototype.destroy = function () { this.game = null; };',
      ],
      // The console banner: the game boots with `banner: false` (src/scenes/startGame.ts).
      ["var DebugHeader = require('./DebugHeader');", 'var DebugHeader = function () {};'],
    ],
  },
  {
    // Device check at load time: a Canvas-only game never reads `webGL` (only `type: AUTO`/`WEBGL` do, in
    // core/CreateRenderer.js), and the probe made two canvases, a 2D context and ImageData in the task
    // that evaluates Phaser. `support32bit` keeps its meaning: ImageData holds a Uint8ClampedArray in
    // every browser the build targets (scripts/browser-support.ts), which is what the probe checked.
    file: 'device/Features.js',
    swaps: [
      [
        'Features.webGL = testWebGL();',
        "Features.webGL = false; isUint8 = typeof Uint8ClampedArray !== 'undefined'; testWebGL = null;",
      ],
    ],
  },
  {
    // `supportInverseAlpha` is read nowhere in Phaser or the game, yet finding it drew on a canvas and
    // read its pixels back at load time: it is now found on its first read (same answer, never paid).
    file: 'device/CanvasFeatures.js',
    swaps: [
      [
        'CanvasFeatures.supportInverseAlpha = checkInverseAlpha();',
        "Object.defineProperty(CanvasFeatures, 'supportInverseAlpha', { configurable: true, enumerable: true, get: function () { var found = checkInverseAlpha(); Object.defineProperty(CanvasFeatures, 'supportInverseAlpha', { value: found, enumerable: true }); return found; } });",
      ],
    ],
  },
  {
    // Required only by core/Config.js (sets RND) and utils/object/GetAdvancedValue.js (reads RND): the
    // random generator is all they use of Phaser.Math. The game imports the math it uses file by file.
    file: 'math/index.js',
    swaps: [],
    whole:
      "module.exports = { RandomDataGenerator: require('./random-data-generator/RandomDataGenerator'), RND: null };\n",
  },
];

/** The trimmed source of a Phaser file, or null when no rule is about it. Throws when a rule no longer matches. */
export function trimPhaserSource(code: string, relativePath: string): string | null {
  const rule = PHASER_TRIM_RULES.find((r) => r.file === relativePath);
  if (!rule) return null;
  if (rule.whole !== undefined) return rule.whole;
  let out = code;
  for (const [from, to] of rule.swaps) {
    if (!out.includes(from))
      throw new Error(`phaser trim: "${from}" is no longer in phaser/src/${relativePath} (Phaser changed?)`);
    out = out.replace(from, to);
  }
  return out;
}
