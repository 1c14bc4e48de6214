// The harness itself: a smoke test that passes on a broken page is worse than none, so check
// that the server serves real files the way a static host does and that the guard catches errors.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openBrowserContext, type LaunchedBrowser } from './harness/browser.ts';
import { guardPage } from './harness/guard.ts';
import { serveStatic } from './harness/server.ts';

let site: string;
let browser: LaunchedBrowser;

beforeAll(async () => {
  site = await mkdtemp(join(tmpdir(), 'sahel-harness-'));
  const script = 'document.getElementById("out").textContent = "ran";';
  await writeFile(join(site, 'app.js'), `${script}\n// ${'padding '.repeat(200)}`);
  await writeFile(join(site, 'data.json'), JSON.stringify({ hello: 'monde' }));
  await writeFile(
    join(site, 'index.html'),
    '<!doctype html><title>h</title><link rel="icon" href="data:,"><p id="out">no</p><script src="./app.js"></script>',
  );
  await writeFile(
    join(site, 'throws.html'),
    '<!doctype html><title>t</title><script src="./throws.js"></script><script src="./missing.js"></script>',
  );
  await writeFile(join(site, 'throws.js'), 'console.error("boom in console"); throw new Error("boom thrown");');
  await writeFile(
    join(site, 'inline.html'),
    '<!doctype html><title>i</title><p id="out">no</p><script>document.getElementById("out").textContent="inline ran"</script>',
  );
  browser = await openBrowserContext();
});

afterAll(async () => {
  await browser?.close();
  await rm(site, { recursive: true, force: true });
});

describe('static server', () => {
  test('serves built files with their MIME types, gzips text, 404s the rest', async () => {
    const server = await serveStatic({ root: site });
    try {
      const js = await fetch(`${server.url}app.js`, { headers: { 'accept-encoding': 'gzip' } });
      expect(js.status).toBe(200);
      expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
      const json = await fetch(`${server.url}data.json`);
      expect(json.headers.get('content-type')).toMatch(/^application\/json/);
      await expect(json.json()).resolves.toEqual({ hello: 'monde' });
      const root = await fetch(server.url);
      expect(root.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await root.text()).toContain('id="out"');
      expect((await fetch(`${server.url}nope.js`)).status).toBe(404);
      expect((await fetch(`${server.url}..%2F..%2Fetc%2Fpasswd`)).status).not.toBe(200);
      // The log records the compressed size actually sent.
      const entry = server.log.find((e) => e.path === '/app.js');
      expect(entry?.encoding).toBe('gzip');
      expect(entry?.bodyBytes).toBeLessThan(1000);
    } finally {
      await server.close();
    }
  });

  test('gzip body decodes to the file', async () => {
    const server = await serveStatic({ root: site });
    try {
      const { request } = await import('node:http');
      const raw = await new Promise<Buffer>((ok, fail) => {
        request(`${server.url}app.js`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => ok(Buffer.concat(chunks)));
        })
          .on('error', fail)
          .end();
      });
      expect(gunzipSync(raw).toString()).toContain('textContent = "ran"');
    } finally {
      await server.close();
    }
  });
});

describe('browser and guard', () => {
  test('a clean page runs its script and leaves the guard clean', async () => {
    const server = await serveStatic({ root: site });
    const guard = guardPage(browser.page);
    try {
      await browser.page.goto(server.url);
      await expect(browser.page.locator('#out').innerText()).resolves.toBe('ran');
      expect(() => guard.assertClean()).not.toThrow();
    } finally {
      guard.dispose();
      await server.close();
    }
  });

  test('thrown errors, console errors and failed loads fail the guard; allow rules excuse them', async () => {
    const server = await serveStatic({ root: site });
    const strict = guardPage(browser.page);
    const lenient = guardPage(browser.page, [/boom/, (p) => p.text.includes('404')]);
    try {
      await browser.page.goto(`${server.url}throws.html`, { waitUntil: 'load' });
      await expect.poll(() => strict.problems.length).toBeGreaterThanOrEqual(3);
      const texts = strict.problems.map((p) => p.text).join('\n');
      expect(texts).toContain('boom in console');
      expect(texts).toContain('boom thrown');
      expect(texts).toMatch(/404/);
      expect(() => strict.assertClean()).toThrow(/error\(s\)/);
      expect(lenient.problems).toEqual([]);
    } finally {
      strict.dispose();
      lenient.dispose();
      await server.close();
    }
  });

  test('a Content-Security-Policy header is honoured: inline script blocked and reported', async () => {
    const server = await serveStatic({ root: site, headers: { 'Content-Security-Policy': "script-src 'self'" } });
    const guard = guardPage(browser.page);
    try {
      await browser.page.goto(`${server.url}inline.html`, { waitUntil: 'load' });
      await expect(browser.page.locator('#out').innerText()).resolves.toBe('no');
      await expect.poll(() => guard.problems.map((p) => p.text).join('\n')).toMatch(/Content Security Policy/);
    } finally {
      guard.dispose();
      await server.close();
    }
  });
});
