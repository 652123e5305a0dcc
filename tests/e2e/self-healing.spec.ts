/**
 * The crash loop, end to end over the real runtime (the same `createMainRuntime` app.ts uses):
 * each crash arrives as Electron's `render-process-gone` would (see MainBridge.crash), main records it on disk before
 * anything else, reloads the view three times, relaunches twice (a new runtime over the same
 * user data, as `app.relaunch()` + `app.exit()` would), and on the sixth crash in ten minutes
 * puts the deck out of service: the reloaded view shows the calm screen in every deck language.
 * Ten minutes later main tries the deck again and the slides come back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, openView } from './fixtures';
import { HARNESS_ORIGIN, startMain, type MainBridge } from '../../harness/main-bridge';
import { OUT_OF_SERVICE_RETRY_MS } from '../../src/main/runtime';

let main: MainBridge;
test.afterEach(() => main?.dispose());

const history = () => JSON.parse(readFileSync(join(main.userData, 'crash-history.json'), 'utf8')) as number[];

test('six crashes in ten minutes: three reloads, two relaunches, then out of service in every language, and back', async ({
  page: first,
}) => {
  main = await startMain({ settings: { mode: 'kiosk' } });
  await openView(first, main);
  let page = first;
  const deck = main.content.snapshot.deck;
  await main.controller.dispatch({ type: 'goto', index: 2 });

  const decisions: string[] = [];
  for (let crash = 1; crash <= 6; crash++) {
    main.clock.advance(30_000);
    const crashed = await main.crash(page);
    const decision = crashed.decision;
    page = crashed.page;
    decisions.push(decision);
    // On disk before the relaunch (a fire-and-forget write would be lost to app.exit).
    expect(history()).toHaveLength(crash);
    if (decision === 'relaunch') {
      await main.relaunch();
      // Main asked for exactly one relaunch per relaunch decision (its shutdown path ran to `leave`).
      expect(main.relaunches).toBe(decisions.filter((d) => d === 'relaunch').length);
    }
    if (decision !== 'out-of-service') await page.locator('[data-testid=slide]').first().waitFor();
  }
  expect(decisions).toEqual(['reload', 'reload', 'reload', 'relaunch', 'relaunch', 'out-of-service']);

  const screen = page.getByTestId('status-out-of-service');
  await expect(screen).toBeVisible();
  await expect(page.locator('[data-testid=slide]')).toHaveCount(0);
  for (const locale of deck.locales) await expect(screen).toContainText(deck.ui.outOfService[locale]);
  expect((await main.core.handlers['deck:get']({ senderId: 1 })).status).toBe('out-of-service');

  // Main tries again on its schedule; the view needs no reload to come back.
  main.clock.advance(OUT_OF_SERVICE_RETRY_MS);
  await expect(page.locator('[data-testid=slide]').first()).toBeVisible();
  await expect(screen).toHaveCount(0);
  expect((await main.core.handlers['deck:get']({ senderId: 1 })).status).toBe('ok');
});

test('control: within the reload budget the view comes back on slides (the screen the test looks for can fail)', async ({
  page: first,
}) => {
  main = await startMain({ settings: { mode: 'kiosk' } });
  await openView(first, main);
  let page = first;
  for (let crash = 1; crash <= 3; crash++) {
    const crashed = await main.crash(page);
    expect(crashed.decision).toBe('reload');
    page = crashed.page;
  }
  await page.locator('[data-testid=slide]').first().waitFor();
  await expect(page.getByTestId('status-out-of-service')).toHaveCount(0);
});

test('a view that cannot reach main shows the calm screen, keeps asking, and comes back on its own', async ({
  page,
}) => {
  main = await startMain({ settings: { mode: 'kiosk' } });
  await main.attach(page);
  // Main's first two answers to deck:get are lost (a busy or restarting main); later ones arrive.
  const handlers = main.core.handlers;
  const answer = handlers['deck:get'];
  let lost = 0;
  handlers['deck:get'] = (context) => (lost++ < 2 ? Promise.reject(new Error('no answer')) : answer(context));
  await page.goto(`${HARNESS_ORIGIN}/index.html?role=audience`);
  await expect(page.getByTestId('status-out-of-service')).toBeVisible();
  expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/Error|at \w+ \(/);
  // No reload, no touch: the retries (2 s, then 4 s) bring the slides back.
  await expect(page.locator('[data-testid=slide]').first()).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('status-out-of-service')).toHaveCount(0);
});
