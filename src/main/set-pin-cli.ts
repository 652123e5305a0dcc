/**
 * `--set-pin`: sets the operator PIN from a terminal, before any window opens. Whoever can run the
 * app with flags on the PC (IT, an administrator) can set it; nobody at the touch screen can.
 * On a terminal it asks twice without echo; with stdin piped it reads the first line.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_PIN_DIGITS, MIN_PIN_DIGITS, pinProblem } from '../shared/pin-rule';
import { hashPin } from './operator-pin';
import { ATTEMPTS_FILE_NAME, PIN_FILE_NAME, writePinFile } from './pin-store';

/** A terminal's stdin can switch echo off; a pipe cannot. */
export type PinInput = NodeJS.ReadableStream & { setRawMode?: (raw: boolean) => unknown };

export interface SetPinOptions {
  userDataDir: string;
  input: PinInput;
  output: NodeJS.WritableStream;
  /** `process.stdin.isTTY`: ask twice without echo; otherwise read the first line. */
  isTTY: boolean;
  /** Tests only: fewer hash iterations (within the stored bounds). */
  iterations?: number;
}

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_NOT_SAVED = 2;

/** Longest line read: a PIN is at most 12 digits, anything longer is refused without keeping it. */
const MAX_LINE = 256;
const CANCEL = '\u0003'; // Ctrl+C in raw mode
const ERASE = new Set(['\u007f', '\b']);

/**
 * Reads one line. `silent`: raw mode, no echo, Backspace erases, Ctrl+C cancels (null).
 * Resolves null when the input ends before anything was typed.
 */
export function readLine(input: PinInput, silent: boolean): Promise<string | null> {
  return new Promise((resolve) => {
    let line = '';
    const raw = silent && typeof input.setRawMode === 'function';
    const finish = (value: string | null) => {
      input.removeListener('data', onData);
      input.removeListener('end', onEnd);
      if (raw) input.setRawMode?.(false);
      input.pause();
      resolve(value);
    };
    const onData = (chunk: Buffer | string) => {
      for (const c of chunk.toString()) {
        if (c === '\n' || c === '\r') return finish(line);
        if (raw && c === CANCEL) return finish(null);
        if (raw && ERASE.has(c)) line = line.slice(0, -1);
        else if (line.length < MAX_LINE) line += c;
      }
    };
    const onEnd = () => finish(line === '' ? null : line);
    if (raw) input.setRawMode?.(true);
    input.on('data', onData);
    input.on('end', onEnd);
    input.resume();
  });
}

/**
 * Runs `--set-pin`: reads the PIN, stores its hash in `<userData>/operator-pin.json` (0600) and
 * clears the guess counter (whoever runs this has access to the PC). Prints one line per outcome,
 * never the PIN. Resolves to the process exit code: 0 saved, 1 invalid or cancelled, 2 not saved.
 */
export async function runSetPin(options: SetPinOptions): Promise<number> {
  const { output, input, isTTY } = options;
  const say = (line: string) => output.write(`${line}\n`);
  let pin: string | null;
  if (isTTY) {
    output.write(`New operator PIN (${MIN_PIN_DIGITS}–${MAX_PIN_DIGITS} digits): `);
    pin = await readLine(input, true);
    output.write('\n');
    if (pin !== null && pinProblem(pin) === null) {
      output.write('Type it again: ');
      const again = await readLine(input, true);
      output.write('\n');
      if (again !== pin) {
        say('The two entries differ: the PIN was not changed.');
        return EXIT_INVALID;
      }
    }
  } else pin = await readLine(input, false);

  if (pin === null) {
    say('No PIN given: the PIN was not changed.');
    return EXIT_INVALID;
  }
  const problem = pinProblem(pin);
  if (problem) {
    say(`Not saved: ${problem}.`);
    return EXIT_INVALID;
  }
  const file = join(options.userDataDir, PIN_FILE_NAME);
  try {
    await writePinFile(file, await hashPin(pin, { iterations: options.iterations }));
    await rm(join(options.userDataDir, ATTEMPTS_FILE_NAME), { force: true });
  } catch (e) {
    say(`Not saved: cannot write ${file} (${(e as NodeJS.ErrnoException).code ?? String(e)}).`);
    return EXIT_NOT_SAVED;
  }
  say(`Operator PIN saved to ${file}.`);
  return EXIT_OK;
}
