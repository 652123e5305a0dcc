import type { ShowcaseApi } from '../../shared/ipc';

declare global {
  interface Window {
    /** The one API the preload exposes (see src/shared/ipc.ts). */
    showcase: ShowcaseApi;
  }
}
