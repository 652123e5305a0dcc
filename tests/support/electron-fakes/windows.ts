/**
 * Recording fakes of webContents and the BrowserWindow class. They fit main's narrow window types
 * (ShowWindow, PrintWindow) as they are: no cast between them and main.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { Emitter, fakeEvent, type CallLog } from './emitter';

let nextWebContentsId = 100;

/** A fake webContents: records sends, keeps its listeners and its window-open handler. */
export class FakeWebContents extends Emitter {
  readonly id = nextWebContentsId++;
  readonly sent: [string, unknown][] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  destroyed = false;
  reloads = 0;
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  reload(): void {
    this.reloads++;
  }
  forcefullyCrashRenderer(): void {}
  // The handout print is not modelled here (handout-print.test.ts fakes it): a print through these
  // fakes fails, as a window that cannot print would.
  executeJavaScript(): Promise<unknown> {
    return Promise.reject(new Error('executeJavaScript is not modelled by the Electron fakes'));
  }
  printToPDF(): Promise<Buffer> {
    return Promise.reject(new Error('printToPDF is not modelled by the Electron fakes'));
  }
}

/** The fake `BrowserWindow` class of one test: every instance lands in `instances`. */
export interface FakeBrowserWindowClass {
  new (options: BrowserWindowConstructorOptions): FakeBrowserWindow;
  readonly instances: FakeBrowserWindow[];
}

export interface FakeBrowserWindow extends Emitter {
  readonly options: BrowserWindowConstructorOptions;
  /**
   * Electron's `win.close()` (what `app.quit()` does to each window): emits `close`; a listener's
   * `preventDefault()` keeps it open, and so does `closable: false` on Windows and macOS.
   * Returns true when the window closed.
   */
  close(): boolean;
  /** The user closes it from the OS (title-bar button, Alt+F4). */
  userClose(): boolean;
  focused: number;
  /** `setBounds` / `setFullScreen` calls, in order ("bounds x,y,w,h", "fullscreen true"). */
  moves: string[];
  isFullScreen(): boolean;
  readonly webContents: FakeWebContents;
  readonly loadedUrls: string[];
  loadURL(url: string): Promise<void>;
  show(): void;
  destroy(): void;
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  focus(): void;
  setBounds(bounds: unknown): void;
  setFullScreen(flag: boolean): void;
}

/** A fresh fake `BrowserWindow` class (instances are per class, so tests do not share them). */
export function createFakeBrowserWindowClass(
  log: CallLog = [],
  platform: NodeJS.Platform = 'linux',
  onAllClosed: () => void = () => undefined,
): FakeBrowserWindowClass {
  const instances: FakeBrowserWindow[] = [];
  class FakeWindow extends Emitter implements FakeBrowserWindow {
    static readonly instances = instances;
    readonly webContents = new FakeWebContents();
    readonly loadedUrls: string[] = [];
    focused = 0;
    moves: string[] = [];
    private fullScreen: boolean;
    private destroyed = false;
    constructor(readonly options: BrowserWindowConstructorOptions) {
      super();
      this.fullScreen = options.fullscreen === true;
      log.push('new BrowserWindow');
      instances.push(this);
    }
    close(): boolean {
      if (this.destroyed) return true;
      // `closable: false` refuses a close on Windows and macOS; Linux does not implement it
      // (docs/api/browser-window.md, `closable`: "Not implemented on Linux").
      if (this.options.closable === false && platform !== 'linux') {
        log.push('BrowserWindow.close refused (closable: false)');
        return false;
      }
      const event = fakeEvent();
      this.emit('close', event);
      if (event.defaultPrevented) {
        log.push('BrowserWindow.close prevented');
        return false;
      }
      this.destroy();
      return true;
    }
    userClose(): boolean {
      const closed = this.close();
      // docs/api/app.md, `window-all-closed`: emitted when the last window closes by itself
      // (not when app.quit() closed them).
      if (closed && instances.every((w) => w.isDestroyed())) onAllClosed();
      return closed;
    }
    async loadURL(url: string): Promise<void> {
      log.push(`BrowserWindow.loadURL ${url}`);
      this.loadedUrls.push(url);
    }
    show(): void {}
    destroy(): void {
      this.destroyed = true;
      this.webContents.destroyed = true;
      this.emit('closed');
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    isMinimized(): boolean {
      return false;
    }
    restore(): void {}
    focus(): void {
      this.focused++;
    }
    setBounds(bounds: { x: number; y: number; width: number; height: number }): void {
      this.moves.push(`bounds ${bounds.x},${bounds.y},${bounds.width},${bounds.height}`);
    }
    isFullScreen(): boolean {
      return this.fullScreen;
    }
    /** Windows and Linux emit `leave-full-screen` at once; macOS after its animation (not modelled). */
    setFullScreen(flag: boolean): void {
      this.moves.push(`fullscreen ${flag}`);
      const leaving = this.fullScreen && !flag;
      this.fullScreen = flag;
      if (leaving) this.emit('leave-full-screen');
    }
  }
  return FakeWindow;
}
