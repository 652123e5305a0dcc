/**
 * Two pages bridged to ONE main-process deck controller, an audience window and a presenter
 * window, as Electron's present mode opens them (tests/e2e/presenter*.spec.ts).
 */
import type { Browser, Page } from '@playwright/test';
import type { SettingsInput } from '../../src/shared/settings.schema';
import { startMain, HARNESS_ORIGIN, type MainBridge } from '../../harness/main-bridge';

export const LAPTOP = { width: 1366, height: 768 };
export const FULL_HD = { width: 1920, height: 1080 };

export interface Pair {
  main: MainBridge;
  audience: Page;
  presenter: Page;
  close(): Promise<void>;
}

/** Opens an audience and a presenter page on the same main; `before` runs on each page before load. */
export async function openPair(
  browser: Browser,
  opts: {
    presenterViewport?: { width: number; height: number };
    before?: (page: Page, role: string) => Promise<void>;
    settings?: SettingsInput;
    /** The presenter PC's UI languages (navigator.languages), e.g. 'ru-RU'. */
    presenterLocale?: string;
  } = {},
): Promise<Pair> {
  const main = await startMain({ settings: { mode: 'present', ...opts.settings } });
  const context = await browser.newContext({ viewport: FULL_HD, locale: opts.presenterLocale });
  const audience = await context.newPage();
  const presenter = await context.newPage();
  if (opts.presenterViewport) await presenter.setViewportSize(opts.presenterViewport);
  for (const [page, role] of [
    [audience, 'audience'],
    [presenter, 'presenter'],
  ] as const) {
    await main.attach(page);
    await opts.before?.(page, role);
    await page.goto(`${HARNESS_ORIGIN}/index.html?role=${role}`);
  }
  await audience.locator('[data-testid=slide]').first().waitFor();
  await presenter.getByTestId('current-slide').locator('.s-slide').waitFor();
  return {
    main,
    audience,
    presenter,
    close: async () => {
      await context.close();
      main.dispose();
    },
  };
}
