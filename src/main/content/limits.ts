/** The largest deck.json we read: far above any real deck, low enough that a wrong file is refused fast. */
export const MAX_DECK_BYTES = 2 * 1024 * 1024;

/** The largest media file a pack may reference (a full-screen photo or short clip fits easily). */
export const MAX_MEDIA_BYTES = 50 * 1024 * 1024;

/** `2 MiB`, `50 MiB` — limits are stated the same way in every message. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
