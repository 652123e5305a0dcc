// `npm run dev` in real Chromium: the renderer from a real Vite dev server (what electron-vite
// dev starts) under the dev CSP that main puts on that origin's responses (security.ts; here the
// server sets it, as onHeadersReceived would). The page must run — React's refresh preamble
// allowed by its hash, the hot-reload socket connected — with no CSP violation; the control serves
// the same page under the production CSP and sees the preamble blocked.
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { expect, test, type Page } from '@playwright/test';
import { createServer, type ViteDevServer } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../../src/main/app-protocol';
import { devContentSecurityPolicy } from '../../src/main/dev-origin';

let server: ViteDevServer;
let origin: string;
/** The CSP the dev server sends; each test sets it before loading the page. */
let csp = '';

/** A free port (Vite's HMR client needs the real port; 0 would make it dial port 0). */
function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });
}

test.beforeAll(async () => {
  const port = await freePort();
  server = await createServer({
    configFile: false,
    root: resolve('src/renderer'),
    logLevel: 'silent',
    server: { host: '127.0.0.1', port, strictPort: true },
    plugins: [
      react(),
      {
        name: 'csp-header',
        configureServer: (dev) =>
          void dev.middlewares.use((_req, res, next) => {
            res.setHeader('Content-Security-Policy', csp);
            next();
          }),
      },
    ],
  });
  await server.listen();
  origin = `http://127.0.0.1:${port}`;
});
test.afterAll(() => server.close());

/** Opens the dev page under `policy`, collecting CSP violations and console lines. */
async function openDev(page: Page, policy: string) {
  csp = policy;
  const violations: string[] = [];
  const lines: string[] = [];
  page.on('console', (m) => lines.push(m.text()));
  await page.exposeFunction('__violation', (d: string) => violations.push(d));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __violation(d: string): void }).__violation(`${e.effectiveDirective} ${e.blockedURI}`),
    ),
  );
  await page.goto(`${origin}/index.html?role=audience`);
  return { violations, lines };
}

const refreshHook = (page: Page) =>
  page.evaluate(() => typeof (window as unknown as { $RefreshReg$?: unknown }).$RefreshReg$);

test('the dev CSP lets the dev page run: refresh preamble, modules, hot-reload socket', async ({ page }) => {
  const { violations, lines } = await openDev(page, devContentSecurityPolicy(origin));
  await expect.poll(() => lines.some((t) => t.includes('[vite] connected'))).toBe(true);
  expect(await refreshHook(page)).toBe('function');
  expect(violations).toEqual([]);
});

test('control: the production CSP on the same dev page blocks the preamble', async ({ page }) => {
  const { violations } = await openDev(page, CONTENT_SECURITY_POLICY);
  await expect.poll(() => violations.some((v) => v.startsWith('script-src-elem inline'))).toBe(true);
  expect(await refreshHook(page)).toBe('undefined');
});
