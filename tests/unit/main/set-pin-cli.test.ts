/**
 * `--set-pin` for real: asks twice without echo on a terminal, reads the first line from a pipe,
 * stores a hash that then unlocks a kiosk, refuses a bad PIN in one line with a non-zero exit.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOperator } from '../../../src/main/operator';
import { MIN_PIN_ITERATIONS } from '../../../src/main/operator-pin';
import { openPinStore, PIN_FILE_NAME } from '../../../src/main/pin-store';
import { runSetPin, type PinInput } from '../../../src/main/set-pin-cli';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'set-pin-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** A terminal's stdin: records raw mode; `type` sends keystrokes once raw mode is on. */
function fakeTerminal() {
  const stream = new PassThrough() as PassThrough & PinInput;
  const rawModes: boolean[] = [];
  stream.setRawMode = (raw: boolean) => {
    rawModes.push(raw);
    return stream;
  };
  return { stream, rawModes };
}

function run(input: PinInput, isTTY: boolean) {
  const output = new PassThrough();
  let printed = '';
  output.on('data', (c) => (printed += c));
  const exit = runSetPin({ userDataDir: dir, input, output, isTTY, iterations: MIN_PIN_ITERATIONS });
  return { exit, printed: () => printed };
}

/** A kiosk's gate over this user-data folder, as the app builds it. */
async function kioskUnlock(pin: string) {
  const log = { info: () => undefined, warn: () => undefined, error: () => undefined };
  const pins = await openPinStore({ userDataDir: dir, now: () => 1_000_000, log });
  const operator = createOperator({
    now: () => 1_000_000,
    mode: 'kiosk',
    pins,
    log,
    run: () => ({ ok: true, message: '' }),
  });
  return operator.unlock({ senderId: 1 }, pin);
}

describe('piped stdin', () => {
  it('stores a hash of the first line that then unlocks a kiosk (control: without it the kiosk refuses)', async () => {
    expect(await kioskUnlock('480005')).toMatchObject({ ok: false, reason: 'no-pin' });
    const input = new PassThrough();
    const { exit, printed } = run(input, false);
    input.end('480005\r\nignored second line\n');
    expect(await exit).toBe(0);
    expect(printed()).toMatch(/^Operator PIN saved to .*operator-pin\.json\.\n$/);
    const file = await readFile(join(dir, PIN_FILE_NAME), 'utf8');
    expect(file).not.toContain('480005');
    expect(JSON.parse(file).hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await kioskUnlock('480005')).toEqual({ ok: true, pinSet: true });
  });

  it.each([['1234\n'], ['12a456\n'], ['\n'], ['']])('refuses %j in one line, exit 1, nothing written', async (text) => {
    const input = new PassThrough();
    const { exit, printed } = run(input, false);
    input.end(text);
    expect(await exit).toBe(1);
    expect(printed().trimEnd().split('\n')).toHaveLength(1);
    expect(printed()).not.toContain(text.trim() || '\u0000');
    expect(await readdir(dir)).toEqual([]);
  });

  it('clears the guess counter: whoever runs it has access to the PC', async () => {
    await writeFile(join(dir, 'operator-pin-attempts.json'), '{ "locked": ');
    const input = new PassThrough();
    const { exit } = run(input, false);
    input.end('480005\n');
    expect(await exit).toBe(0);
    expect(await readdir(dir)).toEqual([PIN_FILE_NAME]);
    expect(await kioskUnlock('480005')).toEqual({ ok: true, pinSet: true });
  });
});

describe('on a terminal', () => {
  it('asks twice in raw mode (no echo), Backspace erases, then stores it', async () => {
    const { stream, rawModes } = fakeTerminal();
    const { exit, printed } = run(stream, true);
    stream.write('4800\u007f05'); // a typo, erased
    stream.write('5\r');
    await new Promise((r) => setImmediate(r));
    stream.write('480055\r');
    expect(await exit).toBe(0);
    expect(printed()).toContain('New operator PIN (6–12 digits): ');
    expect(printed()).toContain('Type it again: ');
    expect(printed()).not.toContain('4800');
    expect(rawModes).toEqual([true, false, true, false]);
    expect(await kioskUnlock('480055')).toEqual({ ok: true, pinSet: true });
  });

  it('two different entries: one line, exit 1, nothing stored', async () => {
    const { stream } = fakeTerminal();
    const { exit, printed } = run(stream, true);
    stream.write('480005\r');
    await new Promise((r) => setImmediate(r));
    stream.write('480006\r');
    expect(await exit).toBe(1);
    expect(printed()).toMatch(/differ/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('Ctrl+C cancels with exit 1', async () => {
    const { stream, rawModes } = fakeTerminal();
    const { exit } = run(stream, true);
    stream.write('48\u0003');
    expect(await exit).toBe(1);
    expect(rawModes).toEqual([true, false]);
    expect(await readdir(dir)).toEqual([]);
  });
});
