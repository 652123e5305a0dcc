/** How the app runs (settings.json `mode`, `--mode`): kiosk, present (two screens) or window. */
import { z } from 'zod';

export const Mode = z.enum(['kiosk', 'present', 'window']);
export type Mode = z.infer<typeof Mode>;
