/**
 * What the operator overlay specs (tests/e2e/operator*.spec.ts) share: the test PIN, and the
 * hidden corner and the PIN pad worked the way staff do (taps, then typed digits and Enter).
 */
import { expect, type Page } from '@playwright/test';

// Its last four digits read "0005": if the overlay let the PIN through to the visitor keys,
// Enter would jump to slide 5 — the operator specs would see it. The harness stores it in
// <userData>/operator-pin.json before main starts, as `--set-pin` does (tests/support/pin-seed.ts).
export const PIN = '480005';

/** Taps the invisible top-start corner `n` times. */
export async function tapCorner(page: Page, n: number): Promise<void> {
  const box = await page.getByTestId('operator-hotspot').boundingBox();
  if (!box) throw new Error('no hotspot');
  for (let i = 0; i < n; i++) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Types a PIN on the keyboard and submits it. */
export async function typePin(page: Page, pin: string): Promise<void> {
  // The pad ignores keys while main checks the previous PIN (as a person would see: keys disabled).
  await expect(page.getByTestId('pin-submit')).toBeEnabled();
  await page.keyboard.type(pin);
  await page.keyboard.press('Enter');
}
