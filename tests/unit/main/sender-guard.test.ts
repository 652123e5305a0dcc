import { describe, expect, it } from 'vitest';
import { isTrustedSender, type SenderInfo } from '../../../src/main/sender-guard';
import { appOrigins, PRODUCTION_ORIGINS } from '../../../src/main/trusted-origins';

const OURS = new Set([7, 8]);
const main = (frameUrl: string | null, webContentsId = 7): SenderInfo => ({
  webContentsId,
  frameUrl,
  isMainFrame: true,
});

describe('isTrustedSender', () => {
  it('trusts the main frame of our window on our origin', () => {
    expect(isTrustedSender(main('app://showcase/index.html?role=audience'), OURS)).toBe(true);
    expect(isTrustedSender(main('app://showcase/index.html?role=presenter', 8), OURS, PRODUCTION_ORIGINS)).toBe(true);
  });

  it('refuses every other path of our origin: a pack file rendered in our window is not the app', () => {
    for (const url of [
      'app://showcase/',
      'app://showcase/pack/media/page.html',
      'app://showcase/pack/media/evil.svg',
      'app://showcase/assets/x.js',
    ])
      expect(isTrustedSender(main(url), OURS), url).toBe(false);
    // Control: the origin-only rule this replaced would have trusted the pack page.
    const originOnly = (url: string) => url.startsWith('app://showcase/');
    expect(originOnly('app://showcase/pack/media/page.html')).toBe(true);
  });

  it('trusts the dev server document only when that origin was passed in (never by default)', () => {
    const dev = appOrigins('http://localhost:5173');
    const devPage = main('http://localhost:5173/index.html?role=audience');
    expect(isTrustedSender(devPage, OURS, dev)).toBe(true);
    expect(isTrustedSender(devPage, OURS)).toBe(false);
    expect(isTrustedSender(devPage, OURS, PRODUCTION_ORIGINS)).toBe(false);
    for (const url of [
      'http://localhost:5174/index.html',
      'http://127.0.0.1:5173/index.html',
      'http://x@localhost:5173/index.html',
      'http://localhost:5173/pack/media/a.png',
    ])
      expect(isTrustedSender(main(url), OURS, dev), url).toBe(false);
  });

  it('refuses a subframe, even on our origin', () => {
    expect(isTrustedSender({ ...main('app://showcase/index.html'), isMainFrame: false }, OURS)).toBe(false);
  });

  it('refuses file:// pages', () => {
    expect(isTrustedSender(main('file:///opt/chery/resources/app/out/renderer/index.html'), OURS)).toBe(false);
    expect(isTrustedSender(main('file://showcase/index.html'), OURS)).toBe(false);
  });

  it('refuses look-alike app:// origins', () => {
    for (const url of [
      'app://chery.evil/index.html',
      'app://showcase.evil/index.html',
      'app://showcase@evil/index.html',
      'app://evil@showcase/index.html',
      'app://showcase:pw@showcase/index.html',
      'app://showcase:8080/index.html',
      'app://showcasex/index.html',
      'app://SHOWCASE.evil/index.html',
      'apps://showcase/index.html',
    ])
      expect(isTrustedSender(main(url), OURS), url).toBe(false);
  });

  it('refuses other schemes with our host name', () => {
    for (const url of [
      'https://showcase/index.html',
      'http://showcase/',
      'devtools://showcase/',
      'data:text/html,showcase',
    ])
      expect(isTrustedSender(main(url), OURS), url).toBe(false);
  });

  it('refuses a webContents that is not one of our windows', () => {
    expect(isTrustedSender(main('app://showcase/index.html', 99), OURS)).toBe(false);
    expect(isTrustedSender(main('app://showcase/index.html', 7), new Set())).toBe(false);
  });

  it('refuses a sender whose frame is gone', () => {
    expect(isTrustedSender(main(null), OURS)).toBe(false);
    expect(isTrustedSender({ webContentsId: 7, frameUrl: null, isMainFrame: false }, OURS)).toBe(false);
  });

  it('refuses unparsable and empty URLs', () => {
    expect(isTrustedSender(main(''), OURS)).toBe(false);
    expect(isTrustedSender(main('showcase'), OURS)).toBe(false);
    expect(isTrustedSender(main('about:blank'), OURS)).toBe(false);
  });
});
