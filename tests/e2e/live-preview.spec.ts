/**
 * Live preview (`--watch`, window mode) in real Chromium over main's real runtime and real chokidar:
 * an author edits a watched pack on disk — a title change, then a broken deck.json, then the fix —
 * and the view follows without a restart, on the same slide, with the problem and its path listed
 * over the last valid deck while the pack is broken.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { openView } from './fixtures';
import { startMain, type MainBridge } from '../../harness/main-bridge';
import { deckText, minimalDeck, tempDir, writePack } from '../support/make-pack';
import { WATCH_DEBOUNCE_MS } from '../../src/main/content-watch';

let main: MainBridge;
let pack: string;
const deck = minimalDeck();
type Titled = { title: { en: string; ru: string } };

test.beforeEach(async ({ page }) => {
  pack = await tempDir('live-pack-');
  await writePack(pack, deck);
  main = await startMain({ contentDir: pack, settings: { mode: 'window', watch: true } });
  await main.runtime.liveWatch?.ready;
  await openView(page, main);
  main.controller.dispatch({ type: 'goto', index: 1 });
  await expect(page.locator('.app')).toHaveAttribute('data-slide-id', 'footprint');
});
test.afterEach(async () => {
  main.dispose();
  await rm(pack, { recursive: true, force: true });
});

/**
 * Main's debounce runs on its manual clock: each poll moves it past the quiet time, so the reload
 * starts as soon as chokidar has reported the save — no sleep, no real-time wait.
 */
function afterSave<T>(read: () => Promise<T>) {
  return expect.poll(async () => {
    main.clock.advance(WATCH_DEBOUNCE_MS);
    return read();
  });
}

test('a saved edit shows without a restart; a broken save lists file:path while the last deck stays; the fix clears it', async ({
  page,
}) => {
  const heading = page.locator('section.slide[data-slide-id="footprint"] .s-headline');
  await expect(heading.first()).toHaveText('Overseas footprint');

  // 1. A title change.
  const edited = structuredClone(deck);
  (edited.slides[1] as unknown as Titled).title.en = 'Overseas plants and dealers';
  await writeFile(join(pack, 'deck.json'), deckText(edited));
  await afterSave(() => heading.first().textContent()).toBe('Overseas plants and dealers');
  await expect(page.locator('.app')).toHaveAttribute('data-slide-id', 'footprint'); // same slide
  await expect(page.getByTestId('live-problems')).toHaveCount(0);

  // 2. A broken file: the problem with its path, over the last valid deck.
  const broken = structuredClone(edited) as unknown as { slides: Record<string, unknown>[] };
  broken.slides[1].durationSeconds = 'ten';
  await writeFile(join(pack, 'deck.json'), deckText(broken));
  const problems = page.getByTestId('live-problems');
  await afterSave(() => problems.count()).toBe(1);
  await expect(problems).toContainText('deck.json:slides[1].durationSeconds:');
  await page.screenshot({ path: test.info().outputPath('live-problems.png') });
  await expect(heading.first()).toHaveText('Overseas plants and dealers');
  await expect(page.locator('.app')).toHaveAttribute('data-slide-id', 'footprint');

  // 3. The fix clears it, and the newest text shows.
  (edited.slides[1] as unknown as Titled).title.en = 'Overseas footprint, fixed';
  await writeFile(join(pack, 'deck.json'), deckText(edited));
  await afterSave(() => problems.count()).toBe(0);
  await expect(heading.first()).toHaveText('Overseas footprint, fixed');
  await expect(page.locator('.app')).toHaveAttribute('data-slide-id', 'footprint');
});
