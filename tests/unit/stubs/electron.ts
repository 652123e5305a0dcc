// Node cannot load the real `electron` package without its binary (it tries to download it).
// Unit tests get this stub instead (vitest alias); they inject recording fakes where it matters.
export const ipcMain = undefined;
export const ipcRenderer = undefined;
export const contextBridge = undefined;
export default {};
