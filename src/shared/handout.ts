/**
 * The handout request, one rule for both ends: main (the operator's printToPDF) and
 * `npm run handout` build the URL with {@link handoutQuery}; the renderer's handout view reads it
 * back with {@link readHandoutQuery}. The view prints one A4-landscape page per slide.
 */

/** What a handout shows. */
export interface HandoutRequest {
  /** A deck locale; the deck's default when absent or not in the deck. */
  locale: string | null;
  /** Presenter notes under each slide. */
  notes: boolean;
}

/** The role a window asks for to show the printable handout. */
export const HANDOUT_ROLE = 'handout';

/** `?role=handout&locale=…&notes=1` for the app document. */
export function handoutQuery(request: HandoutRequest): string {
  const params = new URLSearchParams({ role: HANDOUT_ROLE });
  if (request.locale) params.set('locale', request.locale);
  if (request.notes) params.set('notes', '1');
  return `?${params.toString()}`;
}

/** The handout request in a page's query string, or null when the page is not a handout. */
export function readHandoutQuery(search: string): HandoutRequest | null {
  const params = new URLSearchParams(search);
  if (params.get('role') !== HANDOUT_ROLE) return null;
  return { locale: params.get('locale'), notes: params.get('notes') === '1' };
}

/** Page size and orientation, for Chromium's `page.pdf` and Electron's `printToPDF` alike. */
export const HANDOUT_PAGE = { format: 'A4', landscape: true } as const;
