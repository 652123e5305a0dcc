/**
 * Renders build/icon.svg (the one icon source) to build/icon.png at 1024×1024 with a transparent
 * background. electron-builder derives the Windows .ico, the macOS .icns and the Linux icon set
 * from that PNG, so this is the only raster we keep in the repo.
 *
 * Uses the system Chromium (as the tests do) so it runs without downloading a browser:
 *   npm run icons            (CHROMIUM_PATH overrides /usr/bin/chromium)
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const SIZE = 1024;
const source = fileURLToPath(new URL('../build/icon.svg', import.meta.url));
const target = fileURLToPath(new URL('../build/icon.png', import.meta.url));

/** Picks the system Chromium when present, else Playwright's own browser (developer laptops). */
function chromiumPath(): string | undefined {
  const candidate = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return existsSync(candidate) ? candidate : undefined;
}

async function main(): Promise<void> {
  const svg = await readFile(source, 'utf8');
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
    // The SVG is inlined (no file:// or network load), on a transparent page.
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
    const png = await page.locator('svg').screenshot({ omitBackground: true });
    await writeFile(target, png);
    console.log(`wrote ${target} (${SIZE}×${SIZE}, ${png.length} bytes)`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
