/**
 * The presenter's tools (issue 16 item 4) at 1920×1080: slide grid, black screen, End show, notes
 * zoom, the timer that starts on the first advance and its target countdown, the presenter's own
 * language. Targets, visitor controls and the operator overlay: presenter-access.spec.ts.
 */
import { test, expect } from '@playwright/test';
import { FULL_HD, openPair } from '../support/presenter-pair';

const START = new Date('2026-01-01T12:00:00Z');

test('the slide grid jumps both windows to the chosen slide; Escape leaves it without a change', async ({
  browser,
}) => {
  const pair = await openPair(browser, { presenterViewport: FULL_HD });
  const { main, audience, presenter } = pair;
  const slides = main.content.snapshot.deck.slides;
  const grid = presenter.getByTestId('slide-grid');

  await presenter.getByTestId('open-slide-grid').click();
  await expect(grid).toBeVisible();
  const items = presenter.getByTestId('slide-grid-item');
  await expect(items).toHaveCount(slides.length);
  await expect(items.nth(0)).toHaveAttribute('aria-current', 'true');
  // Each item is the real slide in miniature, with its number and title.
  await expect(items.nth(7).locator('.s-slide')).toHaveCount(1);
  await expect(items.nth(7)).toHaveAttribute('data-slide-id', slides[7].id);
  await expect(items.nth(7)).toContainText('8');

  // Keys pressed in the grid are the grid's: an arrow does not change the slide behind it.
  await presenter.keyboard.press('ArrowRight');
  await presenter.evaluate(() => window.showcase.getDeck());
  expect(main.controller.getState().index).toBe(0);

  await items.nth(7).click();
  await expect(grid).toHaveCount(0);
  expect(main.controller.getState().index).toBe(7);
  await expect(audience.locator('.app')).toHaveAttribute('data-slide-id', slides[7].id);
  await expect(presenter.getByTestId('current-slide')).toHaveAttribute('data-slide-id', slides[7].id);

  await presenter.getByTestId('open-slide-grid').click();
  await expect(items.nth(7)).toHaveAttribute('aria-current', 'true');
  await expect(items.nth(7)).toBeFocused();
  await presenter.keyboard.press('Escape');
  await expect(grid).toHaveCount(0);
  expect(main.controller.getState().index).toBe(7);
  await pair.close();
});

test('Black screen blacks the audience page and says so; End show (confirmed) takes the room back to slide 1, lit', async ({
  browser,
}) => {
  const pair = await openPair(browser, { presenterViewport: FULL_HD });
  const { main, audience, presenter } = pair;
  const black = presenter.getByTestId('blackout-button');
  await presenter.evaluate(() => window.showcase.command({ type: 'goto', index: 5 }));
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-slide-index', '5');

  await expect(black).toHaveText(/Black screen/);
  await black.click();
  await expect(audience.getByTestId('blackout')).toBeVisible();
  // The black layer covers the whole audience page.
  const box = await audience.getByTestId('blackout').boundingBox();
  expect(box).toEqual({ x: 0, y: 0, width: FULL_HD.width, height: FULL_HD.height });
  expect(await audience.getByTestId('blackout').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
    'rgb(0, 0, 0)',
  );
  await expect(black).toHaveAttribute('aria-pressed', 'true');
  await expect(black).toHaveText(/Show slide/);
  await expect(presenter.getByTestId('blackout-badge')).toBeVisible();

  // End asks first; Cancel changes nothing.
  await presenter.getByTestId('end-show').click();
  await presenter.getByTestId('end-cancel').click();
  await presenter.evaluate(() => window.showcase.getDeck());
  expect(main.controller.getState()).toMatchObject({ index: 5, blackout: true });

  await presenter.getByTestId('end-show').click();
  await expect(presenter.getByTestId('end-confirm')).toHaveText('Confirm: back to the first slide');
  await presenter.getByTestId('end-confirm').click();
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-slide-index', '0');
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-blackout', 'false');
  expect(main.controller.getState()).toMatchObject({ index: 0, blackout: false, mode: 'present' });
  await expect(audience.getByTestId('blackout')).toHaveCount(0);
  await expect(audience.locator('.app')).toHaveAttribute('data-slide-index', '0');
  await pair.close();
});

test('notes zoom: A+ and A− change the notes size (never under 24 px), kept for the session', async ({ browser }) => {
  const pair = await openPair(browser, { presenterViewport: FULL_HD });
  const { presenter } = pair;
  const size = () => presenter.getByTestId('notes').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const base = await size();
  expect(base).toBeGreaterThanOrEqual(24);
  await presenter.getByTestId('notes-larger').click();
  await presenter.getByTestId('notes-larger').click();
  const larger = await size();
  expect(larger).toBeGreaterThan(base * 1.25);

  await presenter.reload();
  await presenter.getByTestId('notes').waitFor();
  expect(await size()).toBe(larger);

  for (let i = 0; i < 10; i++) {
    const minus = presenter.getByTestId('notes-smaller');
    if (await minus.isDisabled()) break;
    await minus.click();
  }
  await expect(presenter.getByTestId('notes-smaller')).toBeDisabled();
  const smallest = await size();
  expect(smallest).toBeLessThan(base);
  expect(smallest).toBeGreaterThanOrEqual(24);
  await pair.close();
});

