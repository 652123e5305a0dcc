/**
 * The PIN's own file in user data: validated on its own, 0600, durable, and never dropped by a
 * problem in settings.json. Each attack has a control against the old design (PIN in settings,
 * fail-open when missing) that lets it through.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOperator } from '../../../src/main/operator';
import { hashPin, MIN_PIN_ITERATIONS, type StoredPin } from '../../../src/main/operator-pin';
import { loadSettings } from '../../../src/main/settings';
import { openPinStore, PIN_FILE_NAME, readPinFile, writePinFile, type PinState } from '../../../src/main/pin-store';

const PIN = '918273';
let dir: string;
let stored: StoredPin;
const logs: string[] = [];
const log = {
  info: (m: string) => logs.push(`info ${m}`),
  warn: (m: string) => logs.push(`warn ${m}`),
  error: (m: string) => logs.push(`error ${m}`),
};

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pin-store-'));
  logs.length = 0;
  stored ??= await hashPin(PIN, { iterations: MIN_PIN_ITERATIONS });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const pinFile = () => join(dir, PIN_FILE_NAME);
const open = () => openPinStore({ userDataDir: dir, now: () => 1_000_000, log, iterations: MIN_PIN_ITERATIONS });
/** The app's gate over this folder, in kiosk mode. */
async function kioskOperator() {
  const pins = await open();
  return createOperator({ now: () => 1_000_000, mode: 'kiosk', pins, log, run: () => ({ ok: true, message: 'ran' }) });
}

describe('the PIN file', () => {
  it.skipIf(process.platform === 'win32')(
    'is written 0600, leaves no temp file, and reads back (control: a plain write is 0644)',
    async () => {
      await writePinFile(pinFile(), stored);
      expect((await stat(pinFile())).mode & 0o777).toBe(0o600);
      expect(await readdir(dir)).toEqual([PIN_FILE_NAME]);
      expect(await readPinFile(pinFile())).toEqual({ status: 'set', pin: stored });
      expect(await readFile(pinFile(), 'utf8')).not.toContain(PIN);

      const plain = join(dir, 'plain.json');
      const umask = process.umask(0o022);
      try {
        await writeFile(plain, '{}');
      } finally {
        process.umask(umask);
      }
      expect((await stat(plain)).mode & 0o777).toBe(0o644);
    },
  );

  it('keeps 0600 when it replaces a file that was readable by others', async () => {
    await writeFile(pinFile(), '{}', { mode: 0o644 });
    await writePinFile(pinFile(), stored);
    if (process.platform !== 'win32') expect((await stat(pinFile())).mode & 0o777).toBe(0o600);
  });

  it.each<[string, (f: string) => Promise<void>]>([
    ['not JSON', (f) => writeFile(f, '{ "salt": ')],
    ['a folder', (f) => mkdir(f)],
    ['2e7 iterations', (f) => writeFile(f, JSON.stringify({ format: 'pbkdf2-sha256', ...stored, iterations: 2e7 }))],
    [
      'a short hash',
      (f) => writeFile(f, JSON.stringify({ format: 'pbkdf2-sha256', ...stored, hash: stored.hash.slice(0, 32) })),
    ],
    ['non-hex salt', (f) => writeFile(f, JSON.stringify({ format: 'pbkdf2-sha256', ...stored, salt: 'g'.repeat(32) }))],
    ['no format', (f) => writeFile(f, JSON.stringify(stored))],
    ['huge', (f) => writeFile(f, ' '.repeat(100_000))],
  ])('unreadable when %s: every unlock refused and logged with the recovery', async (_label, make) => {
    await make(pinFile());
    const state = await readPinFile(pinFile());
    expect(state.status).toBe('unreadable');
    const operator = await kioskOperator();
    expect(await operator.unlock({ senderId: 1 }, PIN)).toMatchObject({ ok: false, reason: 'pin-unreadable' });
    expect(logs.join('\n')).toMatch(/error operator PIN file .* is unreadable .*delete that file .*--set-pin/s);
  });

  it('control: the old fail-open gate, reading an unreadable file as "no PIN", opens to anyone', async () => {
    await writeFile(pinFile(), '{ "salt": ');
    const pins = await open();
    const asNone = { ...pins, state: (): PinState => ({ status: 'none' }) };
    const weakened = createOperator({
      now: () => 1_000_000,
      mode: 'kiosk',
      pins: asNone,
      log,
      run: () => ({ ok: true, message: 'ran' }),
      unlocksWithoutPin: () => true,
    });
    expect(await weakened.unlock({ senderId: 1 }, '')).toEqual({ ok: true, pinSet: false });
  });
});

describe('independent of settings.json', () => {
  it('a bad key in settings.json does not drop the PIN (control: the old design, PIN from settings and fail-open, lets a wrong PIN and exit through)', async () => {
    await writePinFile(pinFile(), stored);
    const userFile = join(dir, 'settings.json');
    await writeFile(userFile, JSON.stringify({ idleSeconds: 2, operatorPin: stored }));
    const settings = await loadSettings({ defaultsFile: join(dir, 'none.json'), userFile, argv: [] });
    // The whole file was ignored (the loader says so in a warning).
    expect(settings.problems).toContainEqual(
      expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/was ignored/) }),
    );

    const operator = await kioskOperator();
    expect(await operator.unlock({ senderId: 1 }, '123456')).toMatchObject({ ok: false, reason: 'wrong' });
    await expect(operator.action({ senderId: 1 }, { type: 'exit' })).rejects.toThrow();
    expect(await operator.unlock({ senderId: 1 }, PIN)).toEqual({ ok: true, pinSet: true });

    // Control: the old design took the PIN from the loaded settings — dropped with the file —
    // and opened when none was there: the same wrong PIN and exit go through.
    const fromSettings = (settings.settings as { operatorPin?: StoredPin }).operatorPin;
    const oldDesign = createOperator({
      now: () => 1_000_000,
      mode: 'kiosk',
      pins: {
        ...(await open()),
        state: (): PinState => (fromSettings ? { status: 'set', pin: fromSettings } : { status: 'none' }),
      },
      log,
      run: () => ({ ok: true, message: 'ran' }),
      unlocksWithoutPin: () => true,
    });
    expect(await oldDesign.unlock({ senderId: 1 }, '123456')).toEqual({ ok: true, pinSet: false });
    await expect(oldDesign.action({ senderId: 1 }, { type: 'exit' })).resolves.toEqual({ ok: true, message: 'ran' });
  });

  it('saving a PIN writes only operator-pin.json (and the attempts file), never settings.json', async () => {
    const userFile = join(dir, 'settings.json');
    await writeFile(userFile, '{ "idleSeconds": 2 }');
    const pins = await open();
    expect(await pins.save('12')).toEqual({ ok: false, message: 'the PIN must be 6 to 12 digits' });
    expect(await pins.save(PIN)).toEqual({ ok: true });
    expect(pins.state().status).toBe('set');
    expect(await readFile(userFile, 'utf8')).toBe('{ "idleSeconds": 2 }');
    expect((await readdir(dir)).sort()).toEqual(['operator-pin-attempts.json', PIN_FILE_NAME, 'settings.json']);
    expect((await readPinFile(pinFile())).status).toBe('set');
  });

  it('no PIN file: logged as no PIN set, and a kiosk refuses', async () => {
    const operator = await kioskOperator();
    expect(logs).toContainEqual(expect.stringMatching(/^warn no operator PIN is set/));
    expect(await operator.unlock({ senderId: 1 }, '')).toMatchObject({ ok: false, reason: 'no-pin' });
  });
});
