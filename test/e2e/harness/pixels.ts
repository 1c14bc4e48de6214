import type { Page } from 'playwright-core';

/** The colour (0xrrggbb) at each point (page CSS px) of a screenshot of `page`, decoded by the page itself. */
export function pixelColours(page: Page, png: Buffer, points: readonly { x: number; y: number }[]): Promise<number[]> {
  return page.evaluate(
    async ({ data, pts }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d') as CanvasRenderingContext2D;
      ctx.drawImage(img, 0, 0);
      const k = img.naturalWidth / innerWidth;
      const px = ctx.getImageData(0, 0, c.width, c.height).data;
      return pts.map(({ x, y }) => {
        const i = (Math.floor(y * k) * c.width + Math.floor(x * k)) * 4;
        return ((px[i] as number) << 16) | ((px[i + 1] as number) << 8) | (px[i + 2] as number);
      });
    },
    { data: png.toString('base64'), pts: points.map(({ x, y }) => ({ x, y })) },
  );
}

/** Whether colour `a` is within `tol` of one of `colours` on every channel (0xrrggbb). */
export function nearColour(a: number, colours: readonly number[], tol: number): boolean {
  return colours.some((b) => [16, 8, 0].every((s) => Math.abs(((a >> s) & 255) - ((b >> s) & 255)) <= tol));
}
