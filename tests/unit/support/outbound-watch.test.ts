import { describe, expect, it } from 'vitest';
import { leavesOrigin } from '../../../harness/outbound-watch';

const APP = 'http://app.local';

describe('leavesOrigin (what the Chromium outbound watch counts)', () => {
  it('counts any other origin, scheme or port', () => {
    for (const url of [
      'https://example.com/x',
      'http://app.local:8080/x',
      'https://app.local/x',
      'ws://app.local/socket',
      'http://sub.app.local/',
    ])
      expect(leavesOrigin(url, APP), url).toBe(true);
  });
  it('does not count the app origin, in-page data/blob URLs, or CSP keywords that are not URLs', () => {
    for (const url of [
      'http://app.local/index.html',
      'data:image/gif;base64,R0lGOD',
      'blob:http://app.local/1234',
      'about:blank',
      'inline',
      'eval',
      '',
    ])
      expect(leavesOrigin(url, APP), url).toBe(false);
  });
});
