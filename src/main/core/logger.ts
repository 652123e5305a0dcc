/** Main's log as the core sees it (electron-log in the app, an array in tests). */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}
