/**
 * Vite plugin: the page's Content-Security-Policy, as a `<meta http-equiv>` written into the built
 * `index.html` (any static host serves it; no header configuration needed). Build only: the dev
 * server injects `<style>` elements for hot reload, which this policy rightly refuses.
 *
 * What the game needs and why:
 * - scripts, styles, fonts, sounds, the manifest and the service worker: our own files (`'self'`);
 *   no inline script, no `eval`, no inline `<style>` (element styles set from JS are CSSOM, allowed).
 * - `img-src data:`: Phaser's built-in textures (`__DEFAULT`, `__MISSING`, `__WHITE`) are data URIs.
 * - `connect-src 'self'`: Howler fetches the sound files; nothing talks to another host.
 * `frame-ancestors` cannot be set from a meta tag; a host that wants it sends it as a header.
 */
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "media-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'sahel:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
