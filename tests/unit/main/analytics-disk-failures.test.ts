/**
 * Analytics on a disk that fails the way kiosk disks do: a rotated file held open by antivirus
 * or Excel (rename → EBUSY), a full disk (append → ENOSPC, part of the line written), a
 * read-only or over-quota disk. Real files in a temp folder; only the failing calls are injected,
 * with the error objects Node gives (code, errno, syscall). Each guard has a control that runs the
 * same failure against a weakened writer and sees the history lost or the disk hammered.
 */
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCsv as parseCsv } from '../../support/csv';
import { createAnalytics } from '../../../src/main/analytics';
import { exportCsv } from '../../../src/main/analytics-csv';
import type { AnalyticsEvent } from '../../../src/main/analytics-event';
import { diskProblem, type AnalyticsFs } from '../../../src/main/analytics-files';

let dir: string;
let t: number;
const now = () => t;
const RETRY = 60_000;

beforeEach(async () => {
  dir = join(await fs.mkdtemp(join(tmpdir(), 'analytics-disk-')), 'analytics');
  t = Date.UTC(2024, 2, 4, 9, 0, 0);
});
afterEach(async () => {
  await fs.rm(join(dir, '..'), { recursive: true, force: true });
});

/** An error shaped like Node's own (fs calls reject with code, errno and syscall set). */
function nodeError(code: string, errno: number, syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated, ${syscall} '${path}'`), { code, errno, syscall, path });
}

/** Real fs, with switches that make renames of some files fail (EBUSY) or appends fail (disk full). */
function disk() {
  const state = {
    busy: new Set<string>(), // file names a rename may not move (open in another program)
    full: null as null | 'ENOSPC' | 'EDQUOT' | 'EROFS',
    calls: { appendFile: 0, readFile: 0, stat: 0, rename: 0 },
  };
  const errnos = { ENOSPC: -28, EDQUOT: -122, EROFS: -30 };
  const wrapped: AnalyticsFs = {
    ...fs,
    async appendFile(path, data) {
      state.calls.appendFile++;
      if (state.full) {
        // A full disk often takes part of the write before refusing the rest.
        if (state.full === 'ENOSPC') await fs.appendFile(path, data.slice(0, Math.floor(data.length / 2)));
        throw nodeError(state.full, errnos[state.full], 'write', path);
      }
      return fs.appendFile(path, data);
    },
    readFile(path, encoding) {
      state.calls.readFile++;
      return fs.readFile(path, encoding);
    },
    stat(path) {
      state.calls.stat++;
      return fs.stat(path);
    },
    async rename(from, to) {
      state.calls.rename++;
      if (state.busy.has(basename(from))) throw nodeError('EBUSY', -16, 'rename', from);
      return fs.rename(from, to);
    },
  };
  return { fs: wrapped, state };
}

const view = (i: number): AnalyticsEvent => ({ type: 'slide_view', slideId: `s${i}`, locale: 'en', dwellMs: 1000 });

/** The slide numbers of every exported row, oldest first. */
async function exportedIds(): Promise<number[]> {
  return parseCsv((await exportCsv(dir)).csv)
    .slice(1)
    .map((r) => Number(r[2].slice(1)));
}

const files = async () => (await fs.readdir(dir)).sort();

/** The rotation as it was: delete the oldest first, then rename (each rename may replace a file). */
async function deleteFirstRotation(f: AnalyticsFs, d: string, keepFiles: number): Promise<void> {
  const name = (n: number) => (n === 0 ? 'events.jsonl' : `events.${n}.jsonl`);
  await f.rm(join(d, name(keepFiles - 1)), { force: true });
  for (let n = keepFiles - 2; n >= 0; n--)
    await f.rename(join(d, name(n)), join(d, name(n + 1))).catch((e: unknown) => {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    });
}

describe('a rename that fails with EBUSY (antivirus, Excel)', () => {
  /** Fills five files, then holds events.1.jsonl open through five rotation attempts. */
  async function attack(rotate?: typeof deleteFirstRotation) {
    const { fs: f, state } = disk();
    const a = createAnalytics({ dir, now, maxBytes: 400, keepFiles: 5, retryMs: RETRY, fs: f, rotate });
    let i = 0;
    do await a.record(view(i++));
    while ((await files()).length < 5);
    const before = await exportedIds();
    state.busy.add('events.1.jsonl');
    for (let attempt = 0; attempt < 5; attempt++) {
      t += RETRY; // each attempt is a due retry
      for (let k = 0; k < 4; k++) await a.record(view(i++));
    }
    return { a, state, before, recorded: i };
  }

  it('keeps every file and every event; writing goes on into the current file', async () => {
    const { a, before, recorded } = await attack();
    const after = await exportedIds();
    expect(after.slice(0, before.length)).toEqual(before); // nothing old lost
    expect(after).toEqual(Array.from({ length: recorded - after[0] }, (_, k) => after[0] + k)); // nothing new lost
    expect(after.at(-1)).toBe(recorded - 1);
    expect(a.health()).toMatchObject({ writing: true, rotationBlocked: 'the file is open in another program' });
    expect(a.health().lastError).toMatch(/^EBUSY/);
  });

  it('catches up once the file is released: the oldest file goes only then', async () => {
    const { a, state, before } = await attack();
    const oldest = before[0];
    state.busy.clear();
    t += RETRY;
    await a.record(view(1000));
    expect(await files()).toEqual([
      'events.1.jsonl',
      'events.2.jsonl',
      'events.3.jsonl',
      'events.4.jsonl',
      'events.jsonl',
    ]);
    expect(a.health().rotationBlocked).toBeNull();
    const ids = await exportedIds();
    expect(ids[0]).toBeGreaterThan(oldest); // the oldest file was removed, after the renames
    expect(ids.at(-1)).toBe(1000);
  });

  it('does not retry the rotation on every event while the file stays busy', async () => {
    const { a, state, recorded } = await attack();
    const renames = state.calls.rename;
    for (let k = 0; k < 50; k++) await a.record(view(recorded + k)); // no retry due yet
    expect(state.calls.rename).toBe(renames);
    t += RETRY;
    await a.record(view(recorded + 50)); // due: one more attempt
    expect(state.calls.rename).toBeGreaterThan(renames);
  });

  it('control: the old order (delete first, then rename) loses history on every failed rotation', async () => {
    const { before, recorded } = await attack(deleteFirstRotation);
    const after = await exportedIds();
    // The same EBUSY: the files that held the oldest events are gone.
    expect(after.slice(0, before.length)).not.toEqual(before);
    // One more file lost per failed attempt: of the four rotated files, only the busy one is left.
    expect(await files()).toEqual(['events.1.jsonl', 'events.jsonl']);
    expect(recorded - after.length).toBeGreaterThan(before.length / 2);
  });
});

describe('a full disk', () => {
  it('stops writing, holds events in memory without touching the disk, shows why, and writes them in order later', async () => {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(join(dir, 'events.jsonl'), `${JSON.stringify({ at: new Date(t).toISOString(), ...view(0) })}\n`);
    const { fs: f, state } = disk();
    const a = createAnalytics({ dir, now, retryMs: RETRY, fs: f });
    await a.record(view(1));
    expect(state.calls.readFile).toBe(1); // the one read at start (a cut-off last line?)

    state.full = 'ENOSPC';
    for (let i = 2; i < 302; i++) await a.record(view(i));
    expect(state.calls.appendFile).toBe(2); // the good one, then the one that failed
    expect(state.calls.readFile).toBe(1); // no re-read of the file per event
    expect(a.health()).toEqual({
      writing: false,
      stoppedReason: 'the disk is full',
      heldInMemory: 300,
      lostInMemory: 0,
      rotationBlocked: null,
      lastError: expect.stringMatching(/^ENOSPC/) as unknown as string,
      retryAt: t + RETRY,
    });

    t += RETRY; // a due retry on a disk still full: one attempt, events still held
    await a.record(view(302));
    expect(state.calls.appendFile).toBe(3);
    expect(a.health()).toMatchObject({ writing: false, heldInMemory: 301 });

    state.full = null;
    t += RETRY;
    await a.record(view(303));
    expect(a.health()).toMatchObject({ writing: true, stoppedReason: null, heldInMemory: 0, retryAt: null });
    expect(state.calls.readFile).toBe(1); // learnt the size again with stat, not by reading
    expect(await exportedIds()).toEqual(Array.from({ length: 304 }, (_, i) => i));
    // The two half-written lines are the only damage, and the export skips them.
    expect((await exportCsv(dir)).corrupt).toBe(2);
  });

  it('control: retrying on every event (no wait) hits the full disk once per event', async () => {
    const { fs: f, state } = disk();
    const a = createAnalytics({ dir, now, retryMs: 0, fs: f });
    state.full = 'ENOSPC';
    for (let i = 0; i < 100; i++) await a.record(view(i));
    expect(state.calls.appendFile).toBe(100);
  });

  it('bounds what it holds in memory and counts the rest as lost', async () => {
    const { fs: f, state } = disk();
    state.full = 'EDQUOT';
    const a = createAnalytics({ dir, now, retryMs: RETRY, maxHeld: 10, fs: f });
    for (let i = 0; i < 25; i++) await a.record(view(i));
    expect(a.health()).toMatchObject({
      writing: false,
      stoppedReason: 'the disk quota is used up',
      heldInMemory: 10,
      lostInMemory: 15,
    });
  });

  it('names a read-only disk, and any other write error, in plain words', async () => {
    const { fs: f, state } = disk();
    state.full = 'EROFS';
    const a = createAnalytics({ dir, now, retryMs: RETRY, fs: f });
    await a.record(view(0));
    expect(a.health().stoppedReason).toBe('the disk is read-only');
    expect(diskProblem(nodeError('EIO', -5, 'write', 'x'))).toBe('writing failed');
    expect(diskProblem(new Error('no code'))).toBe('writing failed');
  });
});
