/**
 * The analytics record format: what the kiosk records, and a stored line — one JSON object per line
 * in the analytics files. The store writes it (analytics.ts) and the CSV export reads it back
 * (analytics-csv.ts), so both follow this one schema.
 */
import { z } from 'zod';

/** What the kiosk records. Sessions run from a visitor's takeover to the idle return. */
export const AnalyticsEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('slide_view'), slideId: z.string(), locale: z.string(), dwellMs: z.number().min(0) }),
  z.object({ type: z.literal('session_start') }),
  z.object({ type: z.literal('session_end'), durationMs: z.number().min(0), touches: z.int().min(0) }),
  z.object({ type: z.literal('touch') }),
  z.object({ type: z.literal('locale'), locale: z.string() }),
]);
export type AnalyticsEvent = z.infer<typeof AnalyticsEvent>;

/** A stored line: the event plus when it happened (ISO 8601, UTC). */
export const StoredLine = z.intersection(z.object({ at: z.iso.datetime() }), AnalyticsEvent);
