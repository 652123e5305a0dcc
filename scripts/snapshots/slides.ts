/**
 * Every slide of the bundled deck, both orientations, every locale, animations settled; then one
 * contact sheet per locale and orientation (`contact-<locale>-<orientation>.png`, all slides).
 */
import { join } from 'node:path';
import { startMain, HARNESS_ORIGIN } from '../../harness/main-bridge';
import { writeContactSheet } from './contact-sheet';
import { SIZES, type SceneContext } from './scene';

export async function slideScenes({ browser, out, locales }: SceneContext): Promise<number> {
  let count = 0;
  for (const locale of locales) {
    for (const orientation of ['landscape', 'portrait'] as const) {
      const viewport = SIZES[orientation];
      const main = await startMain({ settings: { mode: 'present', locale } });
      const page = await browser.newPage({ viewport });
      await main.attach(page);
      await page.goto(`${HARNESS_ORIGIN}/index.html?role=audience`);
      await page.locator('[data-testid=slide]').first().waitFor();
      await page.evaluate(() => document.fonts.ready);
      const slides = main.content.snapshot.deck.slides;
      const files: string[] = [];
      for (let i = 0; i < slides.length; i++) {
        main.controller.dispatch({ type: 'goto', index: i });
        await page.locator(`section.slide[data-slide-id="${slides[i].id}"]`).waitFor();
        // Real time, not a fake clock: motion runs transform/opacity on the compositor (WAAPI).
        await page.waitForTimeout(2600);
        const file = join(out, `${locale}-${orientation}-${String(i + 1).padStart(2, '0')}-${slides[i].id}.png`);
        await page.screenshot({ path: file });
        files.push(file);
        count++;
      }
      await page.close();
      main.dispose();
      const sheet = join(out, `contact-${locale}-${orientation}.png`);
      await writeContactSheet({ browser, files, orientation, title: `${locale} · ${orientation}`, out: sheet });
      count++;
    }
  }
  return count;
}
