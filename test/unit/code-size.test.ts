/**
 * Keeps the code readable in one sitting: no file in src/ over 300 lines, no function over 80.
 * Functions are measured with the TypeScript compiler's own parser (function declarations,
 * methods, constructors, accessors, arrow functions and function expressions), from their first
 * line to their last, nested functions included in their parent's length. A failure lists every
 * offender as file:line, so it can be split where it is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript-api';
import { describe, expect, it } from 'vitest';

const MAX_FILE_LINES = 300;
const MAX_FUNCTION_LINES = 80;

const ROOT = join(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

/**
 * Files not split yet, each with why; an entry goes once its file is within the limits (the last
 * test below fails until it is taken off). Nothing new goes on this list.
 */
const PENDING: Record<string, string> = {};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(e.name) && !/\.(d|generated)\.ts$/.test(e.name) ? [path] : []; // generated: written by a script
  });
}

function lineCount(text: string): number {
  return text.replace(/\n$/, '').split('\n').length;
}

type FunctionLike =
  | ts.FunctionDeclaration
  | ts.MethodDeclaration
  | ts.ConstructorDeclaration
  | ts.GetAccessorDeclaration
  | ts.SetAccessorDeclaration
  | ts.ArrowFunction
  | ts.FunctionExpression;

function isFunctionLike(node: ts.Node): node is FunctionLike {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node) ||
    ts.isArrowFunction(node) ||
    ts.isFunctionExpression(node)
  );
}

/** The name a reader would search for: the function's own, or the variable or property it is given to. */
function nameOf(node: FunctionLike): string {
  if (node.name && (ts.isIdentifier(node.name) || ts.isPrivateIdentifier(node.name))) return node.name.text;
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) && ts.isIdentifier(parent.name))
    return parent.name.text;
  return '(anonymous)';
}

interface LongFunction {
  where: string;
  name: string;
  lines: number;
}

/** Every function in `text` longer than `max` lines, with its file:line. */
function longFunctions(file: string, text: string, max = MAX_FUNCTION_LINES): LongFunction[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: LongFunction[] = [];
  const visit = (node: ts.Node): void => {
    if (isFunctionLike(node) && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = last - first + 1;
      if (lines > max) found.push({ where: `${file}:${first + 1}`, name: nameOf(node), lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const files = sourceFiles(SRC).map((path) => ({
  file: relative(ROOT, path),
  text: readFileSync(path, 'utf8'),
}));

describe('code size', () => {
  it('measures what it says: a long arrow, method and function are found, a short one is not', () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `  const x${i} = ${i};`).join('\n');
    const text = [
      `export function long(): void {\n${body(80)}\n}`,
      `const short = () => {\n${body(3)}\n};`,
      `class A {\n  m(): void {\n${body(79)}\n  }\n}`,
      `const f = function () {\n${body(79)}\n};`,
    ].join('\n');
    expect(longFunctions('x.ts', text)).toEqual([
      { where: 'x.ts:1', name: 'long', lines: 82 },
      { where: 'x.ts:89', name: 'm', lines: 81 },
      { where: 'x.ts:171', name: 'f', lines: 81 },
    ]);
  });

  it(`no file in src/ is over ${MAX_FILE_LINES} lines`, () => {
    const over = files
      .filter(({ file }) => !(file in PENDING))
      .map(({ file, text }) => ({ file, lines: lineCount(text) }))
      .filter((f) => f.lines > MAX_FILE_LINES)
      .map((f) => `${f.file}:1 has ${f.lines} lines`);
    expect(over).toEqual([]);
  });

  it(`no function in src/ is over ${MAX_FUNCTION_LINES} lines`, () => {
    const over = files
      .filter(({ file }) => !(file in PENDING))
      .flatMap(({ file, text }) => longFunctions(file, text))
      .map((f) => `${f.where} ${f.name} has ${f.lines} lines`);
    expect(over).toEqual([]);
  });

  it('every file waiting for its split still needs it (else take it off the list)', () => {
    const done = Object.keys(PENDING).filter((file) => {
      const f = files.find((x) => x.file === file);
      return !f || (lineCount(f.text) <= MAX_FILE_LINES && longFunctions(file, f.text).length === 0);
    });
    expect(done).toEqual([]);
  });
});
