/**
 * The slice of Phaser 4 the game ships, built from Phaser's own CommonJS sources.
 *
 * The production build aliases the bare specifier `phaser` to this file (see `vite-phaser-custom.ts`),
 * so game code keeps writing `import Phaser from 'phaser'` and keeps its types from the real package.
 * The package entry (`phaser/dist/phaser.esm.js`) cannot be tree-shaken: an empty game costs ~352 KB
 * gzipped. Here every module is imported on purpose; nothing else of Phaser reaches the bundle.
 *
 * Two kinds of import:
 * - values placed on the namespace below (`Phaser.Game`, `Phaser.Geom.Polygon`, ...);
 * - side-effect imports that register something with Phaser at load time: scene plugins
 *   (`this.tweens`, `this.time`, `this.input`, `this.load`, `this.input.keyboard`), game object
 *   factories (`this.add.graphics()`) and loader file types (`this.load.json()`).
 *   A scene plugin, factory or file type that is not imported here is simply absent at run time.
 *
 * The list of what is allowed lives in `phaser-features.ts`; keep both in step (tests check it).
 * `phaser-src/` is an alias for `node_modules/phaser/src/` (the package's `exports` hides that folder).
 */

// ---- Load order -----------------------------------------------------------------------------------
// Phaser's renderer modules have a require cycle (renderer/index → webgl render nodes → BatchHandler →
// renderer/index). It only resolves when renderer/index is entered first, so it is imported first.
import Renderer from 'phaser-src/renderer/index.js';

// ---- Side effects: register scene plugins, factories and file types -----------------------------
// Core scene plugins (Phaser.Plugins.DefaultPlugins.CoreScene). A scene does not boot without them.
import 'phaser-src/events/EventEmitter.js';
import 'phaser-src/cameras/2d/CameraManager.js';
import 'phaser-src/gameobjects/GameObjectCreator.js';
import 'phaser-src/gameobjects/GameObjectFactory.js';
import 'phaser-src/scene/ScenePlugin.js';
import 'phaser-src/gameobjects/DisplayList.js';
import 'phaser-src/gameobjects/UpdateList.js';
// Default scene plugins we use (DefaultPlugins.DefaultScene minus DataManagerPlugin and LightsPlugin).
import 'phaser-src/time/Clock.js';
import 'phaser-src/input/InputPlugin.js';
import 'phaser-src/input/keyboard/KeyboardPlugin.js';
import 'phaser-src/loader/LoaderPlugin.js';
import 'phaser-src/tweens/TweenManager.js';
// Game object factories: this.add.graphics / text / container / image.
import 'phaser-src/gameobjects/graphics/GraphicsFactory.js';
import 'phaser-src/gameobjects/text/TextFactory.js';
import 'phaser-src/gameobjects/container/ContainerFactory.js';
import 'phaser-src/gameobjects/image/ImageFactory.js';
// Loader file types: this.load.json / image.
import 'phaser-src/loader/filetypes/JSONFile.js';
import 'phaser-src/loader/filetypes/ImageFile.js';

