/**
 * The operator's "Handout (PDF)" in the app: a hidden window shows the renderer's handout view
 * (`?role=handout`, the same view `npm run handout` prints in Chromium), waits until it says it is
 * ready (fonts, images, map), and `webContents.printToPDF` writes one A4-landscape page per slide.
 * The window is hidden, never focused, and closed afterwards; its IPC is trusted only while it
 * lives (see {@link HandoutPrinter.ids}), because the view asks main for the deck like every view.
 *
 * Electron's API, checked against electron.d.ts (Electron 45): `printToPDF(options):
 * Promise<Buffer>` with `landscape`, `pageSize: 'A4'`, `printBackground`, `preferCSSPageSize`
 * (the page's `@page { size: A4 landscape }` wins when set).
 */
import type { BrowserWindow, BrowserWindowConstructorOptions, WebContents } from 'electron';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HANDOUT_PAGE, handoutQuery, type HandoutRequest } from '../shared/handout';
import { APP_DOCUMENT_PATH, APP_ORIGIN } from './app-protocol';
import { windowOptions } from './window-options';

/** Longest the handout view may take to get ready before the print is given up. */
export const HANDOUT_READY_TIMEOUT_MS = 60_000;

/** The part of a BrowserWindow the printer uses: Electron's class and a test fake both fit it. */
export interface PrintWindow extends Pick<BrowserWindow, 'isDestroyed' | 'destroy'> {
  readonly webContents: Pick<WebContents, 'id' | 'executeJavaScript' | 'printToPDF'>;
  loadURL(url: string): Promise<void>;
}

export interface HandoutPrinterDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => PrintWindow;
  preloadPath: string;
  /** The dev server's origin in `npm run dev`, else null (app://showcase). */
  devOrigin: string | null;
  /** Where PDFs go (`<userData>/exports`). */
  exportsDir: string;
  now: () => number;
}

export interface HandoutPrinter {
  /** Prints the handout; resolves with the PDF's path. */
  print(request: HandoutRequest): Promise<string>;
  /** webContents ids of handout windows open now (trusted for IPC while they live). */
  ids(): Set<number>;
}

/** Resolves once the handout view reports ready, in the page itself (no polling from main). */
const WAIT_FOR_READY = `new Promise((resolve, reject) => {
  const ready = () => document.querySelector('.handout[data-handout-ready="true"]');
  if (ready()) return resolve(true);
  const observer = new MutationObserver(() => { if (ready()) { observer.disconnect(); resolve(true); } });
  observer.observe(document.documentElement, { subtree: true, attributes: true, childList: true });
  setTimeout(() => { observer.disconnect(); reject(new Error('the handout view did not get ready')); }, ${HANDOUT_READY_TIMEOUT_MS});
})`;

/** `<dir>/handout-<locale>-<timestamp>.pdf`. */
export function handoutFileName(dir: string, request: HandoutRequest, at: number): string {
  const stamp = new Date(at).toISOString().replace(/[:.]/g, '-');
  return join(dir, `handout-${request.locale ?? 'default'}${request.notes ? '-notes' : ''}-${stamp}.pdf`);
}

export function createHandoutPrinter(deps: HandoutPrinterDeps): HandoutPrinter {
  const open = new Set<number>();
  return {
    ids: () => new Set(open),
    async print(request) {
      const win = new deps.BrowserWindow({
        ...windowOptions({
          mode: 'window',
          role: 'audience',
          preloadPath: deps.preloadPath,
          bounds: { x: 0, y: 0, width: 1123, height: 794 },
          fullscreen: false,
        }),
        show: false,
        // Hidden but painting, so the view's requestAnimationFrame and layout run (electron.d.ts:
        // "Whether the renderer should be active when `show` is `false` and it has just been
        // created"; default true — spelled out so a default change cannot stall the print).
        paintWhenInitiallyHidden: true,
        title: 'Chery Showcase — Handout',
      });
      const id = win.webContents.id;
      open.add(id);
      try {
        await win.loadURL(`${deps.devOrigin ?? APP_ORIGIN}${APP_DOCUMENT_PATH}${handoutQuery(request)}`);
        await win.webContents.executeJavaScript(WAIT_FOR_READY);
        const pdf = await win.webContents.printToPDF({
          landscape: HANDOUT_PAGE.landscape,
          pageSize: HANDOUT_PAGE.format,
          printBackground: true,
          preferCSSPageSize: true,
        });
        await mkdir(deps.exportsDir, { recursive: true });
        const file = handoutFileName(deps.exportsDir, request, deps.now());
        await writeFile(file, pdf);
        return file;
      } finally {
        open.delete(id);
        if (!win.isDestroyed()) win.destroy();
      }
    },
  };
}
