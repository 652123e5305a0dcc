import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { test, expect, openView } from './fixtures';
import { BUNDLED_PACK, HARNESS_ORIGIN, startMain } from '../../harness/main-bridge';

test('the bundled deck shows and advances by itself on main’s clock', async ({ app, main }) => {
  const deck = main.content.snapshot.deck;
  await expect(app.locator('.app')).toHaveAttribute('data-slide-id', deck.slides[0].id);
  main.clock.advance(deck.slides[0].durationSeconds * 1000);
  await expect(app.locator('.app')).toHaveAttribute('data-slide-id', deck.slides[1].id);
  // The whole loop wraps back to the first slide.
  for (let i = 1; i < deck.slides.length; i++) main.clock.advance(deck.slides[i].durationSeconds * 1000);
  await expect(app.locator('.app')).toHaveAttribute('data-slide-id', deck.slides[0].id);
});

test.describe('a pack passed as --content', () => {
  const title = `Pack ${randomBytes(6).toString('hex')}`;
  let dir = '';
  test.beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pack-'));
    await cp(BUNDLED_PACK, dir, { recursive: true });
    const deck = JSON.parse(await readFile(join(dir, 'deck.json'), 'utf8'));
    for (const locale of deck.locales) deck.slides[0].headline[locale] = `${title} ${locale}`;
    await writeFile(join(dir, 'deck.json'), JSON.stringify(deck));
  });
  test('is what appears, not the bundled deck', async ({ page }) => {
    const main = await startMain({ contentDir: dir });
    await openView(page, main);
    await expect(page.getByRole('heading', { name: `${title} en` })).toBeVisible();
    expect(main.content.snapshot.contentOrigin).toBe('custom');
    main.dispose();
  });
});

test('a broken pack leaves the bundled deck playing with the problem reachable', async ({ page }) => {
  const dir = await mkdtemp(join(tmpdir(), 'broken-'));
  await cp(BUNDLED_PACK, dir, { recursive: true });
  const deck = JSON.parse(await readFile(join(dir, 'deck.json'), 'utf8'));
  delete deck.slides[1].title;
  const original = JSON.stringify(deck);
  await writeFile(join(dir, 'deck.json'), original);
  const main = await startMain({ contentDir: dir });
  await openView(page, main);
  const snapshot = await page.evaluate(() => window.showcase.getDeck());
  expect(snapshot.status).toBe('fallback');
  expect(snapshot.contentOrigin).toBe('bundled');
  expect(snapshot.problems.map((p) => `${p.file}:${p.path}`)).toContain('deck.json:slides[1].title');
  await expect(page.locator('.app')).toHaveAttribute('data-slide-id', snapshot.deck.slides[0].id);
  expect(await readFile(join(dir, 'deck.json'), 'utf8')).toBe(original);
  main.dispose();
});

test('a reloaded view resumes on the same slide and language', async ({ app, main }) => {
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('ArrowRight');
  await app.evaluate(() => window.showcase.command({ type: 'setLocale', locale: 'ru' }));
  const slideId = main.content.snapshot.deck.slides[2].id;
  await expect(app.locator('.app')).toHaveAttribute('data-slide-id', slideId);
  await app.reload();
  await expect(app.locator('.app')).toHaveAttribute('data-slide-id', slideId);
  await expect(app.locator('.app')).toHaveAttribute('data-locale', 'ru');
});

// Title cited by docs/security.md row 1. The counter sees CSP-blocked tries (CDP + CSP events),
// and the control runs on the same app page setup with its CSP.
test('no request leaves the app origin; the counter itself is proven by a control', async ({ app, main, context }) => {
  for (let i = 0; i < 4; i++) await app.keyboard.press('ArrowRight');
  await app.waitForLoadState('networkidle');
  expect(await main.outboundFrom(app)).toEqual([]);

  // Control: the same main, the same app page with its CSP, plus a script that tries to leave on load.
  const control = await startMain();
  const page = await context.newPage();
  await control.attach(page);
  await page.addInitScript(() => {
    void fetch('https://telemetry.example.com/ping').catch(() => undefined);
    new Image().src = 'https://telemetry.example.com/pixel.png';
  });
  await page.goto(`${HARNESS_ORIGIN}/index.html?role=audience`);
  await page.locator('[data-testid=slide]').first().waitFor();
  const attempts = await control.outboundFrom(page);
  control.dispose();
  // The image is seen by CDP (started, then blocked by the CSP) and by the CSP event; a CSP-refused
  // fetch never starts a request, so only the CSP event names it. Each source covers the other's gap.
  expect(attempts.sort()).toEqual([
    'blocked (csp): https://telemetry.example.com/pixel.png',
    'csp connect-src: https://telemetry.example.com/ping',
    'csp img-src: https://telemetry.example.com/pixel.png',
    'request: https://telemetry.example.com/pixel.png',
  ]);
  // Why the CDP and CSP watch is needed: the CSP refused both before any route saw them.
  expect(attempts.filter((a) => a.startsWith('route:'))).toEqual([]);
});

test('the CSP refuses inline script and data: URLs and reports the violation', async ({ app }) => {
  const result = await app.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.body.append(s);
    const img = document.createElement('img');
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    document.body.append(img);
    await new Promise((r) => setTimeout(r, 300));
    return { violations, inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true };
  });
  expect(result.inlineRan).toBe(false);
  expect(result.violations).toEqual(expect.arrayContaining(['script-src-elem', 'img-src']));
});

test('main refuses bad arguments from the page and never reaches the reducer', async ({ app, main }) => {
  const before = main.controller.getState().revision;
  const error = await app.evaluate(() =>
    window.showcase.command({ type: 'goto', index: -5 } as never).then(
      () => 'accepted',
      (e: Error) => e.message,
    ),
  );
  expect(error).toContain('refused');
  expect(main.refusals.some((r) => r.includes('invalid argument'))).toBe(true);
  expect(main.controller.getState().revision).toBe(before);
  expect(await app.evaluate(() => Object.keys(window.showcase).sort())).toEqual([
    'command',
    'getDeck',
    'lockOperator',
    'on',
    'operatorAction',
    'operatorStatus',
    'presenterAction',
    'report',
    'unlockOperator',
  ]);
});
