import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** MIME types for everything a Vite build of the game can contain. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.oga': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.m4a': 'audio/mp4',
  '.aac': 'audio/aac',
  '.wav': 'audio/wav',
  '.webm': 'audio/webm',
  '.wasm': 'application/wasm',
};

/** Types a normal static host compresses on the fly (text, not already-compressed media). */
function isCompressible(type: string): boolean {
  return /^(text\/|application\/(json|manifest\+json|xml|javascript)|image\/svg\+xml)/.test(type);
}

export interface StaticServerOptions {
  /** Directory to serve, e.g. `dist/`. */
  root: string;
  /** Extra headers sent with every response, e.g. `{ 'Content-Security-Policy': "default-src 'self'" }`. */
  headers?: Record<string, string>;
  /** Gzip text responses when the client accepts it (default true, like a normal static host). */
  gzip?: boolean;
}

export interface ServedRequest {
  path: string;
  status: number;
  /** Bytes of the response body as sent (after compression). */
  bodyBytes: number;
  encoding: 'gzip' | 'identity';
}

export interface StaticServer {
  /** Base URL ending in `/`, e.g. `http://127.0.0.1:43123/`. */
  url: string;
  port: number;
  /** Every request answered so far, in order. */
  log: ServedRequest[];
  close(): Promise<void>;
}

/**
 * Serves a built directory on 127.0.0.1 on a free port: the real files, with their MIME
 * types, gzip for text, `index.html` for directories, 404 for anything missing or outside root.
 */
export async function serveStatic(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  const gzip = options.gzip ?? true;
  const extraHeaders = options.headers ?? {};
  const gzipCache = new Map<string, Buffer>();
  const log: ServedRequest[] = [];

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(extraHeaders)) res.setHeader(name, value);
    res.setHeader('Cache-Control', 'no-cache');
    const method = req.method ?? 'GET';
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const send = (status: number, body: Buffer, type: string, encoding: 'gzip' | 'identity'): void => {
      res.statusCode = status;
      res.setHeader('Content-Type', type);
      res.setHeader('Content-Length', String(body.length));
      if (encoding === 'gzip') res.setHeader('Content-Encoding', 'gzip');
      log.push({ path: urlPath, status, bodyBytes: method === 'HEAD' ? 0 : body.length, encoding });
      res.end(method === 'HEAD' ? undefined : body);
    };
    if (method !== 'GET' && method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      send(405, Buffer.from('Method Not Allowed'), 'text/plain; charset=utf-8', 'identity');
      return;
    }
    let file = normalize(join(root, urlPath));
    if (file !== root && !file.startsWith(root + sep)) {
      send(403, Buffer.from('Forbidden'), 'text/plain; charset=utf-8', 'identity');
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      res.setHeader('Vary', 'Accept-Encoding');
      const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      if (gzip && accepts && isCompressible(type)) {
        let packed = gzipCache.get(file);
        if (!packed) {
          packed = gzipSync(body, { level: 6 });
          gzipCache.set(file, packed);
        }
        send(200, packed, type, 'gzip');
      } else {
        send(200, body, type, 'identity');
      }
    } catch {
      send(404, Buffer.from('Not Found'), 'text/plain; charset=utf-8', 'identity');
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    log,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : ok()));
      }),
  };
}
