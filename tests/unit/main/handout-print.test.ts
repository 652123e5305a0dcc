/**
 * The operator's PDF handout in the app (handout-print.ts) with a recording fake of Electron's
 * BrowserWindow: a hidden, locked-down window loads the handout view for the asked language,
 * waits in the page for it to be ready, prints A4 landscape with printToPDF, writes the PDF to
 * exports/ and is destroyed — also when the page never gets ready; its IPC is trusted only while it
 * prints. Then the core's `exportHandout` action around it.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { createHandoutPrinter, type HandoutPrinter, type PrintWindow } from '../../../src/main/handout-print';
import { createCore } from '../../../src/main/core';
import { Settings } from '../../../src/shared/settings.schema';
import { tempDir } from '../../support/make-pack';
import { quietCoreDeps } from '../../support/core-deps';
import { createManualClock } from '../../support/manual-clock';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

interface Recorded {
  options: BrowserWindowConstructorOptions;
  url: string | null;
  scripts: string[];
  pdfOptions: unknown;
  destroyed: boolean;
  trustedWhilePrinting: boolean;
}

function fakeWindows(opts: { ready: boolean }, printer: () => HandoutPrinter) {
  const made: Recorded[] = [];
  let nextId = 40;
  class FakeWindow implements PrintWindow {
    rec: Recorded;
    webContents: PrintWindow['webContents'];
    constructor(options: BrowserWindowConstructorOptions) {
      const id = nextId++;
      this.rec = { options, url: null, scripts: [], pdfOptions: null, destroyed: false, trustedWhilePrinting: false };
      made.push(this.rec);
      const rec = this.rec;
      this.webContents = {
        id,
        executeJavaScript: async (code: string) => {
          rec.scripts.push(code);
          rec.trustedWhilePrinting = printer().ids().has(id);
          if (!opts.ready) throw new Error('the handout view did not get ready');
          return true;
        },
        printToPDF: async (pdfOptions: unknown) => {
          rec.pdfOptions = pdfOptions;
          return Buffer.from('%PDF-1.7 fake');
        },
      };
    }
    loadURL(url: string) {
      this.rec.url = url;
      return Promise.resolve();
    }
    isDestroyed() {
      return this.rec.destroyed;
    }
    destroy() {
      this.rec.destroyed = true;
    }
  }
  return { made, BrowserWindow: FakeWindow };
}

async function setup(ready: boolean) {
  const exportsDir = await tempDir('handout-exports-');
  cleanup.push(() => rm(exportsDir, { recursive: true, force: true }));
  let printer: HandoutPrinter | null = null;
  const fakes = fakeWindows({ ready }, () => printer!);
  printer = createHandoutPrinter({
    BrowserWindow: fakes.BrowserWindow,
    preloadPath: '/app/out/preload/index.cjs',
    devOrigin: null,
    exportsDir,
    now: () => Date.UTC(2026, 4, 1, 9),
  });
  return { printer, made: fakes.made, exportsDir };
}

describe('createHandoutPrinter', () => {
  it('prints the handout view A4 landscape from a hidden, sandboxed window and writes the PDF to exports/', async () => {
    const { printer, made, exportsDir } = await setup(true);
    const file = await printer.print({ locale: 'zh-CN', notes: true });
    expect(file).toBe(join(exportsDir, 'handout-zh-CN-notes-2026-05-01T09-00-00-000Z.pdf'));
    expect(await readFile(file, 'utf8')).toBe('%PDF-1.7 fake');
    const [win] = made;
    expect(win.url).toBe('app://showcase/index.html?role=handout&locale=zh-CN&notes=1');
    expect(win.options).toMatchObject({
      show: false,
      webPreferences: {
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        preload: '/app/out/preload/index.cjs',
      },
    });
    expect(win.scripts[0]).toContain('data-handout-ready="true"');
    expect(win.pdfOptions).toEqual({ landscape: true, pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(win.trustedWhilePrinting).toBe(true);
    expect(win.destroyed).toBe(true);
    expect(printer.ids().size).toBe(0);
  });

  it('a view that never gets ready: the print fails, nothing is written, the window is gone and untrusted', async () => {
    const { printer, made, exportsDir } = await setup(false);
    await expect(printer.print({ locale: null, notes: false })).rejects.toThrow('did not get ready');
    expect(made[0].destroyed).toBe(true);
    expect(printer.ids().size).toBe(0);
    expect(await readdir(exportsDir)).toEqual([]);
  });
});

describe("the operator's exportHandout action", () => {
  async function boot(printHandout?: (r: { locale: string | null; notes: boolean }) => Promise<string>) {
    const clock = createManualClock(0);
    const core = await createCore(
      await quietCoreDeps({
        settings: Settings.parse({ mode: 'window', analytics: false }),
        clock,
        printHandout,
      }),
    );
    cleanup.push(() => core.dispose());
    await core.handlers['operator:unlock']({ senderId: 1 }, '135790');
    return (action: { locale: string | null; notes: boolean }) =>
      core.handlers['operator:action']({ senderId: 1 }, { type: 'exportHandout', ...action });
  }

  it('says where the PDF went, or why there is none', async () => {
    const asked: unknown[] = [];
    const ok = await boot(async (request) => {
      asked.push(request);
      return '/exports/handout.pdf';
    });
    expect(await ok({ locale: 'ru', notes: true })).toMatchObject({ ok: true, message: 'handout → /exports/handout.pdf' });
    expect(asked).toEqual([{ locale: 'ru', notes: true }]);

    const failing = await boot(async () => {
      throw new Error('disk full');
    });
    expect(await failing({ locale: null, notes: false })).toEqual({
      ok: false,
      message: 'the handout could not be written (disk full)',
    });
    expect(await (await boot())({ locale: null, notes: false })).toMatchObject({ ok: false });
  });
});
