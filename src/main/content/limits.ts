/** The largest deck.json we read: far above any real deck, low enough that a wrong file is refused fast. */
export const MAX_DECK_BYTES = 2 * 1024 * 1024;

/** The largest media file a pack may reference (a full-screen photo or short clip fits easily). */
export const MAX_MEDIA_BYTES = 50 * 1024 * 1024;

/** `2 MiB`, `50 MiB` — how a limit is stated in every message. */
export function formatLimit(bytes: number): string {
  return `${+(bytes / (1024 * 1024)).toFixed(2)} MiB`;
}

/** `2,097,153 bytes` — an actual size, exact, so a file just over a limit does not read "2 MiB, over 2 MiB". */
export function formatSize(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} bytes`;
}

/**
 * How deep deck.json may nest. A real deck is about six levels deep (slides[2].visual.alt.en);
 * anything near this limit is a generated or damaged file, refused with the JSON path where it happens.
 */
export const MAX_JSON_DEPTH = 64;
