import type { ShowcaseApi } from '../../shared/ipc-api';

declare global {
  interface Window {
    /** The one API the preload exposes (built in src/shared/ipc-api.ts from the contract in ipc.ts). */
    showcase: ShowcaseApi;
  }
}
