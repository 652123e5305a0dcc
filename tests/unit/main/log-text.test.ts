/** `forLog`: renderer text made into one visible, bounded log line. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forLog, LOG_TEXT_MAX } from '../../../src/main/log-text';
import { createTokenBucket } from '../../../src/main/token-bucket';

/** Anything a log file or a terminal would treat as a line break, a control or a direction change. */
// eslint-disable-next-line no-control-regex -- the test looks for control characters
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Any text, weighted towards the characters that matter here (controls, separators, bidi, emoji). */
const anyText = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 0x10ffff }),
      fc.integer({ min: 0, max: 0xa0 }),
      fc.constantFrom(0x061c, 0x200e, 0x200f, 0x2028, 0x2029, 0x202a, 0x202e, 0x2066, 0x2069, 0x1f697, 0x5c),
    ),
    { maxLength: 700 },
  )
  .map((points) => String.fromCodePoint(...points));

describe('forLog', () => {
  it('makes newlines, returns and tabs visible escapes', () => {
    expect(forLog('ok\n[error] forged\r\nx\ty')).toBe('ok\\n[error] forged\\r\\nx\\ty');
  });

  it('escapes other C0 and C1 controls, DEL, line separators and bidi overrides', () => {
    expect(forLog('\u0000\u001b[31m\u007f\u0085\u009b\u2028\u2029')).toBe(
      '\\u0000\\u001b[31m\\u007f\\u0085\\u009b\\u2028\\u2029',
    );
    expect(forLog('invoice\u202eexe.pdf \u2066x\u2069 \u200f\u061c')).toBe(
      'invoice\\u202eexe.pdf \\u2066x\\u2069 \\u200f\\u061c',
    );
  });

  it('leaves ordinary text alone, other scripts and emoji included', () => {
    const text = 'Слайд «карта» не загрузился — 地图 🚗 \\n stays as typed';
    expect(forLog(text)).toBe(text);
  });

  it('caps the length and says how much was cut', () => {
    const out = forLog('x'.repeat(10_000));
    expect(out.length).toBeLessThanOrEqual(LOG_TEXT_MAX);
    expect(out).toMatch(/^x+… \[\d+ more chars\]$/);
    expect(Number(/\[(\d+) more/.exec(out)?.[1]) + out.indexOf('…')).toBe(10_000);
  });

  it('does not cut an emoji in half', () => {
    const out = forLog(`${'x'.repeat(8)}${'🚗'.repeat(20)}`, 30);
    expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('property: one line, no unsafe character, bounded, and applying it twice changes nothing', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 40, max: 600 }), (text, max) => {
        const once = forLog(text, max);
        expect(UNSAFE.test(once)).toBe(false);
        expect(once.length).toBeLessThanOrEqual(max);
        expect(forLog(once, max)).toBe(once);
      }),
    );
  });
});

describe('createTokenBucket', () => {
  it('passes a burst, then the rate; a clock set backwards does not drain it', () => {
    let t = 1_000_000;
    const bucket = createTokenBucket({ perSecond: 2, burst: 5 }, () => t);
    expect(Array.from({ length: 8 }, () => bucket.take())).toEqual([true, true, true, true, true, false, false, false]);
    t += 500;
    expect([bucket.take(), bucket.take()]).toEqual([true, false]);
    t -= 60_000;
    expect(bucket.take()).toBe(false);
    t += 60_000 + 10_000; // long quiet: full again, never above the burst
    expect(Array.from({ length: 6 }, () => bucket.take()).filter(Boolean)).toHaveLength(5);
  });
});
