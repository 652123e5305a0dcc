/**
 * The operator panel (all fine, a broken pack with the built-in deck playing, out of service), in
 * each operator language asked for, at 1920×1080; then the visitor countdown and the closed screen.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startMain, HARNESS_ORIGIN, type MainBridge, type StartOptions } from '../../harness/main-bridge';
import { brokenCopyOfBundled, OPERATOR_PIN, openOperatorPanel } from '../../tests/support/operator-fixtures';
import { userDataWithPin } from '../../tests/support/pin-seed';
import { SIZES, type SceneContext } from './scene';

const OPERATOR_LOCALES = ['en', 'zh-CN', 'ar', 'ru'];

async function open(
  ctx: SceneContext,
  options: StartOptions,
  viewport: { width: number; height: number } = SIZES.landscape,
) {
  const main = await startMain({ settings: { mode: 'kiosk' }, userData: await userDataWithPin(OPERATOR_PIN), ...options });
  const page = await ctx.browser.newPage({ viewport });
  await main.attach(page);
  await page.goto(`${HARNESS_ORIGIN}/index.html?role=audience`);
  await page.locator('[data-testid=slide], [data-testid^=status-]').first().waitFor();
  await page.evaluate(() => document.fonts.ready);
  return { main, page };
}

async function shoot(page: Page, file: string): Promise<void> {
  await page.waitForTimeout(600); // fonts and the panel's own fade settle
  await page.screenshot({ path: file });
}

async function panels(ctx: SceneContext, name: string, main: MainBridge, page: Page): Promise<number> {
  await openOperatorPanel(page);
  let count = 0;
  for (const locale of OPERATOR_LOCALES.filter((l) => ctx.locales.includes(l))) {
    await page.getByTestId(`operator-locale-${locale}`).click();
    await shoot(page, join(ctx.out, `operator-${name}-${locale}.png`));
    count++;
  }
  await page.close();
  main.dispose();
  return count;
}

export async function operatorAndKioskScenes(ctx: SceneContext): Promise<number> {
  let count = 0;
  {
    const { main, page } = await open(ctx, {});
    count += await panels(ctx, 'ok', main, page);
  }
  {
    const settingsProblems = [
      { file: 'settings.json', path: 'idleSeconds', message: 'Too small: expected number to be >=5', severity: 'error' as const },
    ];
    const { main, page } = await open(ctx, { contentDir: brokenCopyOfBundled(), settingsProblems });
    count += await panels(ctx, 'fallback', main, page);
  }
  {
    const { main, page } = await open(ctx, {});
    main.core.holdOutOfService('the audience view crashed 3 times in 10 min');
    await page.getByTestId('status-out-of-service').waitFor();
    count += await panels(ctx, 'out-of-service', main, page);
  }
  // The visitor countdown, in each deck locale and orientation.
  for (const locale of ctx.locales) {
    for (const [orientation, viewport] of Object.entries(SIZES)) {
      const { main, page } = await open(ctx, { settings: { mode: 'kiosk', locale } }, viewport);
      main.controller.dispatch({ type: 'goto', index: 2 });
      main.clock.advance(60_000); // the default idle wait: the countdown starts
      await page.locator('[data-testid=countdown]').waitFor();
      await shoot(page, join(ctx.out, `countdown-${locale}-${orientation}.png`));
      count++;
      await page.close();
      main.dispose();
    }
  }
  // Closed by opening hours (every deck language on the one screen), both orientations.
  for (const [orientation, viewport] of Object.entries(SIZES)) {
    const { main, page } = await open(
      ctx,
      {
        settings: { mode: 'kiosk', openingHours: { open: '09:00', close: '17:00', days: [1, 2, 3, 4, 5] } },
        now: new Date(2026, 0, 2, 19, 30).getTime(),
      },
      viewport,
    );
    await page.getByTestId('status-closed').waitFor();
    await shoot(page, join(ctx.out, `closed-${orientation}.png`));
    count++;
    await page.close();
    main.dispose();
  }
  return count;
}
