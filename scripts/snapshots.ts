/**
 * `npm run snapshots`: every slide of the bundled deck as a PNG, at 1920×1080 and 1080×1920,
 * in every locale, animations settled, in out/snapshots/.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium } from '../tests/support/browser';
import { startMain, HARNESS_ORIGIN, REPO } from '../tests/support/main-bridge';

const OUT = join(REPO, 'out', 'snapshots');
const SIZES = { landscape: { width: 1920, height: 1080 }, portrait: { width: 1080, height: 1920 } } as const;

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  await mkdir(OUT, { recursive: true });
  const browser = await launchChromium();
  const probe = await startMain();
  const locales = probe.content.snapshot.deck.locales.filter((l) => only.length === 0 || only.includes(l));
  probe.dispose();
  let count = 0;
  for (const locale of locales) {
    for (const [orientation, viewport] of Object.entries(SIZES)) {
      const main = await startMain({ settings: { mode: 'present', locale } });
      const page = await browser.newPage({ viewport });
      await main.attach(page);
      await page.goto(`${HARNESS_ORIGIN}/index.html?role=audience`);
      await page.locator('[data-testid=slide]').first().waitFor();
      await page.evaluate(() => document.fonts.ready);
      const slides = main.content.snapshot.deck.slides;
      for (let i = 0; i < slides.length; i++) {
        main.controller.dispatch({ type: 'goto', index: i });
        await page.locator(`section.slide[data-slide-id="${slides[i].id}"]`).waitFor();
        // Real time, not a fake clock: motion runs transform/opacity on the compositor (WAAPI).
        await page.waitForTimeout(2600);
        const file = join(OUT, `${locale}-${orientation}-${String(i + 1).padStart(2, '0')}-${slides[i].id}.png`);
        await page.screenshot({ path: file });
        count++;
      }
      await page.close();
      main.dispose();
    }
  }
  await browser.close();
  console.log(`${count} snapshots in ${OUT}`);
}

main().catch((error: unknown) => {
  console.error(`snapshots failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
