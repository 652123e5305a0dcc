/**
 * The persisted guess limiter. The check is injected (no hashing here); the clock is injected;
 * "relaunch" is a new gate over the same attempts file.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPinGate, type AttemptState, type AttemptStore, type PinGateOptions } from '../../../src/main/pin-gate';
import { fileAttemptStore } from '../../../src/main/pin-store';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const wrong = () => Promise.resolve(false);
const right = () => Promise.resolve(true);

let dir: string;
let t: number;
const logs: string[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pin-gate-'));
  t = Date.UTC(2026, 0, 1, 12);
  logs.length = 0;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const attemptsFile = () => join(dir, 'operator-pin-attempts.json');
/** A launch of the app: a new gate over the attempts file (or over `store`). */
const launch = (store: AttemptStore = fileAttemptStore(attemptsFile()), extra: Partial<PinGateOptions> = {}) =>
  createPinGate({ now: () => t, store, log: (m) => logs.push(m), ...extra });

/** The old design: the counter lived in memory, so every launch started from nothing. */
const memoryStore = (): AttemptStore => {
  let state: AttemptState | null = null;
  return { load: async () => state ?? 'missing', save: async (s) => void (state = structuredClone(s)) };
};

async function guess(gate: ReturnType<typeof launch>, times: number) {
  const outcomes: string[] = [];
  for (let i = 0; i < times; i++) outcomes.push((await gate.attempt(wrong)).outcome);
  return outcomes;
}

describe('lockout', () => {
  it('five wrong guesses lock; even the right PIN is refused, and not checked, until the lockout passes', async () => {
    const gate = launch();
    expect(await guess(gate, 5)).toEqual(['wrong', 'wrong', 'wrong', 'wrong', 'locked']);
    let checked = 0;
    const counting = async () => (checked++, true);
    expect(await gate.attempt(counting)).toEqual({ outcome: 'locked', attemptsLeft: 0, lockedUntil: t + MIN });
    t += MIN - 1;
    expect((await gate.attempt(counting)).outcome).toBe('locked');
    expect(checked).toBe(0);
    t += 1;
    expect((await gate.attempt(counting)).outcome).toBe('ok');
  });

  it('the right PIN wipes earlier wrong guesses: four more wrong ones after it do not lock', async () => {
    const gate = launch();
    expect(await guess(gate, 4)).toEqual(['wrong', 'wrong', 'wrong', 'wrong']);
    expect(await gate.attempt(right)).toEqual({ outcome: 'ok', attemptsLeft: 5, lockedUntil: null });
    expect(await guess(gate, 4)).toEqual(['wrong', 'wrong', 'wrong', 'wrong']);
    expect((await gate.attempt(wrong)).outcome).toBe('locked');
  });

  it('grows: each lockout in a row doubles, up to an hour; a success starts over', async () => {
    const gate = launch(memoryStore(), { dailyCap: 1000 });
    const lengths: number[] = [];
    for (let i = 0; i < 8; i++) {
      await guess(gate, 4);
      const { lockedUntil } = await gate.attempt(wrong);
      lengths.push(lockedUntil! - t);
      t = lockedUntil!;
    }
    expect(lengths.map((ms) => ms / MIN)).toEqual([1, 2, 4, 8, 16, 32, 60, 60]);
    expect((await gate.attempt(right)).outcome).toBe('ok');
    await guess(gate, 4);
    expect((await gate.attempt(wrong)).lockedUntil! - t).toBe(MIN);
  });

  it('caps guesses per 24 hours, whatever the lockouts', async () => {
    const gate = launch();
    const start = t;
    let answer = await gate.attempt(wrong);
    for (let n = 1; n < 20; n++) {
      if (answer.lockedUntil !== null) t = answer.lockedUntil;
      answer = await gate.attempt(wrong);
    }
    expect(answer).toMatchObject({ outcome: 'locked', lockedUntil: start + DAY });
    t = start + DAY - 1;
    expect((await gate.attempt(right)).outcome).toBe('locked');
    t = start + DAY;
    expect((await gate.attempt(right)).outcome).toBe('ok');
  });

  it('counts each guess before checking it: a check that throws still costs an attempt', async () => {
    const gate = launch();
    const crash = () => Promise.reject(new Error('hash failed'));
    for (let i = 0; i < 4; i++) await expect(gate.attempt(crash)).rejects.toThrow('hash failed');
    expect((await launch().attempt(wrong)).outcome).toBe('locked');
  });

  it('takes parallel guesses one at a time: 10 at once check only 5', async () => {
    const gate = launch();
    let checks = 0;
    const slowWrong = async () => {
      checks++;
      await new Promise((r) => setImmediate(r));
      return false;
    };
    const answers = await Promise.all(Array.from({ length: 10 }, () => gate.attempt(slowWrong)));
    expect(checks).toBe(5);
    expect(answers.filter((a) => a.outcome === 'locked')).toHaveLength(6);
  });
});

describe('across relaunches', () => {
  it('a lockout survives a relaunch (control: the in-memory counter of old forgets it)', async () => {
    expect(await guess(launch(), 5)).toContain('locked');
    expect((await launch().attempt(right)).outcome).toBe('locked');

    const weakened = await guess(launch(memoryStore()), 5);
    expect(weakened).toContain('locked');
    expect((await launch(memoryStore()).attempt(right)).outcome).toBe('ok');
  });

  it('wrong guesses add up across relaunches', async () => {
    for (let i = 0; i < 4; i++) expect(await guess(launch(), 1)).toEqual(['wrong']);
    expect(await guess(launch(), 1)).toEqual(['locked']);
  });

  it('an unreadable attempts file means the first lockout, not a fresh start (control: read as missing)', async () => {
    for (const junk of [
      '{ "failures": ',
      '{"failures":-1,"lockouts":0,"lockedUntil":null,"windowStart":0,"windowAttempts":0}',
    ]) {
      await writeFile(attemptsFile(), junk);
      expect(await launch().attempt(right), junk).toMatchObject({ outcome: 'locked', lockedUntil: t + MIN });
      expect(logs.at(-1)).toMatch(/unreadable/);
    }
    await writeFile(attemptsFile(), '{ "failures": ');
    const file = fileAttemptStore(attemptsFile());
    const readsAsMissing: AttemptStore = {
      ...file,
      load: async () => ((await file.load()) === 'unreadable' ? 'missing' : file.load()),
    };
    expect((await launch(readsAsMissing).attempt(right)).outcome).toBe('ok');
  });

  it('reset() (a new PIN set) clears the lockout for the next launch too', async () => {
    const gate = launch();
    await guess(gate, 5);
    await gate.reset();
    expect((await launch().attempt(right)).outcome).toBe('ok');
  });
});
