/**
 * Checklist items that are about what the code never does (no Blink features, no
 * shell.openExternal, no file:// pages, one small preload API): asserted over the window-options
 * builder for every mode and role, and over the source tree itself so a new file cannot slip
 * one in. docs/security.md names these tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { windowOptions } from '../../../src/main/window-options';

const REPO = resolve(import.meta.dirname, '..', '..', '..');
const SRC = join(REPO, 'src');

/** Every .ts/.tsx file under src, with its text. */
function sources(dir = SRC): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [{ file: relative(REPO, path), text: readFileSync(path, 'utf8') }] : [];
  });
}

/** Source text without comments, so a comment that names a banned API does not count. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

const EVERY_WINDOW = (['kiosk', 'present', 'window'] as const).flatMap((mode) =>
  (['audience', 'presenter'] as const).map((role) =>
    windowOptions({
      mode,
      role,
      preloadPath: '/p.cjs',
      bounds: { x: 0, y: 0, width: 800, height: 600 },
      fullscreen: false,
    }),
  ),
);

describe('window options in every mode and role', () => {
  it('enable no Blink or experimental features and keep web security on', () => {
    for (const options of EVERY_WINDOW) {
      const prefs = options.webPreferences ?? {};
      expect(prefs).not.toHaveProperty('enableBlinkFeatures');
      expect(prefs).not.toHaveProperty('additionalArguments');
      expect(prefs).toMatchObject({
        experimentalFeatures: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
      });
    }
  });

  it('allow no <webview> tag', () => {
    for (const options of EVERY_WINDOW) expect(options.webPreferences?.webviewTag).toBe(false);
  });
});

describe('the source tree', () => {
  const files = sources();

  it('is read (the scans below are not vacuous)', () => {
    expect(files.map((f) => f.file)).toEqual(
      expect.arrayContaining([join('src', 'main', 'app.ts'), join('src', 'preload', 'index.ts')]),
    );
  });

  it('never calls shell.openExternal', () => {
    expect(files.filter((f) => /openExternal/.test(code(f.text))).map((f) => f.file)).toEqual([]);
  });

  it('never loads file:// pages (everything goes through app://)', () => {
    const offenders = files.filter((f) => /file:\/\/|\.loadFile\(/.test(code(f.text))).map((f) => f.file);
    expect(offenders).toEqual([]);
  });

  it('never sets enableBlinkFeatures, allowpopups or webSecurity: false', () => {
    const offenders = files
      .filter((f) => /enableBlinkFeatures|allowpopups|webSecurity:\s*false/.test(code(f.text)))
      .map((f) => f.file);
    expect(offenders).toEqual([]);
  });

  it('the preload exposes one API object, window.showcase, and never ipcRenderer itself', () => {
    const preload = code(readFileSync(join(SRC, 'preload', 'index.ts'), 'utf8'));
    const exposed = [...preload.matchAll(/exposeInMainWorld\(\s*'([^']+)'\s*,\s*([^\n;]+)\)/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(exposed).toEqual([['showcase', 'createShowcaseApi(transport)']]);
    // Listeners get the payload only, never the IpcRendererEvent (which carries the sender).
    expect(preload).toMatch(/\(_event[^)]*, payload: unknown\) => listener\(payload\)/);
  });
});
