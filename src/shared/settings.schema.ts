import { z } from 'zod';
import { Mode } from './deck/mode.schema';

const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM (24-hour)');

/** Opening hours: per weekday (0 = Sunday) one open–close window; outside it the closed slide shows. */
export const OpeningHours = z.object({
  days: z.array(z.int().min(0).max(6)).min(1).default([0, 1, 2, 3, 4, 5, 6]),
  open: Time,
  close: Time,
  whenClosed: z.enum(['closed-slide', 'black']).default('closed-slide'),
});

/** Everything an installation can set. Defaults ship in resources/settings.default.json. */
export const Settings = z
  .object({
    mode: Mode.default('kiosk'),
    contentDir: z.string().min(1).nullable().default(null),
    idleSeconds: z.int().min(5).max(3600).default(60),
    countdownSeconds: z.int().min(3).max(60).default(10),
    locale: z.string().min(2).max(16).nullable().default(null),
    display: z.int().min(0).max(16).nullable().default(null),
    reducedMotion: z.boolean().default(false),
    openingHours: OpeningHours.nullable().default(null),
    nightlyRelaunch: Time.nullable().default(null),
    startAtLogin: z.boolean().default(false),
    /**
     * Legacy: older versions kept the PIN hash here. Still accepted so such a file loads, but never
     * used — the PIN lives in operator-pin.json (see src/main/pin-store.ts); loading warns.
     */
    operatorPin: z.unknown().optional(),
    analytics: z.boolean().default(true),
    /**
     * Live preview (`--watch`): reload the exhibitor's pack when its files change. Window mode only;
     * a kiosk or a presentation never changes what plays behind the audience's back.
     */
    watch: z.boolean().default(false),
    /**
     * Present mode: the audience screen's visitor controls (language pills, dots, arrows). Hidden by
     * default — the presenter drives from the presenter window or a clicker, and the room sees the
     * slide alone, as in PowerPoint's or Keynote's slide show; the presenter can show them mid-talk.
     * Kiosk and window mode always show them.
     */
    presentVisitorControls: z.enum(['shown', 'hidden']).default('hidden'),
  })
  .strict();
export type Settings = z.infer<typeof Settings>;
export type SettingsInput = z.input<typeof Settings>;
