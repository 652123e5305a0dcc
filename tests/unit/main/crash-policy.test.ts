import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crashDecision, pruneHistory, type CrashDecision } from '../../../src/main/crash-policy';

const MIN = 60_000;
const now = 100 * MIN;
const severity: Record<CrashDecision, number> = { reload: 0, relaunch: 1, 'out-of-service': 2 };

describe('crashDecision', () => {
  it('reloads the first three crashes, relaunches the 4th and 5th, then gives up', () => {
    const history: number[] = [];
    const decisions: CrashDecision[] = [];
    for (let i = 0; i < 7; i++) {
      const t = now + i * MIN;
      decisions.push(crashDecision(history, t));
      history.push(t);
    }
    expect(decisions).toEqual([
      'reload',
      'reload',
      'reload',
      'relaunch',
      'relaunch',
      'out-of-service',
      'out-of-service',
    ]);
  });

  it('forgets crashes older than ten minutes', () => {
    const old = [now - 10 * MIN, now - 11 * MIN, now - 30 * MIN, now - 10 * MIN - 1];
    expect(crashDecision(old, now)).toBe('reload');
    expect(crashDecision([...old, now - 10 * MIN + 1, now - 5 * MIN, now - 1], now)).toBe('relaunch');
  });

  it('ignores timestamps in the future (a clock set back)', () => {
    expect(crashDecision([now + 1, now + 2, now + 3, now + 4, now + 5], now)).toBe('reload');
  });

  it('honours custom thresholds', () => {
    const policy = { windowMs: 1000, reloadUpTo: 1, relaunchUpTo: 1 };
    expect(crashDecision([], now, policy)).toBe('reload');
    expect(crashDecision([now - 10], now, policy)).toBe('out-of-service');
  });

  const historyArb = fc.array(fc.integer({ min: now - 30 * MIN, max: now + MIN }), { maxLength: 12 });

  it('property: more crashes never give a milder decision', () => {
    fc.assert(
      fc.property(historyArb, fc.integer({ min: now - 30 * MIN, max: now }), (history, extra) => {
        expect(severity[crashDecision([...history, extra], now)]).toBeGreaterThanOrEqual(
          severity[crashDecision(history, now)],
        );
      }),
    );
  });

  it('property: waiting never gives a harsher decision for the same past crashes', () => {
    fc.assert(
      fc.property(historyArb, fc.integer({ min: 0, max: 40 * MIN }), (history, wait) => {
        const past = history.filter((t) => t <= now);
        expect(severity[crashDecision(past, now + wait)]).toBeLessThanOrEqual(severity[crashDecision(past, now)]);
      }),
    );
  });
});

describe('pruneHistory', () => {
  it('keeps only crashes inside the window, sorted, and drops junk', () => {
    expect(pruneHistory([now - 1, now - 20 * MIN, Number.NaN, now - 5 * MIN, now + 5], now)).toEqual([
      now - 5 * MIN,
      now - 1,
    ]);
  });

  it('property: pruning never changes the decision', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: now - 30 * MIN, max: now + MIN })), (history) => {
        expect(crashDecision(pruneHistory(history, now), now)).toBe(crashDecision(history, now));
      }),
    );
  });
});
