/**
 * A contact sheet: every slide of one locale and orientation on one image, so a reviewer sees the
 * whole piece at a glance. The screenshots are laid out in a plain HTML grid and that page is
 * screenshotted by the same Chromium (no image library needed).
 */
import { rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from '@playwright/test';

/** Sheet width in CSS px; thumbnails keep the screenshots' proportions. */
const SHEET_WIDTH = 1920;

export interface ContactSheet {
  browser: Browser;
  /** Screenshot files in slide order. */
  files: string[];
  orientation: 'landscape' | 'portrait';
  /** Heading printed on the sheet, e.g. "ar · portrait". */
  title: string;
  /** Where the sheet's PNG is written. */
  out: string;
}

export async function writeContactSheet({ browser, files, orientation, title, out }: ContactSheet): Promise<void> {
  const columns = orientation === 'landscape' ? 3 : 6;
  const gap = 12;
  const cellWidth = Math.floor((SHEET_WIDTH - gap * (columns + 1)) / columns);
  // The page sits beside the sheet and links the screenshots (inlining megabytes of PNG as
  // data URLs made loading the page take half a minute).
  const htmlFile = join(dirname(out), `.${basename(out, '.png')}.html`);
  const cells = files.map(
    (file) =>
      `<figure><img src="${encodeURI(relative(dirname(htmlFile), file))}" alt=""><figcaption>${escape(basename(file, '.png'))}</figcaption></figure>`,
  );
  const html = `<!doctype html><meta charset="utf-8"><style>
    body { margin: 0; padding: ${gap}px; background: #1b1d24; color: #e8e8ee; font: 18px system-ui, sans-serif; inline-size: ${SHEET_WIDTH - 2 * gap}px; }
    h1 { margin: 0 0 ${gap}px; font-size: 22px; }
    main { display: grid; grid-template-columns: repeat(${columns}, ${cellWidth}px); gap: ${gap}px; }
    figure { margin: 0; }
    img { display: block; inline-size: ${cellWidth}px; outline: 1px solid #444; }
    figcaption { padding-block: 4px; font-size: 15px; color: #b6b8c4; }
  </style><h1>${escape(title)}</h1><main>${cells.join('')}</main>`;
  await writeFile(htmlFile, html);
  const page = await browser.newPage({ viewport: { width: SHEET_WIDTH, height: 800 } });
  try {
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
    await page.screenshot({ path: out, fullPage: true });
  } finally {
    await page.close();
    await rm(htmlFile, { force: true });
  }
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
