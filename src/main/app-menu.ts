/**
 * The kiosk has no application menu: no View ▸ Toggle Full Screen, no Reload, no DevTools.
 *
 * `Menu.setApplicationMenu(null)` is not enough on macOS once the app is ready: Electron installs
 * its default menu at startup unless the app set one first, and on darwin `setApplicationMenu`
 * returns early for `null` without touching the native menu that is already there
 * (lib/browser/api/menu.ts, `Menu.setApplicationMenu`: `if (process.platform === 'darwin') { if
 * (!menu) return; … }`; the default menu comes from lib/browser/default-menu.ts, installed from
 * lib/browser/init.ts). An empty menu replaces it on darwin; elsewhere `null` removes the
 * menu bar of every window.
 */
/** The part of Electron's `Menu` used here: an empty menu built from no items, set or cleared. */
export interface MenuApi<M = unknown> {
  buildFromTemplate(template: never[]): M;
  setApplicationMenu(menu: M | null): void;
}

/** Removes every application menu item on `platform`. */
export function removeApplicationMenu<M>(menu: MenuApi<M>, platform: NodeJS.Platform): void {
  menu.setApplicationMenu(platform === 'darwin' ? menu.buildFromTemplate([]) : null);
}
