/**
 * For operator panel specs and snapshots: a copy of the bundled pack with four realistic mistakes
 * (so the panel groups, numbers and words them), and the panel opened the way staff do.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { BUNDLED_PACK } from '../../harness/main-bridge';

/** The test PIN (also in tests/support/pin-pad.ts, for the operator*.spec.ts overlay specs). */
export const OPERATOR_PIN = '480005';

/**
 * The bundled pack copied to a temp folder, with four problems: slide 8's duration typed as text,
 * slide 3's title a number, slide 5's id not allowed, slide 1's duration too short.
 */
export function brokenCopyOfBundled(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'showcase-broken-')), 'content');
  cpSync(BUNDLED_PACK, dir, { recursive: true });
  const file = join(dir, 'deck.json');
  const deck = JSON.parse(readFileSync(file, 'utf8'));
  deck.slides[7].durationSeconds = 'twelve';
  deck.slides[2].title = 42;
  deck.slides[4].id = 'Footprint Map';
  deck.slides[0].durationSeconds = 1;
  writeFileSync(file, JSON.stringify(deck, null, 2));
  return dir;
}

/** Opens the operator panel with the keyboard chord and the PIN, and waits for its status line. */
export async function openOperatorPanel(page: Page, pin = OPERATOR_PIN): Promise<void> {
  await page.keyboard.press('Control+Alt+Shift+KeyO');
  await page.getByTestId('pin-submit').waitFor();
  await page.keyboard.type(pin);
  await page.keyboard.press('Enter');
  await page.getByTestId('operator-panel').waitFor();
  await page.locator('[data-testid=operator-status-line][data-tone]').waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-testid=operator-status-line]')?.textContent?.includes('…'));
}