test('the timer starts on the first advance (from either window), counts down to a target and says when over time', async ({
  browser,
}) => {
  const pair = await openPair(browser, {
    presenterViewport: FULL_HD,
    before: (page, role) => (role === 'presenter' ? page.clock.install({ time: START }) : Promise.resolve()),
  });
  const { audience, presenter } = pair;
  await presenter.clock.pauseAt(new Date(START.getTime() + 60_000));
  const elapsed = presenter.getByTestId('elapsed');
  const left = presenter.getByTestId('target-left');

  // No advance, no time: changing the audience's language is not an advance either.
  await presenter.clock.runFor(5_000);
  await audience.evaluate(() => window.showcase.command({ type: 'setLocale', locale: 'ru' }));
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-locale', 'ru');
  await presenter.clock.runFor(5_000);
  await expect(elapsed).toHaveText('00:00');
  await expect(elapsed).toHaveAttribute('data-running', 'false');

  // The first advance, made in the audience window, starts it.
  await audience.keyboard.press('ArrowRight');
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-slide-index', '1');
  await expect(elapsed).toHaveAttribute('data-running', 'true');
  await presenter.clock.runFor(65_000);
  await expect(elapsed).toHaveText('01:05');

  // A 5-minute target: the time left, then plainly over time.
  await expect(left).toHaveCount(0);
  await presenter.getByTestId('target-duration').selectOption('5');
  await expect(left).toHaveText('Remaining03:55');
  await expect(left).toHaveAttribute('data-over', 'false');
  await presenter.clock.runFor(235_000);
  await expect(left).toHaveText('Remaining00:00');
  await presenter.clock.runFor(65_000);
  await expect(left).toHaveText('Over time+01:05');
  await expect(left).toHaveAttribute('data-over', 'true');
  expect(await left.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(179, 0, 30)');

  // A later advance does not restart a running stopwatch; a paused one stays paused.
  await presenter.getByTestId('presenter-next').click();
  await presenter.clock.runFor(1_000);
  await expect(elapsed).toHaveText('06:06');
  await presenter.getByTestId('timer-pause').click();
  await presenter.getByTestId('presenter-next').click();
  await presenter.clock.runFor(10_000);
  await expect(elapsed).toHaveText('06:06');

  // End show: back to zero, stopped, and the next talk's first advance starts it again.
  await presenter.getByTestId('end-show').click();
  await presenter.getByTestId('end-confirm').click();
  await expect(elapsed).toHaveText('00:00');
  await presenter.clock.runFor(10_000);
  await expect(elapsed).toHaveText('00:00');
  await presenter.getByTestId('presenter-next').click();
  await presenter.clock.runFor(3_000);
  await expect(elapsed).toHaveText('00:03');
  // The target is the presenter's, kept for the session.
  await expect(presenter.getByTestId('target-duration')).toHaveValue('5');
  await pair.close();
});

test('the presenter’s labels stay in the presenter’s language when the audience switches to Arabic', async ({
  browser,
}) => {
  const pair = await openPair(browser, {
    presenterViewport: FULL_HD,
    presenterLocale: 'en-GB',
    settings: { presentVisitorControls: 'shown' },
  });
  const { main, audience, presenter } = pair;
  const ui = main.content.snapshot.deck.ui.presenter!;
  const labels = async () => ({
    grid: await presenter.getByTestId('open-slide-grid').innerText(),
    black: await presenter.getByTestId('blackout-button').innerText(),
    end: await presenter.getByTestId('end-show').innerText(),
    start: await presenter.getByTestId('timer-start').innerText(),
    notes: await presenter.locator('#p-notes-label').innerText(),
    lang: await presenter.getByTestId('presenter').getAttribute('lang'),
    dir: await presenter.getByTestId('presenter').getAttribute('dir'),
  });
  const inEnglish = await labels();
  expect(inEnglish).toMatchObject({ grid: ui.allSlides!.en, black: ui.blackScreen!.en, lang: 'en', dir: 'ltr' });

  // A visitor's tap on the audience screen's Arabic pill: the room reads Arabic …
  await audience.getByTestId('language-switch').getByRole('button', { name: 'العربية' }).click();
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-locale', 'ar');
  await expect(presenter.getByTestId('current-title')).toHaveAttribute('lang', 'ar');
  await expect(presenter.getByTestId('notes')).toHaveAttribute('lang', 'ar');
  // … the presenter's dashboard does not.
  expect(await labels()).toEqual(inEnglish);

  // The presenter's own picker: Russian labels, the audience untouched, kept across a reload.
  await presenter.getByTestId('presenter-language').selectOption('ru');
  await expect(presenter.getByTestId('open-slide-grid')).toHaveText(ui.allSlides!.ru);
  await expect(presenter.getByTestId('timer-start')).toHaveText(ui.start.ru);
  expect(main.controller.getState().locale).toBe('ar');
  await presenter.reload();
  await expect(presenter.getByTestId('open-slide-grid')).toHaveText(ui.allSlides!.ru);
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-locale', 'ar');
  await pair.close();

  // Control: a presenter PC in Russian starts in Russian without a pick.
  const russian = await openPair(browser, { presenterViewport: FULL_HD, presenterLocale: 'ru-RU' });
  await expect(russian.presenter.getByTestId('open-slide-grid')).toHaveText(ui.allSlides!.ru);
  await russian.close();
});
