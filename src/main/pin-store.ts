/**
 * The operator PIN's own files in user data, apart from settings.json so that nothing wrong
 * there can drop the PIN:
 * - `operator-pin.json`: the salted hash (0600, written durably, validated on its own);
 * - `operator-pin-attempts.json`: the guess counter and lockout (see pin-gate.ts).
 * A PIN file that exists but cannot be read or fails its schema is "unreadable": every unlock is
 * refused until someone with access to the PC deletes it and runs `--set-pin` (docs/kiosk-setup.md).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { pinProblem } from '../shared/pin-rule';
import { writeFileDurably } from './durable-file';
import { hashPin, StoredPin } from './operator-pin';
import { AttemptState, createPinGate, type AttemptStore, type PinGate } from './pin-gate';

export const PIN_FILE_NAME = 'operator-pin.json';
export const ATTEMPTS_FILE_NAME = 'operator-pin-attempts.json';
/** Larger than any valid file: a huge file is refused unread rather than parsed. */
const MAX_FILE_BYTES = 4096;

/** The PIN file: the hash and its parameters, under a format name so a later format is told apart. */
const PinFile = StoredPin.extend({ format: z.literal('pbkdf2-sha256') }).strict();

export type PinState =
  { status: 'set'; pin: StoredPin } | { status: 'none' } | { status: 'unreadable'; reason: string };

type Read = { status: 'missing' } | { status: 'bad'; reason: string } | { status: 'ok'; value: unknown };

async function readJson(file: string): Promise<Read> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? { status: 'missing' }
      : { status: 'bad', reason: `cannot read it (${code ?? String(e)})` };
  }
  if (text.length > MAX_FILE_BYTES) return { status: 'bad', reason: 'too large' };
  try {
    return { status: 'ok', value: JSON.parse(text) };
  } catch {
    return { status: 'bad', reason: 'not valid JSON' };
  }
}

/** Reads and checks the PIN file. Never throws. */
export async function readPinFile(file: string): Promise<PinState> {
  const read = await readJson(file);
  if (read.status === 'missing') return { status: 'none' };
  if (read.status === 'bad') return { status: 'unreadable', reason: read.reason };
  const parsed = PinFile.safeParse(read.value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { status: 'unreadable', reason: `${first.path.join('.') || 'file'}: ${first.message}` };
  }
  const { salt, hash, iterations } = parsed.data;
  return { status: 'set', pin: { salt, hash, iterations } };
}

/** Writes the PIN file durably, mode 0600. */
export async function writePinFile(file: string, pin: StoredPin): Promise<void> {
  const record: z.infer<typeof PinFile> = { format: 'pbkdf2-sha256', ...StoredPin.parse(pin) };
  await writeFileDurably(file, `${JSON.stringify(record, null, 2)}\n`);
}

/** The attempts file as an {@link AttemptStore}. */
export function fileAttemptStore(file: string): AttemptStore {
  return {
    async load() {
      const read = await readJson(file);
      if (read.status === 'missing') return 'missing';
      if (read.status === 'bad') return 'unreadable';
      const parsed = AttemptState.safeParse(read.value);
      return parsed.success ? parsed.data : 'unreadable';
    },
    save: (state) => writeFileDurably(file, `${JSON.stringify(state)}\n`),
  };
}

export interface PinStore {
  /** The PIN as last read or saved. */
  state(): PinState;
  /** The persisted guess limiter over this store's attempts file. */
  gate: PinGate;
  /** Hashes and stores a new PIN, then clears the attempts. Returns why not, as one line. */
  save(pin: string): Promise<{ ok: true } | { ok: false; message: string }>;
}

export interface PinStoreOptions {
  userDataDir: string;
  now: () => number;
  log: { info(m: string): void; warn(m: string): void; error(m: string): void };
  /** Tests only: fewer iterations (still within the bounds). */
  iterations?: number;
}

/** Opens the PIN files in user data: reads the PIN once (logging a problem), builds the gate. */
export async function openPinStore(options: PinStoreOptions): Promise<PinStore> {
  const { userDataDir, log } = options;
  const pinFile = join(userDataDir, PIN_FILE_NAME);
  let state = await readPinFile(pinFile);
  if (state.status === 'unreadable')
    log.error(
      `operator PIN file ${pinFile} is unreadable (${state.reason}): every unlock is refused. ` +
        'To recover, delete that file as the PC administrator and run the app with --set-pin.',
    );
  if (state.status === 'none') log.warn(`no operator PIN is set (${pinFile}): set one with --set-pin`);
  const gate = createPinGate({
    now: options.now,
    store: fileAttemptStore(join(userDataDir, ATTEMPTS_FILE_NAME)),
    log: log.warn,
  });
  return {
    state: () => state,
    gate,
    async save(pin) {
      const problem = pinProblem(pin);
      if (problem) return { ok: false, message: problem };
      try {
        const stored = await hashPin(pin, { iterations: options.iterations });
        await writePinFile(pinFile, stored);
        state = { status: 'set', pin: stored };
      } catch (e) {
        log.error(`operator PIN not saved: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
        return { ok: false, message: 'the PIN could not be saved: see the log' };
      }
      await gate.reset();
      log.info('operator PIN saved');
      return { ok: true };
    },
  };
}
