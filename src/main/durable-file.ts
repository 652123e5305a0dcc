/**
 * Writes small files so that a power cut leaves the old or the new content, never half of one,
 * and never a file others may read. Hand-written rather than `write-file-atomic` because that
 * package (a) does not fsync the folder after the rename — on ext4 the rename itself can be lost —
 * and (b) writes through symlinks to their target (it resolves `realpath` first).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `text` to `path` through a temp file in the same folder: created with `mode` (0600 by
 * default, so it is never readable by others, not even for a moment), fsynced, renamed over the
 * target, then the folder fsynced. On Windows `mode` only sets the read-only bit; the user-data
 * folder's ACL (the signed-in account only) is what protects the file there.
 */
export async function writeFileDurably(path: string, text: string, mode = 0o600): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const file = await open(temp, 'wx', mode);
    try {
      await file.writeFile(text, 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
  await syncFolder(dir);
}

/** Makes a rename in `dir` durable. Windows cannot open a folder for fsync; NTFS journals the rename. */
async function syncFolder(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
