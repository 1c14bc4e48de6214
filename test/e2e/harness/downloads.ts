import type { Page, Response } from 'playwright-core';

/** Everything the page downloads from now on (its scripts and JSON), as text, in the returned array. */
export function recordBodies(page: Page): string[] {
  const bodies: string[] = [];
  page.on('response', (r: Response) => {
    if (/\.(js|json)$/.test(new URL(r.url()).pathname))
      void r.text().then(
        (t) => bodies.push(t),
        () => {},
      );
  });
  return bodies;
}

/** Whether any download recorded holds `s`. */
export const holds = (bodies: string[], s: string): boolean => bodies.some((b) => b.includes(s));
