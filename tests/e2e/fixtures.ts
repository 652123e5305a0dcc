import { test as base, expect, type Page } from '@playwright/test';
import { startMain, HARNESS_ORIGIN, type MainBridge } from '../../harness/main-bridge';
import type { SettingsInput } from '../../src/shared/settings.schema';

export interface MainOptions {
  contentDir?: string | null;
  settings?: SettingsInput;
}

/** `main`: main's real modules for this test; `app`: a page showing the audience view. */
export const test = base.extend<{ mainOptions: MainOptions; main: MainBridge; app: Page }>({
  mainOptions: [{}, { option: true }],
  main: async ({ mainOptions }, use) => {
    const main = await startMain(mainOptions);
    await use(main);
    // In every test, no attached page may try to leave the app origin (CSP-blocked tries included).
    const attempts: string[] = [];
    for (const [page, seen] of main.outbound)
      attempts.push(...(page.isClosed() ? seen : await main.outboundFrom(page)));
    main.dispose();
    expect(attempts, 'attempts to leave the app origin').toEqual([]);
  },
  app: async ({ page, main }, use) => {
    await openView(page, main);
    await use(page);
  },
});

/** Attaches a page to main and loads the view, waiting for the first slide. */
export async function openView(
  page: Page,
  main: MainBridge,
  role: 'audience' | 'presenter' = 'audience',
): Promise<void> {
  await main.attach(page);
  await page.goto(`${HARNESS_ORIGIN}/index.html?role=${role}`);
  await page.locator('[data-testid=slide]').first().waitFor();
}

/** The slide id the view shows. */
export function shownSlide(page: Page) {
  return page.locator('.app');
}

export { expect };
