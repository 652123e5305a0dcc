/**
 * The presenter view (issue 6): two pages bridged to ONE main-process deck controller, an
 * audience window and a presenter window, as Electron's present mode opens them. The presenter's
 * tools of issue 16 are in presenter-tools.spec.ts; its pictures in scripts/snapshots/presenter.ts.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { LAPTOP, openPair, type Pair } from '../support/presenter-pair';

const START = new Date('2026-01-01T12:00:00Z');

/** Both windows show exactly main's state. */
async function expectInStep({ main, audience, presenter }: Pair): Promise<void> {
  // A key press returns before the page's command reaches main: a round trip from each page
  // (its calls reach main in order) flushes commands still in flight before we read the truth.
  for (const page of [audience, presenter]) await page.evaluate(() => window.showcase.getDeck());
  const state = main.controller.getState();
  const slides = main.content.snapshot.deck.slides;
  const id = slides[state.index].id;
  const view = presenter.getByTestId('presenter');
  await expect(view).toHaveAttribute('data-revision', String(state.revision));
  await expect(view).toHaveAttribute('data-slide-id', id);
  await expect(view).toHaveAttribute('data-locale', state.locale);
  await expect(presenter.getByTestId('current-slide')).toHaveAttribute('data-slide-id', id);
  await expect(presenter.getByTestId('next-slide')).toHaveAttribute('data-slide-id', slides[state.index + 1]?.id ?? '');
  await expect(audience.locator('.app')).toHaveAttribute('data-slide-id', id);
  await expect(audience.locator('.app')).toHaveAttribute('data-locale', state.locale);
  // Once any exit animation has run, the audience's one slide on stage is the same slide.
  await expect(audience.locator('section.slide')).toHaveCount(1);
  await expect(audience.locator('section.slide')).toHaveAttribute('data-slide-id', id);
  expect(main.controller.getState()).toEqual(state);
}

/**
 * The fuzz seed: fixed by default, so every run of the suite tries the same sequence and a failure
 * is reproducible as is; `PRESENTER_SEED=random` draws a new one (printed), `PRESENTER_SEED=<n>` replays one.
 */
const DEFAULT_PRESENTER_SEED = 20_260_101;
function presenterSeed(setting = process.env.PRESENTER_SEED): number {
  if (setting === undefined || setting === '') return DEFAULT_PRESENTER_SEED;
  if (setting === 'random') return Math.floor(Math.random() * 2 ** 31);
  const seed = Number(setting);
  if (!Number.isInteger(seed)) throw new Error(`PRESENTER_SEED must be an integer or "random", not ${setting}`);
  return seed;
}

