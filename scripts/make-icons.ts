// `npm run make-icons`: rasterises assets/icons/icon.svg into the PNG icons: the tab's (32 px, see
// index.html) and those the web manifest lists (192 and 512 px, and a 512 px "maskable" one whose artwork sits inside the 80 % safe zone on a
// full-bleed background, so a phone's round or squircle mask never cuts it). Uses the system
// Chromium through playwright-core, then stores each as a 256-colour PNG (scripts/icons/indexedPng.ts);
// outputs are committed, so a build needs no browser.
import { readFile, writeFile } from 'node:fs/promises';
import { launchBrowser } from '../test/e2e/harness/browser.ts';
import { decodePng, encodeIndexedPng } from './icons/indexedPng.ts';

const DIR = new URL('../assets/icons/', import.meta.url);
/** The icon's own background colour, used to fill the maskable icon's bleed area. */
export const ICON_BACKGROUND = '#0b5cab';

const OUTPUTS = [
  { file: 'icon-32.png', size: 32, maskable: false },
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
] as const;

async function main(): Promise<void> {
  const svg = await readFile(new URL('icon.svg', DIR), 'utf8');
  const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  const browser = await launchBrowser({
    viewport: { viewport: { width: 512, height: 512 }, deviceScaleFactor: 1, hasTouch: false, isMobile: false },
  });
  try {
    const { page } = browser;
    for (const out of OUTPUTS) {
      // Maskable: artwork at 80 % (the safe zone is a centred circle of 80 % diameter), square corners filled.
      const inner = out.maskable ? Math.round(out.size * 0.8) : out.size;
      await page.setViewportSize({ width: out.size, height: out.size });
      await page.setContent(
        `<html><body style="margin:0;width:${out.size}px;height:${out.size}px;display:grid;place-items:center;background:${out.maskable ? ICON_BACKGROUND : 'transparent'}">` +
          `<img src="${dataUrl}" width="${inner}" height="${inner}" alt=""></body></html>`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const shot = await page.screenshot({
        omitBackground: !out.maskable,
        clip: { x: 0, y: 0, width: out.size, height: out.size },
      });
      // A 256-colour palette: about half the bytes (the 192 px icon is fetched before the first question).
      const png = encodeIndexedPng(decodePng(shot));
      await writeFile(new URL(out.file, DIR), png);
      process.stdout.write(`assets/icons/${out.file}: ${out.size}x${out.size}, ${png.length} B\n`);
    }
  } finally {
    await browser.close();
  }
}

await main();
