/**
 * Where a USB stick shows up, per platform, and which folders on it look like content packs (a
 * folder with a deck.json). A pure function over a tiny injectable file-system view, so each
 * platform's rules run in a unit test on any machine. Listing only reads folder names: nothing on a
 * stick is parsed until the operator chooses it (then content-import.ts validates it completely).
 *
 * Mount points:
 * - Linux: udisks2 mounts removable media at `/run/media/$USER/<label>` (its default, used by
 *   Fedora, Arch and others) or `/media/$USER/<label>` (Debian/Ubuntu's `UDISKS_FILESYSTEM_SHARED`
 *   choice); older or hand-made setups mount right under `/media/<label>`.
 * - macOS: every mounted volume is under `/Volumes`, the start-up disk included (a symlink to `/`,
 *   skipped).
 * - Windows: drive letters. The system drive (`%SystemDrive%`, usually C:) is never offered; A: and
 *   B: are floppy letters. Which letters are removable is not visible through the file system, so
 *   every other letter that has a pack on it is listed.
 */
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { posix, win32 } from 'node:path';

/** The little of the file system the listing reads. */
export interface DriveFs {
  /** Folder names in `dir` (empty when it cannot be read). */
  listDirs(dir: string): string[];
  /** True when `path` is a regular file. */
  isFile(path: string): boolean;
  /** True when `path` is a symbolic link (a volume that points back at `/`). */
  isLink(path: string): boolean;
  /** True when `path` exists (a drive letter's root). */
  exists(path: string): boolean;
}

/** A pack folder found on a removable drive. */
export interface DrivePack {
  /** The pack folder, absolute. */
  dir: string;
  /** The drive's mount point or letter. */
  drive: string;
}

export interface DriveListing {
  platform: NodeJS.Platform;
  /** The user's login name (Linux mounts are per user). */
  user: string;
  /** `%SystemDrive%` on Windows, e.g. `C:`. */
  systemDrive?: string;
  fs: DriveFs;
}

const DECK_FILE = 'deck.json';

/** The mount points of removable drives now, per platform. */
export function removableRoots({ platform, user, systemDrive, fs }: DriveListing): string[] {
  if (platform === 'win32') {
    const system = (systemDrive ?? 'C:').toUpperCase();
    return 'DEFGHIJKLMNOPQRSTUVWXYZ'
      .split('')
      .map((letter) => `${letter}:`)
      .filter((drive) => drive !== system && fs.exists(`${drive}\\`))
      .map((drive) => `${drive}\\`);
  }
  if (platform === 'darwin') {
    return fs
      .listDirs('/Volumes')
      .map((name) => posix.join('/Volumes', name))
      .filter((volume) => !fs.isLink(volume));
  }
  const perUser = [posix.join('/run/media', user), posix.join('/media', user)];
  const roots = perUser.flatMap((base) => fs.listDirs(base).map((name) => posix.join(base, name)));
  // A volume mounted straight under /media (no per-user folder): every folder there but the user's own.
  const bare = fs
    .listDirs('/media')
    .filter((name) => name !== user)
    .map((name) => posix.join('/media', name));
  return [...roots, ...bare];
}

/**
 * Packs on removable drives: a drive whose root has a deck.json, and every folder one level down
 * that has one (a stick may carry several packs side by side). Sorted, so the panel's list is stable.
 */
export function listRemovablePacks(listing: DriveListing): DrivePack[] {
  const path = listing.platform === 'win32' ? win32 : posix;
  const packs: DrivePack[] = [];
  for (const drive of removableRoots(listing)) {
    if (listing.fs.isFile(path.join(drive, DECK_FILE))) packs.push({ dir: drive, drive });
    for (const name of listing.fs.listDirs(drive)) {
      if (name.startsWith('.') || name.startsWith('$')) continue; // .Trashes, $RECYCLE.BIN, …
      const dir = path.join(drive, name);
      if (listing.fs.isFile(path.join(dir, DECK_FILE))) packs.push({ dir, drive });
    }
  }
  return packs.sort((a, b) => a.dir.localeCompare(b.dir));
}

/** The real file system, read synchronously (folder names only; a few entries per drive). */
export const nodeDriveFs: DriveFs = {
  listDirs(dir) {
    try {
      return readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name);
    } catch {
      return [];
    }
  },
  isFile(path) {
    try {
      return lstatSync(path).isFile();
    } catch {
      return false;
    }
  },
  isLink(path) {
    try {
      return lstatSync(path).isSymbolicLink();
    } catch {
      return false;
    }
  },
  exists: (path) => existsSync(path),
};

/** Packs on this machine's removable drives now (process.platform, the login name, %SystemDrive%). */
export function listSystemRemovablePacks(): DrivePack[] {
  let user = process.env.USER ?? process.env.USERNAME ?? '';
  try {
    user = userInfo().username;
  } catch {
    // No passwd entry (a container): the environment's name will do.
  }
  return listRemovablePacks({
    platform: process.platform,
    user,
    systemDrive: process.env.SystemDrive,
    fs: nodeDriveFs,
  });
}
