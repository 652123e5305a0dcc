/**
 * The presenter view (issue 16 item 4): the dashboard at 1920×1080 and on a 1366×768 laptop, the
 * slide grid, black screen, End's confirmation, a target countdown run over time, and the
 * dashboard kept in the presenter's language while the audience reads Arabic.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startMain, HARNESS_ORIGIN, type MainBridge } from '../../harness/main-bridge';
import type { SceneContext } from './scene';

const FULL_HD = { width: 1920, height: 1080 };
const LAPTOP = { width: 1366, height: 768 };
const START = new Date('2026-01-01T12:00:00Z');

interface Shot {
  name: string;
  viewport: { width: number; height: number };
  /** The audience's (deck's) language. */
  locale: string;
  slide: number;
  /** What the presenter does before the picture is taken. */
  act?: (page: Page, main: MainBridge) => Promise<void>;
}

const SHOTS: Shot[] = [
  { name: 'dashboard', viewport: FULL_HD, locale: 'en', slide: 4 },
  { name: 'laptop', viewport: LAPTOP, locale: 'en', slide: 2 },
  {
    name: 'audience-arabic',
    viewport: FULL_HD,
    locale: 'ar',
    slide: 6,
    // The room reads Arabic, the dashboard stays in the presenter's own language.
  },
  {
    name: 'grid',
    viewport: FULL_HD,
    locale: 'en',
    slide: 3,
    act: async (page) => {
      await page.getByTestId('open-slide-grid').click();
      await page.getByTestId('slide-grid-item').last().locator('.s-slide').waitFor();
    },
  },
  {
    name: 'black-and-end',
    viewport: LAPTOP,
    locale: 'en',
    slide: 5,
    act: async (page) => {
      await page.getByTestId('blackout-button').click();
      await page.getByTestId('blackout-badge').waitFor();
      await page.getByTestId('end-show').click();
      await page.getByTestId('end-confirm').waitFor();
    },
  },
  {
    name: 'over-time',
    viewport: FULL_HD,
    locale: 'en',
    slide: 9,
    act: async (page) => {
      await page.getByTestId('target-duration').selectOption('5');
      // Running already if the jump above reached the open dashboard as an advance; else start it.
      const start = page.getByTestId('timer-start');
      if ((await start.count()) > 0) await start.click();
      await page.clock.runFor(6 * 60_000 + 12_000);
      await page.getByTestId('notes-larger').click();
      await page.getByTestId('target-left').and(page.locator('[data-over=true]')).waitFor();
    },
  },
];

export async function presenterScenes({ browser, out, locales }: SceneContext): Promise<number> {
  let count = 0;
  for (const shot of SHOTS) {
    if (!locales.includes(shot.locale)) continue;
    const main = await startMain({ settings: { mode: 'present' } });
    const page = await browser.newPage({ viewport: shot.viewport, locale: 'en-GB' });
    await page.clock.install({ time: START });
    await main.attach(page);
    await page.goto(`${HARNESS_ORIGIN}/index.html?role=presenter`);
    main.controller.dispatch({ type: 'setLocale', locale: shot.locale });
    main.controller.dispatch({ type: 'goto', index: shot.slide });
    const slideId = main.content.snapshot.deck.slides[shot.slide].id;
    await page.locator(`[data-testid=current-slide][data-slide-id="${slideId}"] .s-slide`).waitFor();
    await shot.act?.(page, main);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({
      path: join(out, `presenter-${shot.name}-${shot.viewport.width}x${shot.viewport.height}.png`),
    });
    count++;
    await page.close();
    main.dispose();
  }
  return count;
}
