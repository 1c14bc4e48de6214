/**
 * Game code may only use the parts of Phaser that the production build ships.
 *
 * `vite dev` runs the full Phaser package but `vite build` ships src/phaser/phaser-custom.ts, so
 * `Phaser.Physics.Arcade` or `this.add.sprite()` would work in dev and crash for students. This test
 * parses every TypeScript file under src/ and fails on a use of Phaser that src/phaser/phaser-features.ts
 * does not list (the e2e test test/e2e/phaser-custom.e2e.ts checks that the build has all it lists).
 * Types (`Phaser.Types.*`, annotations) are free: they are erased.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSync, Visitor } from 'vite';
import { describe, expect, test } from 'vitest';
import {
  PHASER_CREATORS,
  PHASER_FACTORIES,
  PHASER_INPUT_PLUGINS,
  PHASER_LOADER_TYPES,
  PHASER_NAMESPACE_PATHS,
  PHASER_SCENE_PLUGINS,
} from '../../src/phaser/phaser-features.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');
const PHASER_SRC = join(dirname(createRequire(import.meta.url).resolve('phaser/package.json')), 'src');

interface Use {
  file: string;
  line: number;
  what: string;
}

// ---- What Phaser itself defines (read from the installed sources) --------------------------------

/** Method names of a Phaser `Class({...})` definition: lines like `    name: function (`. */
function methodsOf(phaserFile: string): Set<string> {
  const text = readFileSync(join(PHASER_SRC, phaserFile), 'utf8');
  return new Set([...text.matchAll(/^ {4}(\w+): function\b/gm)].map((m) => m[1] ?? ''));
}

/** Properties a Phaser class sets in its constructor: `this.name =`. */
function propertiesOf(phaserFile: string): Set<string> {
  const text = readFileSync(join(PHASER_SRC, phaserFile), 'utf8');
  return new Set([...text.matchAll(/^ {8}this\.(\w+) =/gm)].map((m) => m[1] ?? ''));
}

const EVENT_EMITTER = [
  'on',
  'once',
  'off',
  'emit',
  'addListener',
  'removeListener',
  'removeAllListeners',
  'listeners',
  'listenerCount',
  'eventNames',
  'shutdown',
  'destroy',
];

/** `this.add.*` that are not factories: GameObjectFactory's own methods and fields. */
const FACTORY_OWN = new Set([
  ...methodsOf('gameobjects/GameObjectFactory.js'),
  ...propertiesOf('gameobjects/GameObjectFactory.js'),
]);
const CREATOR_OWN = new Set([
  ...methodsOf('gameobjects/GameObjectCreator.js'),
  ...propertiesOf('gameobjects/GameObjectCreator.js'),
]);
/** `this.load.*` that are not file types: LoaderPlugin's own methods, fields and events API. */
const LOADER_OWN = new Set([
  ...methodsOf('loader/LoaderPlugin.js'),
  ...propertiesOf('loader/LoaderPlugin.js'),
  ...EVENT_EMITTER,
]);

/** Every name Phaser can inject into a scene (`this.<name>`), from scene/InjectionMap.js. */
const INJECTED = new Set(
  [...readFileSync(join(PHASER_SRC, 'scene/InjectionMap.js'), 'utf8').matchAll(/^ {4}\w+: '(\w+)'/gm)].map(
    (m) => m[1] ?? '',
  ),
);

/** Input plugins Phaser can install on `this.input` (keyboard, gamepad), from their registrations. */
const INPUT_PLUGINS = new Set(['keyboard', 'gamepad']);

// ---- Finding uses in game code -----------------------------------------------------------------

function listTs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name));
}

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** `a.b.c` for a chain of non-computed member accesses on an identifier or `this`; else null. */
function chain(node: Node): string[] | null {
  if (node.type === 'Identifier') return [String(node['name'])];
  if (node.type === 'ThisExpression') return ['this'];
  if (node.type === 'MemberExpression' && !node['computed']) {
    const head = chain(node['object'] as Node);
    const prop = node['property'] as Node;
    return head && prop.type === 'Identifier' ? [...head, String(prop['name'])] : null;
  }
  return null;
}

/** Value-level uses of Phaser in one source file. */
function phaserUses(file: string, source: string): Use[] {
  const { program, errors } = parseSync(file, source);
  if (errors.length > 0) throw new Error(`${file}: parse error ${errors[0]?.message ?? ''}`);
  // Local names bound to the Phaser namespace, and named imports (`import { Scene } from 'phaser'`).
  const namespaces = new Set<string>();
  const named = new Map<string, string>();
  for (const stmt of program.body as unknown as Node[]) {
    if (stmt.type !== 'ImportDeclaration' || (stmt['source'] as Node)['value'] !== 'phaser') continue;
    if (stmt['importKind'] === 'type') continue;
    for (const spec of stmt['specifiers'] as Node[]) {
      const local = String((spec['local'] as Node)['name']);
      if (spec.type === 'ImportSpecifier') {
        if (spec['importKind'] === 'type') continue;
        named.set(local, String((spec['imported'] as Node)['name']));
      } else {
        namespaces.add(local);
      }
    }
  }
  if (namespaces.size === 0 && named.size === 0) return [];

  const uses: Use[] = [];
  const lineOf = (pos: number): number => source.slice(0, pos).split('\n').length;
  for (const stmt of program.body as unknown as Node[]) {
    if (stmt.type !== 'ImportDeclaration' || (stmt['source'] as Node)['value'] !== 'phaser') continue;
    for (const spec of stmt['specifiers'] as Node[]) {
      const local = String((spec['local'] as Node)['name']);
      if (named.has(local))
        uses.push({ file: relative(ROOT, file), line: lineOf(spec.start), what: `Phaser.${named.get(local)}` });
    }
  }
  // Each member chain once, at its longest (`a.b.c` also visits `a.b`; both start at the same offset).
  const chains = new Map<number, string[]>();
  new Visitor({
    MemberExpression(raw) {
      const node = raw as unknown as Node;
      const parts = chain(node);
      if (parts && parts.length > (chains.get(node.start)?.length ?? 0)) chains.set(node.start, parts);
    },
  }).visit(program);
  for (const [start, parts] of chains) {
    const add = (what: string): void => {
      uses.push({ file: relative(ROOT, file), line: lineOf(start), what });
    };
    const [head, second] = parts;
    if (head && namespaces.has(head)) add(`Phaser.${parts.slice(1).join('.')}`);
    if (head && named.has(head)) add(`Phaser.${[named.get(head), ...parts.slice(1)].join('.')}`);
    // this.add.x / this.make.x / this.load.x / this.input.x (or `scene.add.x` on a scene variable).
    const [, group, name] = parts;
    if (group && name && ['add', 'make', 'load', 'input'].includes(group)) add(`scene.${group}.${name}`);
    if (head === 'this' && second) add(`scene.${second}`);
  }
  return uses;
}

