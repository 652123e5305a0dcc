/**
 * Debugging switches a packaged kiosk refuses at start. Anyone who can edit the kiosk's shortcut
 * or autostart entry could otherwise attach a debugger and drive the app (guess the operator
 * PIN at machine speed, exit, change what the screen shows) without touching the screen.
 *
 * - `--remote-debugging-port` / `--remote-debugging-pipe` are Chromium's: Electron opens a
 *   DevTools-protocol server for them in every build, packaged or not, and no fuse turns that off
 *   (electron/electron shell/browser/electron_browser_main_parts.cc, `PreMainMessageLoopRun`:
 *   `StartRemoteDebuggingPipeHandler` / `DevToolsManagerDelegate::StartHttpHandler`; the server
 *   listens on 127.0.0.1, port 0 = any free port when no valid value is given:
 *   shell/browser/ui/devtools_manager_delegate.cc, `CreateSocketFactory`). Through it a local
 *   process can evaluate script in our pages, i.e. call everything the preload exposes.
 * - `--inspect` and friends are Node's. The `EnableNodeCliInspectArguments` fuse, off in our
 *   release builds (electron-builder.yml `electronFuses`), already drops them and the SIGUSR1
 *   inspector (shell/common/node_bindings.cc `IsAllowedOption`: the debug options are allowed
 *   only when `IsNodeCliInspectEnabled()`; `CreateEnvironment` adds
 *   `kNoStartDebugSignalHandler` when it is off). They are refused here too so that a build with
 *   the fuse on by mistake still refuses, and so the refusal is logged rather than silent.
 *
 * Not refused: `--js-flags` (V8 options such as `--max-old-space-size`, which kiosk integrators
 * use for memory tuning; none opens a debugger or a port).
 *
 * The main script runs before `PreMainMessageLoopRun` (electron_browser_main_parts.cc:
 * `PostEarlyInitialization` → `LoadEnvironment`), so checking synchronously at the top of main
 * and calling `app.exit()` stops the app before the DevTools server starts.
 */

/** Switch names (without prefix) that open a debugger. */
export const DEBUG_SWITCHES: readonly string[] = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  // Electron's list of Node debug options (node_bindings.cc, `IsAllowedOption` `debug_options`).
  'inspect',
  'inspect-brk',
  'inspect-brk-node',
  'inspect-port',
  'inspect-publish-uid',
  'debug',
  'debug-brk',
  'debug-port',
];

const DEBUG_SET = new Set(DEBUG_SWITCHES);

/**
 * The switch name an argument sets, as Chromium's command-line parser reads it: prefix `--` or
 * `-` (also `/` on Windows), the value after `=`. Lower-cased (Chromium lower-cases switch names
 * on Windows) and with `_` as `-` (Node accepts both); null for a positional argument.
 */
function switchName(arg: string, platform: NodeJS.Platform): string | null {
  const prefixes = platform === 'win32' ? ['--', '-', '/'] : ['--', '-'];
  const prefix = prefixes.find((p) => arg.startsWith(p) && arg.length > p.length);
  if (prefix === undefined) return null;
  const eq = arg.indexOf('=');
  return arg
    .slice(prefix.length, eq === -1 ? undefined : eq)
    .toLowerCase()
    .replaceAll('_', '-');
}

/**
 * The debugging switches present in `argv` (pass `process.argv`), each once, as `--name`, in the
 * order first seen; empty when there are none. Every spelling counts: `--x`, `--x=1`, `--x 1`,
 * `-x`, `/x` on Windows, any case. Arguments after `--` are scanned too (fail closed).
 */
export function refusedDebugSwitches(argv: readonly string[], platform: NodeJS.Platform): string[] {
  const found: string[] = [];
  for (const arg of argv) {
    const name = switchName(arg, platform);
    if (name !== null && DEBUG_SET.has(name) && !found.includes(`--${name}`)) found.push(`--${name}`);
  }
  return found;
}

/** The one log line for a refused start. */
export function debugSwitchRefusal(switches: readonly string[]): string {
  return `refusing to start: debugging switches are not allowed in a packaged build (${switches.join(', ')})`;
}

/**
 * Why this start must be refused, or null: a packaged build (unless it is the separate e2e build
 * Playwright drives) started with any debugging switch. Development runs keep them.
 */
export function debugStartRefusal(start: {
  isPackaged: boolean;
  e2eBuild: boolean;
  argv: readonly string[];
  platform: NodeJS.Platform;
}): string | null {
  if (!start.isPackaged || start.e2eBuild) return null;
  const switches = refusedDebugSwitches(start.argv, start.platform);
  return switches.length > 0 ? debugSwitchRefusal(switches) : null;
}
