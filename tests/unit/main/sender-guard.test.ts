import { describe, expect, it } from 'vitest';
import { isTrustedSender, type SenderInfo } from '../../../src/main/sender-guard';

const OURS = new Set([7, 8]);
const main = (frameUrl: string | null, webContentsId = 7): SenderInfo => ({
  webContentsId,
  frameUrl,
  isMainFrame: true,
});

describe('isTrustedSender', () => {
  it('trusts the main frame of our window on our origin', () => {
    expect(isTrustedSender(main('app://showcase/index.html?role=audience'), OURS)).toBe(true);
    expect(isTrustedSender(main('app://showcase/index.html?role=presenter', 8), OURS)).toBe(true);
    expect(isTrustedSender(main('app://showcase/'), OURS)).toBe(true);
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
