import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

const SYSTEM_CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium where present (these machines), Playwright's own browser elsewhere. */
export const CHROMIUM_EXECUTABLE = existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;

/** The switches every harness browser runs with: the bench's and the e2e suite's (playwright.config.ts). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // New headless Chromium builds a browser window per context, and with it the omnibox popup as
  // a WebUI page: a renderer that takes a core for about 1.5 s after every new context, while
  // the page under test loads. Off: nothing of the browser's own UI is ever shown here.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup,WebUILocationBar',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS });
}
