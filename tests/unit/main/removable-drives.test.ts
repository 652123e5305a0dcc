/**
 * Packs on removable drives, per platform, over an in-memory file system: Linux's udisks2 mount
 * points (/run/media/$USER, /media/$USER, bare /media), macOS /Volumes without the start-up disk,
 * Windows drive letters without the system drive.
 */
import { describe, expect, it } from 'vitest';
import { listRemovablePacks, type DriveFs } from '../../../src/main/removable-drives';

/** A file system given as a list of files (folders are implied) and symlinks. */
function memoryFs(files: string[], links: string[] = []): DriveFs {
  const sep = (p: string) => (p.includes('\\') ? '\\' : '/');
  const dirs = new Set<string>();
  for (const file of files) {
    const s = sep(file);
    const parts = file.split(s);
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join(s) || s);
  }
  return {
    listDirs(dir) {
      const s = sep(dir);
      const prefix = dir.endsWith(s) ? dir : dir + s;
      const names = new Set<string>();
      for (const d of [...dirs, ...links])
        if (d.startsWith(prefix) && d.length > prefix.length && !d.slice(prefix.length).includes(s))
          if (!links.includes(d)) names.add(d.slice(prefix.length));
      return [...names];
    },
    isFile: (path) => files.includes(path),
    isLink: (path) => links.includes(path),
    exists: (path) => [...dirs].some((d) => d === path || `${d}\\` === path),
  };
}

describe('listRemovablePacks', () => {
  it('Linux: /run/media/$USER and /media/$USER volumes, a pack at the root or one folder down', () => {
    const fs = memoryFs([
      '/run/media/ana/STICK/deck.json',
      '/media/ana/EXPO/spring/deck.json',
      '/media/ana/EXPO/autumn/deck.json',
      '/media/ana/EXPO/notes/readme.txt',
      '/media/ana/EXPO/deep/er/deck.json',
      '/media/ana/EXPO/.Trashes/old/deck.json',
      '/media/OLDSTICK/pack/deck.json',
      '/home/ana/pack/deck.json',
    ]);
    expect(listRemovablePacks({ platform: 'linux', user: 'ana', fs }).map((p) => p.dir)).toEqual([
      '/media/ana/EXPO/autumn',
      '/media/ana/EXPO/spring',
      '/media/OLDSTICK/pack',
      '/run/media/ana/STICK',
    ]);
  });

  it("Linux: another user's udisks2 mounts under /run/media are not offered", () => {
    const fs = memoryFs(['/run/media/bob/STICK/deck.json', '/run/media/ana/EXPO/deck.json']);
    expect(listRemovablePacks({ platform: 'linux', user: 'ana', fs }).map((p) => p.dir)).toEqual([
      '/run/media/ana/EXPO',
    ]);
  });

  it('macOS: /Volumes, without the start-up disk (a symlink to /)', () => {
    const fs = memoryFs(
      ['/Volumes/EXPO/pack/deck.json', '/Volumes/Macintosh HD/pack/deck.json'],
      ['/Volumes/Macintosh HD'],
    );
    expect(listRemovablePacks({ platform: 'darwin', user: 'ana', fs })).toEqual([
      { dir: '/Volumes/EXPO/pack', drive: '/Volumes/EXPO' },
    ]);
  });

  it('Windows: drive letters other than the system drive; $RECYCLE.BIN is skipped', () => {
    const fs = memoryFs([
      'C:\\pack\\deck.json',
      'E:\\deck.json',
      'F:\\expo\\deck.json',
      'F:\\$RECYCLE.BIN\\x\\deck.json',
      'D:\\photos\\a.jpg',
    ]);
    expect(listRemovablePacks({ platform: 'win32', user: 'ana', systemDrive: 'C:', fs })).toEqual([
      { dir: 'E:\\', drive: 'E:\\' },
      { dir: 'F:\\expo', drive: 'F:\\' },
    ]);
  });
});
