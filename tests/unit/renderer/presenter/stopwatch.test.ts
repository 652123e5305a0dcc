import { describe, expect, it } from 'vitest';
import {
  STOPPED,
  elapsed,
  formatElapsed,
  parseStopwatch,
  pause,
  reset,
  start,
  startOnAdvance,
  targetLeft,
  formatLeft,
} from '../../../../src/renderer/src/presenter/stopwatch';

describe('presenter stopwatch', () => {
  it('counts only while running, and pause holds', () => {
    let w = start(STOPPED, 1_000);
    expect(elapsed(w, 66_000)).toBe(65_000);
    w = pause(w, 66_000);
    expect(elapsed(w, 999_000)).toBe(65_000);
    w = start(w, 100_000);
    expect(elapsed(w, 110_000)).toBe(75_000);
  });

  it('start while running and pause while paused change nothing', () => {
    const running = start(STOPPED, 5);
    expect(start(running, 50)).toBe(running);
    expect(pause(STOPPED, 50)).toBe(STOPPED);
  });

  it('reset goes to zero and keeps a running watch running', () => {
    expect(reset(pause(start(STOPPED, 0), 9_000), 10_000)).toEqual(STOPPED);
    const running = reset(start(STOPPED, 0), 10_000);
    expect(elapsed(running, 12_000)).toBe(2_000);
  });

  it('never goes negative when the clock steps back', () => {
    expect(elapsed(start(STOPPED, 10_000), 5_000)).toBe(0);
  });

  it('formats mm:ss, and h:mm:ss past an hour', () => {
    expect(formatElapsed(0, 'en')).toBe('00:00');
    expect(formatElapsed(65_999, 'en')).toBe('01:05');
    expect(formatElapsed(3_723_000, 'en')).toBe('1:02:03');
  });

  it('reads back what it stored and ignores junk', () => {
    const w = start({ banked: 4_000, since: null }, 7);
    expect(parseStopwatch(JSON.stringify(w))).toEqual(w);
    expect(parseStopwatch(null)).toEqual(STOPPED);
    expect(parseStopwatch('{not json')).toEqual(STOPPED);
    expect(parseStopwatch('{"banked":-5,"since":"x"}')).toEqual(STOPPED);
  });
});

describe('first advance and target countdown (issue 16)', () => {
  it('the first advance starts only a stopwatch stopped at zero', () => {
    expect(startOnAdvance(STOPPED, 1000)).toEqual({ banked: 0, since: 1000 });
    const paused = { banked: 5000, since: null };
    expect(startOnAdvance(paused, 9000)).toBe(paused);
    const running = { banked: 0, since: 10 };
    expect(startOnAdvance(running, 9000)).toBe(running);
  });

  it('time left counts down with the seconds ceiled, then shows plainly how far over', () => {
    expect(targetLeft(300_000, 65_000)).toEqual({ leftMs: 235_000, over: false });
    expect(formatLeft(235_000, 'en')).toBe('03:55');
    expect(formatLeft(500, 'en')).toBe('00:01');
    expect(formatLeft(0, 'en')).toBe('00:00');
    expect(targetLeft(300_000, 300_999).over).toBe(false);
    expect(targetLeft(300_000, 301_000).over).toBe(true);
    expect(formatLeft(-65_000, 'en')).toBe('+01:05');
    expect(formatLeft(-65_000, 'ar-EG')).toBe('+٠١:٠٥');
  });
});
