/**
 * The first view (issue 19): the audience's first screen, drawn by main into index.html before
 * any script runs. Drawn by the renderer's own components (src/renderer/src/first-view/), built
 * for main as out/main/first-view.js; composed into the page by src/main/first-view.ts.
 */
export interface FirstView {
  /** Static markup of the screen, one copy per orientation. */
  html: string;
  /** The deck language, for `<html lang dir>`. */
  lang: string;
  dir: 'ltr' | 'rtl';
}

/** What out/main/first-view.js exports. */
export interface FirstViewModule {
  renderFirstView(snapshot: import('./ipc').DeckSnapshot): FirstView | null;
}
