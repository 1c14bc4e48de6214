import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';

/** Where the bundled screen reader is served from, beside the built game (same origin: the CSP allows it). */
export const SCREEN_READER_URL = '__test__/virtual-screen-reader.js';

/**
 * A copy of the built game with @guidepup/virtual-screen-reader bundled (esbuild, one IIFE that
 * sets `window.__vsr`) beside it. The game's CSP refuses inline scripts, so the reader is
 * injected as a same-origin file (`addScriptTag({ url })`), never inlined and never in dist/.
 */
export async function siteWithScreenReader(dist: string): Promise<{ root: string; dispose(): Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'sahel-sr-'));
  await cp(dist, root, { recursive: true });
  const out = await build({
    stdin: {
      contents: "import { virtual } from '@guidepup/virtual-screen-reader'; window.__vsr = virtual;",
      resolveDir: process.cwd(),
      sourcefile: 'virtual-screen-reader-entry.js',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
  });
  await mkdir(join(root, '__test__'));
  await writeFile(join(root, SCREEN_READER_URL), out.outputFiles[0]?.contents ?? '');
  return { root, dispose: () => rm(root, { recursive: true, force: true }) };
}

type Command = 'next' | 'previous' | 'act' | 'nextHeading' | 'previousHeading' | 'press' | 'type';

/**
 * The virtual screen reader in a page whose clock Playwright holds still (`page.clock.pauseAt`):
 * the game's time moves only when the test says so, so the transcript is the same on every run.
 * The reader's own clicks wait on a `setTimeout(0)`; each command is given 10 ms of page time.
 */
export class ScreenReader {
  private marks: { title: string; from: number; hidden: string[] }[] = [];

  constructor(private readonly page: Page) {}

  async start(): Promise<void> {
    await this.page.addScriptTag({ url: SCREEN_READER_URL });
    await this.page.evaluate(() => (window as any).__vsr.start({ container: document.body }));
  }

  async stop(): Promise<void> {
    await this.page.evaluate(() => (window as any).__vsr.stop());
  }

  private async run(command: Command, arg?: string): Promise<void> {
    const done = this.page.evaluate(
      async ([c, a]) => {
        const v = (window as any).__vsr;
        if (c === 'nextHeading') await v.perform(v.commands.moveToNextHeading);
        else if (c === 'previousHeading') await v.perform(v.commands.moveToPreviousHeading);
        else await v[c as string](a);
      },
      [command, arg] as const,
    );
    let settled = false;
    done.then(
      () => (settled = true),
      () => (settled = true),
    );
    while (!settled) await this.page.clock.runFor(10);
    await done;
  }

  next = () => this.run('next');
  previous = () => this.run('previous');
  act = () => this.run('act');
  nextHeading = () => this.run('nextHeading');
  previousHeading = () => this.run('previousHeading');
  /** A key, as the reader passes it to the page (e.g. `Escape`). */
  press = (key: string) => this.run('press', key);
  /** Types into the form field under the reader's cursor. */
  type = (text: string) => this.run('type', text);

  /** Every phrase spoken since start, live-region announcements included (`polite: …`). */
  log(): Promise<string[]> {
    return this.page.evaluate(() => (window as any).__vsr.spokenPhraseLog());
  }

  async last(): Promise<string> {
    return (await this.log()).at(-1) ?? '';
  }

  /** Moves on item by item until the item spoken matches; fails after `max` items. */
  async nextUntil(pattern: RegExp, max = 80): Promise<string> {
    for (let i = 0; i < max; i++) {
      await this.next();
      const said = await this.last();
      if (pattern.test(said)) return said;
    }
    throw new Error(`The screen reader never reached ${pattern} in ${max} items; last said: ${await this.last()}`);
  }

  /** Moves back item by item until the item spoken matches. */
  async previousUntil(pattern: RegExp, max = 80): Promise<string> {
    for (let i = 0; i < max; i++) {
      await this.previous();
      const said = await this.last();
      if (pattern.test(said)) return said;
    }
    throw new Error(
      `The screen reader never reached ${pattern} going back ${max} items; last said: ${await this.last()}`,
    );
  }

  /** Starts a named part of the transcript at the current point of the log. */
  async section(title: string): Promise<void> {
    await this.closeSection();
    this.marks.push({ title, from: (await this.log()).length, hidden: [] });
  }

  /** Notes what the page hides from a reader as a section ends (for "nothing hidden is said"). */
  private async closeSection(): Promise<void> {
    const open = this.marks.at(-1);
    if (open) open.hidden = await hiddenTexts(this.page);
  }

  /** The transcript: each section's title, then what was spoken in it, one phrase per line. */
  async transcript(mask: (line: string) => string | null = (l) => l): Promise<Transcript> {
    await this.closeSection();
    const log = await this.log();
    const sections: TranscriptSection[] = [];
    const out: string[] = [];
    this.marks.forEach((m, i) => {
      const lines = log
        .slice(m.from, this.marks[i + 1]?.from ?? log.length)
        .map(mask)
        .filter((l): l is string => l !== null);
      sections.push({ title: m.title, lines, hidden: m.hidden });
      out.push(`## ${m.title}`, ...lines, '');
    });
    return { text: out.join('\n'), sections };
  }
}

export interface TranscriptSection {
  title: string;
  /** What was spoken, one phrase a line; live-region announcements start with `polite: ` or `assertive: `. */
  lines: string[];
  /** Texts the page hid from assistive technology when the section ended. */
  hidden: string[];
}

export interface Transcript {
  text: string;
  sections: TranscriptSection[];
}

/**
 * Texts of elements hidden from assistive technology (the `hidden` attribute, `aria-hidden`,
 * `display: none`, `visibility: hidden`), words only (three letters or more).
 */
function hiddenTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out = new Set<string>();
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('script, style, template, canvas')) continue;
      const style = getComputedStyle(el);
      const hidden =
        el.hidden ||
        el.getAttribute('aria-hidden') === 'true' ||
        style.display === 'none' ||
        style.visibility === 'hidden';
      if (!hidden) continue;
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (/\p{L}{3}/u.test(text)) out.add(text);
    }
    return [...out];
  });
}