// ---- Checking them against the feature list ----------------------------------------------------

const PATHS: readonly string[] = PHASER_NAMESPACE_PATHS;

/** A namespace path is fine if it is listed, lies under a listed path, or leads to one. */
function pathAllowed(path: string): boolean {
  return PATHS.some((p) => path === p || path.startsWith(`${p}.`) || p.startsWith(`${path}.`));
}

/** Why a use is not allowed, or null when it is. */
function problem(what: string): string | null {
  const [kind, group, name] = what.split('.');
  if (kind === 'Phaser') {
    return pathAllowed(what.slice('Phaser.'.length)) ? null : `${what} is not in the custom Phaser build`;
  }
  if (group === 'add' && name) {
    return (PHASER_FACTORIES as readonly string[]).includes(name) || FACTORY_OWN.has(name)
      ? null
      : `this.add.${name}() has no factory in the custom Phaser build`;
  }
  if (group === 'make' && name) {
    return PHASER_CREATORS.includes(name) || CREATOR_OWN.has(name)
      ? null
      : `this.make.${name}() has no creator in the custom Phaser build`;
  }
  if (group === 'load' && name) {
    return (PHASER_LOADER_TYPES as readonly string[]).includes(name) || LOADER_OWN.has(name)
      ? null
      : `this.load.${name}() is not a file type in the custom Phaser build`;
  }
  if (group === 'input' && name) {
    return INPUT_PLUGINS.has(name) && !(PHASER_INPUT_PLUGINS as readonly string[]).includes(name)
      ? `this.input.${name} is not in the custom Phaser build`
      : null;
  }
  if (group && !name) {
    return INJECTED.has(group) && !(PHASER_SCENE_PLUGINS as readonly string[]).includes(group)
      ? `this.${group} is not in the custom Phaser build`
      : null;
  }
  return null;
}

describe('game code uses only the Phaser the custom build ships', () => {
  test('every value use of Phaser under src/ is listed in src/phaser/phaser-features.ts', () => {
    const files = listTs(SRC).filter((f) => !relative(SRC, f).startsWith('phaser'));
    const bad: string[] = [];
    for (const file of files) {
      for (const use of phaserUses(file, readFileSync(file, 'utf8'))) {
        const why = problem(use.what);
        if (why)
          bad.push(`${use.file}:${use.line}: ${why} (add it to src/phaser/phaser-features.ts and phaser-custom.ts)`);
      }
    }
    expect(bad).toEqual([]);
  });

  test('the scan sees what it must: a scene using physics, a sprite, audio and gamepad is rejected; types are free', () => {
    const source = `
      import Phaser from 'phaser';
      import { Scene as S } from 'phaser';
      export class Map extends Phaser.Scene {
        g?: Phaser.GameObjects.Sprite;
        cfg: Phaser.Types.Core.GameConfig = { type: Phaser.AUTO, scale: { mode: Phaser.Scale.RESIZE } };
        preload() { this.load.json('a', 'a.json'); this.load.audio('x', 'x.mp3'); this.load.on('complete', () => {}); }
        create() {
          this.physics.add.group();
          this.add.graphics(); this.add.sprite(0, 0, 'x'); this.add.existing(this.add.text(0, 0, ''));
          this.sound.play('x');
          this.input.keyboard?.on('keydown', () => {}); this.input.gamepad?.once('down', () => {});
          const v = new Phaser.Math.Vector2(1, 2); Phaser.Geom.Polygon.Contains;
          Phaser.Input.Events.POINTER_DOWN; new Phaser.Physics.Arcade.Body();
          // Phaser.Tilemaps.Tilemap in a comment is fine
        }
      }
      new S('x');
    `;
    const problems = phaserUses(join(SRC, 'example.ts'), source)
      .map((u) => problem(u.what))
      .filter((p): p is string => p !== null);
    expect([...new Set(problems)].sort()).toEqual([
      'Phaser.Physics.Arcade.Body is not in the custom Phaser build',
      'this.add.sprite() has no factory in the custom Phaser build',
      'this.input.gamepad is not in the custom Phaser build',
      'this.load.audio() is not a file type in the custom Phaser build',
      'this.physics is not in the custom Phaser build',
      'this.sound is not in the custom Phaser build',
    ]);
  });
});
