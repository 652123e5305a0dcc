/**
 * V8's code cache for app:// (issue 19): Electron caches compiled code only for http(s) unless a
 * custom scheme is registered with both `codeCache: true` and `standard: true`
 * (electron.d.ts, Session.setCodeCachePath). Without it every kiosk relaunch compiles the bundle again.
 */
import { describe, expect, it } from 'vitest';
import type { CustomScheme } from 'electron';
import { registerAppScheme } from '../../../src/main/protocol';
import { APP_SCHEME } from '../../../src/main/app-protocol';

describe('registerAppScheme', () => {
  it('asks for the code cache on app://, with the standard privilege the cache needs', () => {
    const registered: CustomScheme[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => void registered.push(...schemes) });
    expect(registered).toHaveLength(1);
    expect(registered[0].scheme).toBe(APP_SCHEME);
    expect(registered[0].privileges).toMatchObject({ codeCache: true, standard: true, secure: true });
  });
});