/** mulberry32: a small seeded PRNG, so a failing run can be replayed with PRESENTER_SEED. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('200 random interleaved actions from both windows leave both showing main’s state', async ({ browser }) => {
  test.setTimeout(180_000);
  const seed = presenterSeed();
  console.log(`presenter sync: seed ${seed} (replay with PRESENTER_SEED=${seed})`);
  test.info().annotations.push({ type: 'seed', description: String(seed) });
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

  // Both pages get a controllable clock; each is paused for part of the run (not at once).
  const pair = await openPair(browser, { before: (page) => page.clock.install({ time: START }) });
  const { main, audience, presenter } = pair;
  const { slides, locales } = main.content.snapshot.deck;
  const pages = { audience, presenter };
  const counts = { key: 0, digits: 0, click: 0, locale: 0 };

  // Pause one second ahead of the page's own time: a long jump would put motion's start times
  // (fake performance.now) far ahead of the real animation timeline (WAAPI), which only a test
  // clock can do, and the audience's exit animation would then wait that long in real time.
  // On a loaded machine more than that second can pass between reading the time and pausing
  // ("Cannot fast-forward to the past"): read it again and retry.
  const pauseSoon = async (page: Page) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
      } catch (error) {
        if (attempt >= 5 || !String(error).includes('to the past')) throw error;
      }
    }
  };
  for (let step = 0; step < 200; step++) {
    if (step === 40) await pauseSoon(audience);
    if (step === 120) await audience.clock.resume();
    if (step === 100) await pauseSoon(presenter);
    if (step === 170) await presenter.clock.resume();
    const who = pick(['audience', 'presenter'] as const);
    const page = pages[who];
    const roll = random();
    if (roll < 0.45) {
      counts.key++;
      await page.keyboard.press(pick(['ArrowRight', 'ArrowRight', 'ArrowLeft', 'Home', 'End']));
    } else if (roll < 0.6) {
      counts.digits++;
      const n = 1 + Math.floor(random() * slides.length);
      for (const d of String(n)) await page.keyboard.press(d);
      await page.keyboard.press('Enter');
    } else if (roll < 0.85) {
      counts.click++;
      // The presenter's own buttons; a disabled one (first/last slide) simply does nothing.
      await presenter.getByTestId(pick(['presenter-next', 'presenter-prev'])).click({ force: true });
    } else {
      counts.locale++;
      const locale = pick(locales);
      await page.evaluate((l) => window.showcase.command({ type: 'setLocale', locale: l }), locale);
    }
  }
  console.log(`presenter sync: ${JSON.stringify(counts)}; final ${JSON.stringify(main.controller.getState())}`);
  expect(main.controller.getState().revision).toBeGreaterThan(50);
  await expectInStep(pair);
  await pair.close();
});

test('notes and next slide are right on every slide, in the chosen notes language', async ({ browser }) => {
  const pair = await openPair(browser, { presenterViewport: LAPTOP });
  const { main, audience, presenter } = pair;
  const deck = main.content.snapshot.deck;
  const notes = presenter.getByTestId('notes');
  const select = presenter.getByTestId('notes-language');

  const walk = async (expectNotes: (i: number) => { text: string; lang: string }) => {
    await presenter.keyboard.press('Home');
    for (let i = 0; i < deck.slides.length; i++) {
      if (i > 0) await (i % 2 ? presenter : audience).keyboard.press('ArrowRight');
      await expect(presenter.getByTestId('current-slide')).toHaveAttribute('data-slide-id', deck.slides[i].id);
      await expect(presenter.getByTestId('counter')).toHaveText(`${i + 1} / ${deck.slides.length}`);
      const want = expectNotes(i);
      await expect(notes).toHaveText(want.text);
      await expect(notes).toHaveAttribute('lang', want.lang);
      await expect(notes).toHaveAttribute('dir', want.lang === 'ar' ? 'rtl' : 'ltr');
      const last = i === deck.slides.length - 1;
      await expect(presenter.getByTestId('next-slide')).toHaveAttribute(
        'data-slide-id',
        last ? '' : deck.slides[i + 1].id,
      );
      await expect(presenter.getByTestId('end-marker')).toHaveCount(last ? 1 : 0);
      if (!last) await expect(presenter.getByTestId('next-slide').locator('.s-slide')).toHaveCount(1);
      // Miniatures are pictures: hidden from assistive technology and focus, and silent.
      for (const id of ['current-slide', 'next-slide']) {
        await expect(presenter.getByTestId(id)).toHaveAttribute('aria-hidden', 'true');
        await expect(presenter.getByTestId(id)).toHaveAttribute('inert', '');
      }
      expect(
        await presenter.evaluate(
          () =>
            [...document.querySelectorAll<HTMLMediaElement>('audio, video')].filter(
              (m) => !m.muted || !m.paused || m.autoplay,
            ).length,
        ),
      ).toBe(0);
    }
  };

  // By default the notes follow the deck's language (main's state).
  await walk((i) => ({ text: deck.slides[i].notes.en, lang: 'en' }));
  await audience.evaluate(() => window.showcase.command({ type: 'setLocale', locale: 'ru' }));
  await expect(notes).toHaveAttribute('lang', 'ru');

  // A pick in the presenter window holds whatever the deck's language does, and stays local.
  await select.selectOption('ar');
  await audience.evaluate(() => window.showcase.command({ type: 'setLocale', locale: 'zh-CN' }));
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-locale', 'zh-CN');
  expect(await presenter.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  await walk((i) => ({ text: deck.slides[i].notes.ar, lang: 'ar' }));
  expect(main.controller.getState().locale).toBe('zh-CN');
  await expect(audience.locator('.app')).toHaveAttribute('data-locale', 'zh-CN');

  // Kept for this window's session: a reload keeps the pick; "same as slides" follows again.
  await presenter.reload();
  await expect(notes).toHaveAttribute('lang', 'ar');
  await select.selectOption('');
  await expect(notes).toHaveAttribute('lang', 'zh-CN');
  await expect(notes).toHaveText(deck.slides[deck.slides.length - 1].notes['zh-CN']);
  await pair.close();
});

test('B in either window blacks the audience screen and the presenter says so; the wheel scrolls notes', async ({
  browser,
}) => {
  const pair = await openPair(browser, { presenterViewport: LAPTOP });
  const { main, audience, presenter } = pair;
  await presenter.keyboard.press('b');
  await expect(audience.getByTestId('blackout')).toBeVisible();
  await expect(presenter.getByTestId('blackout-badge')).toBeVisible();
  await audience.keyboard.press('b');
  await expect(presenter.getByTestId('blackout-badge')).toHaveCount(0);
  await expect(audience.getByTestId('blackout')).toHaveCount(0);

  // The longest notes overflow on the laptop: the wheel scrolls them and does not change slide.
  const deck = main.content.snapshot.deck;
  const longest = deck.slides.reduce((a, s, i) => (s.notes.en.length > deck.slides[a].notes.en.length ? i : a), 0);
  await presenter.evaluate((i) => window.showcase.command({ type: 'goto', index: i }), longest);
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-slide-index', String(longest));
  const revision = main.controller.getState().revision;
  const body = presenter.locator('.p-notes__body');
  await body.hover();
  await presenter.mouse.wheel(0, 300);
  await expect.poll(() => body.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  expect(main.controller.getState().revision).toBe(revision);
  await pair.close();
});

test('elapsed time starts, pauses, resets on the page clock; the wall clock shows the time', async ({ browser }) => {
  const pair = await openPair(browser, {
    presenterViewport: LAPTOP,
    before: (page, role) => (role === 'presenter' ? page.clock.install({ time: START }) : Promise.resolve()),
  });
  const { presenter } = pair;
  // Paused: from here on the page's time moves only when the test says so.
  await presenter.clock.pauseAt(new Date(START.getTime() + 60_000));
  const elapsed = presenter.getByTestId('elapsed');
  await expect(elapsed).toHaveText('00:00');
  await presenter.clock.runFor(5_000);
  await expect(elapsed).toHaveText('00:00');

  await presenter.getByTestId('timer-start').click();
  await presenter.clock.runFor(65_000);
  await expect(elapsed).toHaveText('01:05');

  await presenter.getByTestId('timer-pause').click();
  await presenter.clock.runFor(30_000);
  await expect(elapsed).toHaveText('01:05');

  await presenter.getByTestId('timer-start').click();
  await presenter.clock.runFor(10_000);
  await expect(elapsed).toHaveText('01:15');

  await presenter.getByTestId('timer-reset').click();
  await expect(elapsed).toHaveText('00:00');
  await presenter.getByTestId('timer-pause').click();
  await presenter.clock.runFor(3_600_000);
  await expect(elapsed).toHaveText('00:00');

  const shown = await presenter.evaluate(() =>
    new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit' }).format(Date.now()),
  );
  await expect(presenter.getByTestId('wall-clock')).toHaveText(shown);
  await pair.close();
});

test('the presenter page is axe clean (serious/critical) on the laptop screen', async ({ browser }) => {
  const pair = await openPair(browser, { presenterViewport: LAPTOP });
  const { presenter } = pair;
  for (const locale of ['en', 'ar']) {
    await presenter.evaluate((l) => window.showcase.command({ type: 'setLocale', locale: l }), locale);
    await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-locale', locale);
    const results = await new AxeBuilder({ page: presenter }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  // Notes are at least 24 px on the laptop screen.
  const size = await presenter.getByTestId('notes').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(24);
  await pair.close();
});
