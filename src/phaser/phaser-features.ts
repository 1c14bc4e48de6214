/**
 * What the game may use from Phaser. This is the contract between game code and the custom Phaser
 * build in `phaser-custom.ts` (the production bundle ships only these parts of Phaser).
 *
 * Pure data, no Phaser import, so node tests can read it:
 * - `test/unit/phaser-features.test.ts` fails when code under `src/` uses a `Phaser.*` value, a
 *   `this.add.*` factory or a `this.load.*` file type that is not listed here;
 * - `test/e2e/phaser-custom.e2e.ts` fails when something listed here is missing from the custom build.
 *
 * To use another Phaser feature: add it here, add the matching import to `phaser-custom.ts`, run both
 * tests. See `scripts/phaser-build.md`.
 */

/** Dotted paths under the `Phaser` namespace that game code may read at run time. */
export const PHASER_NAMESPACE_PATHS = [
  // Renderer choice and other top-level constants (all of Phaser's `const.js` is kept: it is tiny).
  'AUTO',
  'CANVAS',
  'WEBGL',
  'HEADLESS',
  'VERSION',
  'BlendModes',
  'ScaleModes',
  'Class',
  'Game',
  'Scene',
  'Core.Events',
  'Scenes.Events',
  'Scenes.PENDING',
  'Scenes.LOADING',
  'Scenes.RUNNING',
  'Scenes.SLEEPING',
  'Events.EventEmitter',
  'Scale.RESIZE',
  'Scale.FIT',
  'Scale.NONE',
  'Scale.Center',
  'Scale.Events',
  'Scale.ScaleManager',
  'Cameras.Scene2D.Camera',
  'Cameras.Scene2D.CameraManager',
  'Cameras.Scene2D.Events',
  'GameObjects.GameObject',
  'GameObjects.Graphics',
  'GameObjects.Text',
  'GameObjects.Container',
  'GameObjects.Image',
  'GameObjects.Events',
  'Geom.Polygon',
  'Geom.Polygon.Contains',
  'Geom.Rectangle',
  'Geom.Rectangle.Contains',
  'Math.Vector2',
  'Math.Clamp',
  'Math.Between',
  'Math.FloatBetween',
  'Math.DegToRad',
  'Math.RadToDeg',
  'Math.Linear',
  'Math.Wrap',
  'Math.Distance.Between',
  'Math.Angle.Between',
  'Math.Easing',
  'Display.Color',
  'Tweens.TweenManager',
  'Tweens.Tween',
  'Tweens.Events',
  'Input.Events',
  'Input.InputPlugin',
  'Input.Pointer',
  'Input.Keyboard.KeyboardPlugin',
  'Input.Keyboard.KeyCodes',
  'Input.Keyboard.Key',
  'Input.Keyboard.Events',
  'Time.Clock',
  'Time.TimerEvent',
  'Time.Events',
  'Loader.LoaderPlugin',
  'Loader.Events',
  'Loader.FileTypes.ImageFile',
  'Loader.FileTypes.JSONFile',
  'Textures.TextureManager',
  'Textures.Events',
] as const;

/** Game object factories registered on `scene.add` (e.g. `this.add.graphics()`). */
export const PHASER_FACTORIES = ['graphics', 'text', 'container', 'image'] as const;

/** Loader file types registered on `scene.load` (e.g. `this.load.json()`), plus the loader's own methods. */
export const PHASER_LOADER_TYPES = ['json', 'image'] as const;

/** Game object creators registered on `scene.make` (e.g. `this.make.text({...})`): none yet. */
export const PHASER_CREATORS: readonly string[] = [];

/**
 * Members a scene has (`this.<name>`): Phaser's global systems and the scene plugins we install.
 * Absent on purpose: `sound` (Howler plays sound; the game config sets `audio: { noAudio: true }`),
 * `physics`/`matter`, `lights`, `data`; likewise gamepad, Camera3D, FB Instant, tilemaps,
 * particles, DOMElement, video and Spine are not in the build.
 */
export const PHASER_SCENE_PLUGINS = [
  'game',
  'renderer',
  'anims',
  'cache',
  'plugins',
  'registry',
  'scale',
  'textures',
  'events',
  'cameras',
  'add',
  'make',
  'scene',
  'children',
  'input',
  'load',
  'time',
  'tweens',
] as const;

/** Keyboard access in scenes: `this.input.keyboard` is present. */
export const PHASER_INPUT_PLUGINS = ['keyboard'] as const;

/** The `define`d feature flags the Phaser sources test with `typeof FLAG`. */
export const PHASER_FEATURE_FLAGS = {
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: true,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
  EXPERIMENTAL: false,
} as const;
