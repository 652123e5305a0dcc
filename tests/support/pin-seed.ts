/**
 * A user-data folder with an operator PIN already set, as `--set-pin` leaves it: pass it to
 * `startMain({ userData })` so main starts with the PIN in force.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPin, MIN_PIN_ITERATIONS } from '../../src/main/operator-pin';
import { PIN_FILE_NAME, writePinFile } from '../../src/main/pin-store';

/** Creates a temp user-data folder whose operator-pin.json holds `pin` (fewest allowed iterations: quick, real format). */
export async function userDataWithPin(pin: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'showcase-user-'));
  await writePinFile(join(dir, PIN_FILE_NAME), await hashPin(pin, { iterations: MIN_PIN_ITERATIONS }));
  return dir;
}