// ---- Values on the namespace ---------------------------------------------------------------------
import CONST from 'phaser-src/const.js';
import Class from 'phaser-src/utils/Class.js';
import TintModes from 'phaser-src/renderer/TintModes.js';
import Game from 'phaser-src/core/Game.js';
import CoreEvents from 'phaser-src/core/events/index.js';
import Scene from 'phaser-src/scene/Scene.js';
import Scenes from 'phaser-src/scene/index.js';
import Events from 'phaser-src/events/index.js';
import Scale from 'phaser-src/scale/index.js';
import Scene2D from 'phaser-src/cameras/2d/index.js';
import GameObject from 'phaser-src/gameobjects/GameObject.js';
import GameObjectEvents from 'phaser-src/gameobjects/events/index.js';
import DisplayList from 'phaser-src/gameobjects/DisplayList.js';
import UpdateList from 'phaser-src/gameobjects/UpdateList.js';
import GameObjectFactory from 'phaser-src/gameobjects/GameObjectFactory.js';
import GameObjectCreator from 'phaser-src/gameobjects/GameObjectCreator.js';
import Components from 'phaser-src/gameobjects/components/index.js';
import Graphics from 'phaser-src/gameobjects/graphics/Graphics.js';
import Text from 'phaser-src/gameobjects/text/Text.js';
import Container from 'phaser-src/gameobjects/container/Container.js';
import Image from 'phaser-src/gameobjects/image/Image.js';
import Polygon from 'phaser-src/geom/polygon/index.js';
import Rectangle from 'phaser-src/geom/rectangle/index.js';
import GeomConst from 'phaser-src/geom/const.js';
import Vector2 from 'phaser-src/math/Vector2.js';
import Clamp from 'phaser-src/math/Clamp.js';
import Between from 'phaser-src/math/Between.js';
import FloatBetween from 'phaser-src/math/FloatBetween.js';
import DegToRad from 'phaser-src/math/DegToRad.js';
import RadToDeg from 'phaser-src/math/RadToDeg.js';
import Linear from 'phaser-src/math/Linear.js';
import Wrap from 'phaser-src/math/Wrap.js';
import Distance from 'phaser-src/math/distance/index.js';
import Angle from 'phaser-src/math/angle/index.js';
import Easing from 'phaser-src/math/easing/index.js';
import MathConst from 'phaser-src/math/const.js';
import Color from 'phaser-src/display/color/index.js';
import Tweens from 'phaser-src/tweens/index.js';
import InputConst from 'phaser-src/input/const.js';
import InputEvents from 'phaser-src/input/events/index.js';
import InputManager from 'phaser-src/input/InputManager.js';
import InputPlugin from 'phaser-src/input/InputPlugin.js';
import InputPluginCache from 'phaser-src/input/InputPluginCache.js';
import Pointer from 'phaser-src/input/Pointer.js';
import Keyboard from 'phaser-src/input/keyboard/index.js';
import Clock from 'phaser-src/time/Clock.js';
import TimerEvent from 'phaser-src/time/TimerEvent.js';
import TimeEvents from 'phaser-src/time/events/index.js';
import LoaderPlugin from 'phaser-src/loader/LoaderPlugin.js';
import LoaderEvents from 'phaser-src/loader/events/index.js';
import File from 'phaser-src/loader/File.js';
import ImageFile from 'phaser-src/loader/filetypes/ImageFile.js';
import JSONFile from 'phaser-src/loader/filetypes/JSONFile.js';
import TextureManager from 'phaser-src/textures/TextureManager.js';
import TextureEvents from 'phaser-src/textures/events/index.js';
import PluginCache from 'phaser-src/plugins/PluginCache.js';
import BasePlugin from 'phaser-src/plugins/BasePlugin.js';
import ScenePluginBase from 'phaser-src/plugins/ScenePlugin.js';

/** Phaser's namespaces hold their constants next to their classes (Phaser merges them the same way). */
const withConsts = (consts: unknown, members: Record<string, unknown>): Record<string, unknown> => ({
  ...(consts as Record<string, unknown>),
  ...members,
});

const K = CONST as Record<string, unknown>;

// Top-level members, also exported by name so `import * as Phaser from 'phaser'` and
// `import { Scene } from 'phaser'` work as they do with the real package.
export const VERSION = K['VERSION'];
export const AUTO = K['AUTO'];
export const CANVAS = K['CANVAS'];
export const WEBGL = K['WEBGL'];
export const HEADLESS = K['HEADLESS'];
export const FOREVER = K['FOREVER'];
export const NONE = K['NONE'];
export const UP = K['UP'];
export const DOWN = K['DOWN'];
export const LEFT = K['LEFT'];
export const RIGHT = K['RIGHT'];
export const BlendModes = K['BlendModes'];
export const ScaleModes = K['ScaleModes'];
export { Class, TintModes, Game, Scene, Scenes, Events, Scale, Tweens, Renderer };
export const Core = { Events: CoreEvents };
export const Cameras = { Scene2D };
export const GameObjects = {
  Events: GameObjectEvents,
  Components,
  GameObject,
  DisplayList,
  UpdateList,
  GameObjectFactory,
  GameObjectCreator,
  Graphics,
  Text,
  Container,
  Image,
};
export const Geom = withConsts(GeomConst, { Polygon, Rectangle });
// biome-ignore lint/suspicious/noShadowRestrictedNames: Phaser's own namespace is called Math
export const Math = withConsts(MathConst, {
  Vector2,
  Clamp,
  Between,
  FloatBetween,
  DegToRad,
  RadToDeg,
  Linear,
  Wrap,
  Distance,
  Angle,
  Easing,
});
export const Display = { Color };
export const Input = withConsts(InputConst, {
  Events: InputEvents,
  InputManager,
  InputPlugin,
  InputPluginCache,
  Pointer,
  Keyboard,
});
export const Time = { Clock, TimerEvent, Events: TimeEvents };
export const Loader = {
  Events: LoaderEvents,
  LoaderPlugin,
  File,
  FileTypes: { ImageFile, JSONFile },
};
export const Textures = { TextureManager, Events: TextureEvents };
export const Plugins = { PluginCache, BasePlugin, ScenePlugin: ScenePluginBase };

/** The `Phaser` namespace, as `import Phaser from 'phaser'` sees it. */
const Phaser: Record<string, unknown> = {
  ...K,
  Class,
  TintModes,
  Game,
  Core,
  Scene,
  Scenes,
  Events,
  Scale,
  Cameras,
  GameObjects,
  Geom,
  Math,
  Display,
  Tweens,
  Input,
  Time,
  Loader,
  Textures,
  Plugins,
  Renderer,
};

export default Phaser;
