/**
 * Import from a USB stick through the operator panel, in real Chromium over main's real runtime:
 * the panel lists the packs main found on "removable drives" (injected), a broken pack is refused
 * with a message while the current deck keeps playing, a valid one plays at once, and Roll back
 * brings the previous one back.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from '@playwright/test';
import { openView } from './fixtures';
import { startMain, type MainBridge } from '../../harness/main-bridge';
import { minimalDeck, tempDir, writePack } from '../support/make-pack';

let main: MainBridge;
const folders: string[] = [];
let good: string;
let broken: string;

/** A minimal pack whose opening headline is `headline`. */
function packWith(id: string, headline: string) {
  const deck = minimalDeck();
  (deck.slides[0] as unknown as { headline: { en: string } }).headline.en = headline;
  return { ...deck, id };
}

test.beforeEach(async ({ page }) => {
  const userData = await tempDir('import-user-');
  const stick = await tempDir('import-stick-');
  folders.push(userData, stick);
  good = join(stick, 'spring-expo');
  broken = join(stick, 'half-done');
  await writePack(join(userData, 'content'), packWith('playing-now', 'The pack playing now'));
  await writePack(good, packWith('spring-expo', 'Fresh from the stick'));
  await writePack(broken, { ...packWith('half-done', 'Never shown'), slides: [] });
  main = await startMain({
    settings: { mode: 'window' },
    userData,
    contentDir: join(userData, 'content'),
    drivePacks: () => [good, broken].map((dir) => ({ dir, drive: stick })),
  });
  await openView(page, main);
});
test.afterEach(async () => {
  main.dispose();
  for (const dir of folders.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** Opens the operator panel: five taps in the corner, then a PIN (window mode without one takes any). */
async function openPanel(page: Page): Promise<void> {
  const box = await page.getByTestId('operator-hotspot').boundingBox();
  if (!box) throw new Error('no hotspot');
  for (let i = 0; i < 5; i++) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByTestId('pin-submit')).toBeEnabled();
  await page.keyboard.type('000000');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('operator-panel')).toBeVisible();
}

test('a broken pack is refused and the deck keeps playing; a valid one plays at once; Roll back restores the old one', async ({
  page,
}) => {
  const headline = page.locator('section.slide[data-slide-id="opening"] h1');
  await expect(headline).toHaveText('The pack playing now');
  await openPanel(page);
  const section = page.getByTestId('content-import');
  await expect(section.getByRole('button', { name: `Import ${good}` })).toBeVisible();
  await expect(page.getByTestId('import-rollback')).toBeDisabled();

  await section.getByRole('button', { name: `Import ${broken}` }).click();
  await expect(page.getByTestId('result-import')).toContainText('is not a valid pack');
  await expect(page.getByTestId('result-import')).toContainText('the current content keeps playing');
  await expect(headline).toHaveText('The pack playing now');
  expect(main.content.snapshot.deck.id).toBe('playing-now');

  await section.getByRole('button', { name: `Import ${good}` }).click();
  await expect(page.getByTestId('result-import')).toContainText('now playing: spring-expo');
  await expect(headline).toHaveText('Fresh from the stick');
  await expect(page.getByTestId('result-import')).toContainText('imported "spring-expo"');
  await page.getByTestId('content-import').scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('import-panel.png') });

  await page.getByTestId('import-rollback').click();
  await expect(page.getByTestId('result-import')).toContainText('rolled back to "playing-now"');
  await expect(headline).toHaveText('The pack playing now');
  expect(main.logs.some((l) => l.startsWith('info content import: imported "spring-expo"'))).toBe(true);
});
