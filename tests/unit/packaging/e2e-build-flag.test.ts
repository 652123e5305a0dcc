/**
 * The build-time flag that tells a packaged main it was built for the e2e run: electron-vite
 * replaces `__SHOWCASE_E2E_BUILD__` in the main bundle with `true` only when SHOWCASE_E2E_BUILD=1
 * (the same switch scripts/dist.ts reads to turn the inspect fuse on), `false` otherwise.
 */
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ROOT } from './builder-config';

interface ElectronViteConfig {
  main: { define?: Record<string, string> };
  preload: { define?: Record<string, string> };
  renderer: { define?: Record<string, string> };
}

/** Loads electron.vite.config.ts afresh under the current environment. */
async function loadConfig(): Promise<ElectronViteConfig> {
  vi.resetModules();
  // A computed specifier: the config belongs to tsconfig.node.json, not to the tests' project.
  const file = resolve(ROOT, 'electron.vite.config.ts');
  return ((await import(file)) as { default: ElectronViteConfig }).default;
}

afterEach(() => vi.unstubAllEnvs());

/** Main's defines: the flag, and React's production build for the first view (issue 19). */
const mainDefines = (flag: 'true' | 'false') => ({
  __SHOWCASE_E2E_BUILD__: flag,
  'process.env.NODE_ENV': '"production"',
});

describe('__SHOWCASE_E2E_BUILD__ in electron.vite.config.ts', () => {
  it('is false in an ordinary (release) build', async () => {
    vi.stubEnv('SHOWCASE_E2E_BUILD', undefined);
    expect((await loadConfig()).main.define).toEqual(mainDefines('false'));
  });

  it('is true only for SHOWCASE_E2E_BUILD=1', async () => {
    vi.stubEnv('SHOWCASE_E2E_BUILD', '1');
    expect((await loadConfig()).main.define).toEqual(mainDefines('true'));
    vi.stubEnv('SHOWCASE_E2E_BUILD', 'true');
    expect((await loadConfig()).main.define).toEqual(mainDefines('false'));
  });

  it('is defined for main only: the preload and the renderer never see it', async () => {
    const config = await loadConfig();
    expect(config.preload.define).toBeUndefined();
    expect(config.renderer.define).toBeUndefined();
  });
});
