import { mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../server/static.ts';

let server: http.Server;
let base = '';
beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'live-static-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>game</title>');
  writeFileSync(join(root, 'app.js'), 'export {}');
  server = http.createServer((req, res) => serveStatic(root, req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

/** A raw GET with the path exactly as given (fetch would normalise the dots away). */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${base}${path}`, { path }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

describe("the live server's static files", () => {
  it('serves the game and nothing outside its folder', async () => {
    expect((await rawGet('/app.js')).body).toBe('export {}');
    for (const path of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2f..%2fetc%2fpasswd', '/%00']) {
      const r = await rawGet(path);
      expect(r.body).not.toContain('root:');
      expect([200, 400, 403, 404]).toContain(r.status);
    }
    expect((await fetch(`${base}/app.js`, { method: 'POST' })).status).toBe(405);
  });
});
