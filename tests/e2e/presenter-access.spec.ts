/**
 * Presenter view (issue 16 item 4), what reaches whom: every interactive element of the presenter
 * view is a ≥ 44×44 px target; the audience screen's visitor controls hide in present mode (the
 * setting, the presenter's toggle); the operator overlay opens in the presenter window and never
 * renders in the audience window, whatever gesture or keys reach it.
 */
import { test, expect, type Page } from '@playwright/test';
import { startMain, HARNESS_ORIGIN } from '../../harness/main-bridge';
import { FULL_HD, LAPTOP, openPair } from '../support/presenter-pair';

const MIN_TARGET = 44;

/** Every visible interactive element of the page narrower or shorter than 44 px, named. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const interactive = document.querySelectorAll<HTMLElement>(
      'button, select, input, textarea, a[href], [role=button], [tabindex]:not([tabindex="-1"])',
    );
    return [...interactive]
      .filter((el) => !el.closest('[inert]') && el.getClientRects().length > 0)
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < min || box.height < min)
      .map(({ el, box }) => `${el.dataset.testid ?? el.tagName} ${Math.round(box.width)}×${Math.round(box.height)}`);
  }, MIN_TARGET);
}

test('every interactive element of the presenter view is at least 44×44 px, in every state and language', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  for (const viewport of [FULL_HD, LAPTOP]) {
    const pair = await openPair(browser, {
      presenterViewport: viewport,
      settings: { presentVisitorControls: 'shown' },
    });
    const { presenter } = pair;
    // Control: the measure sees a small button when there is one.
    await presenter.evaluate(() => {
      const probe = document.createElement('button');
      probe.dataset.testid = 'probe';
      probe.style.cssText = 'position:fixed;inset-block-end:0;inline-size:30px;block-size:30px';
      document.body.append(probe);
    });
    expect(await smallTargets(presenter)).toEqual(['probe 30×30']);
    await presenter.evaluate(() => document.querySelector('[data-testid=probe]')?.remove());

    for (const locale of ['en', 'ru', 'ar', 'zh-CN']) {
      await presenter.getByTestId('presenter-language').selectOption(locale);
      await expect(presenter.getByTestId('presenter')).toHaveAttribute('lang', locale);
      const states: Record<string, string[]> = {};
      states.dashboard = await smallTargets(presenter);
      // The notes-language picker and the target picker are among them.
      await expect(presenter.getByTestId('notes-language')).toBeVisible();
      await expect(presenter.getByTestId('target-duration')).toBeVisible();
      await presenter.getByTestId('end-show').click();
      states.confirmEnd = await smallTargets(presenter);
      await presenter.getByTestId('end-cancel').click();
      await presenter.getByTestId('open-slide-grid').click();
      states.grid = await smallTargets(presenter);
      await presenter.getByTestId('slide-grid-close').click();
      expect(states, `${viewport.width}×${viewport.height} ${locale}`).toEqual({
        dashboard: [],
        confirmEnd: [],
        grid: [],
      });
    }
    await pair.close();
  }
});

test('visitor controls on the audience screen: hidden in present mode by default, the presenter shows and hides them', async ({
  browser,
}) => {
  const pair = await openPair(browser, { presenterViewport: FULL_HD });
  const { audience, presenter } = pair;
  const pills = audience.getByTestId('language-switch');
  const nav = audience.getByTestId('nav-controls');
  const toggle = presenter.getByTestId('visitor-controls-toggle');
  await expect(audience.locator('section.slide')).toHaveCount(1);
  await expect(pills).toHaveCount(0);
  await expect(nav).toHaveCount(0);
  await expect(toggle).toHaveText('Show visitor controls');

  await toggle.click();
  await expect(pills).toBeVisible();
  await expect(nav).toBeVisible();
  await expect(toggle).toHaveText('Hide visitor controls');
  // The audience window reloaded (a renderer crash) keeps what the presenter chose: it is main's.
  await audience.reload();
  await expect(pills).toBeVisible();

  await toggle.click();
  await expect(pills).toHaveCount(0);
  await expect(nav).toHaveCount(0);

  // Swap displays goes to main; the harness has no second display, and the presenter is told so.
  await expect(presenter.getByTestId('swap-refused')).toHaveCount(0);
  await presenter.getByTestId('swap-displays').click();
  await expect(presenter.getByTestId('swap-refused')).toHaveText('Only one display: nothing to swap');
  await pair.close();

  // The setting: shown from the start.
  const shown = await openPair(browser, { presenterViewport: FULL_HD, settings: { presentVisitorControls: 'shown' } });
  await expect(shown.audience.getByTestId('language-switch')).toBeVisible();
  await expect(shown.audience.getByTestId('nav-controls')).toBeVisible();
  await shown.close();

  // Control: a kiosk keeps its visitor controls whatever the setting says.
  const kiosk = await startMain({ settings: { mode: 'kiosk', presentVisitorControls: 'hidden' } });
  const page = await browser.newPage({ viewport: FULL_HD });
  await kiosk.attach(page);
  await page.goto(`${HARNESS_ORIGIN}/index.html?role=audience`);
  await expect(page.getByTestId('language-switch')).toBeVisible();
  await page.close();
  kiosk.dispose();
});

/** Every way the operator overlay could be asked to open in a page. */
async function tryToOpenOperator(page: Page): Promise<void> {
  await page.keyboard.press('Control+Alt+Shift+KeyO');
  for (let i = 0; i < 5; i++) await page.mouse.click(10, 10);
  // Main's `operator:open` (its own catch of the chord), delivered to this page.
  await page.evaluate(() =>
    (window as unknown as { __deliver(c: string, t: string): void }).__deliver('operator:open', '{"value":null}'),
  );
  await page.evaluate(() => window.showcase.getDeck());
}

test('the operator overlay opens in the presenter window and never renders in the audience window', async ({
  browser,
}) => {
  const pair = await openPair(browser, { presenterViewport: FULL_HD, settings: { presentVisitorControls: 'shown' } });
  const { audience, presenter } = pair;
  await tryToOpenOperator(audience);
  // Nothing of the operator's in the audience page: no overlay, no PIN pad, no tap corner.
  await expect(audience.locator('[data-testid^=operator], .operator-overlay, [role=dialog]')).toHaveCount(0);
  expect(await audience.evaluate(() => document.body.innerText)).not.toMatch(/PIN/);

  // The chord in the presenter window opens it there.
  await presenter.keyboard.press('Control+Alt+Shift+KeyO');
  await expect(presenter.getByTestId('operator-overlay')).toBeVisible();
  await expect(audience.locator('[data-testid^=operator], .operator-overlay')).toHaveCount(0);
  // Main refuses the audience page's own call too (no PIN is set here, which would let the
  // presenter in); the presenter page's call goes through.
  expect(await audience.evaluate(() => window.showcase.unlockOperator(''))).toMatchObject({
    ok: false,
    reason: 'presenter-only',
  });
  expect(await presenter.evaluate(() => window.showcase.unlockOperator(''))).toEqual({ ok: true, pinSet: false });
  await pair.close();

  // Control: in a kiosk the same attempts in the audience window do open it.
  const kiosk = await startMain({ settings: { mode: 'kiosk' } });
  const page = await browser.newPage({ viewport: FULL_HD });
  await kiosk.attach(page);
  await page.goto(`${HARNESS_ORIGIN}/index.html?role=audience`);
  await page.locator('[data-testid=slide]').first().waitFor();
  await tryToOpenOperator(page);
  await expect(page.getByTestId('operator-overlay')).toBeVisible();
  await page.close();
  kiosk.dispose();
});
