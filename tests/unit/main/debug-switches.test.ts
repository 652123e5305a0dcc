/**
 * A packaged kiosk refuses debugging switches in every spelling Chromium's and Node's parsers
 * accept, and nothing else (our own flags, Chromium's harmless switches, positionals).
 */
import { describe, expect, it } from 'vitest';
import {
  DEBUG_SWITCHES,
  debugStartRefusal,
  debugSwitchRefusal,
  refusedDebugSwitches,
} from '../../../src/main/debug-switches';

const APP = ['C:\\Program Files\\Chery Showcase\\Chery Showcase.exe'];

describe('refusedDebugSwitches', () => {
  it.each([
    ['--remote-debugging-port=9222', '--remote-debugging-port'],
    ['--remote-debugging-port', '--remote-debugging-port'],
    ['--remote-debugging-pipe', '--remote-debugging-pipe'],
    ['--inspect', '--inspect'],
    ['--inspect=0.0.0.0:9229', '--inspect'],
    ['--inspect-brk=9229', '--inspect-brk'],
    ['--inspect-brk-node', '--inspect-brk-node'],
    ['--inspect-port=9230', '--inspect-port'],
    ['--inspect-publish-uid=http', '--inspect-publish-uid'],
    ['--debug', '--debug'],
    ['--debug-brk', '--debug-brk'],
    ['--debug-port=5858', '--debug-port'],
    ['-remote-debugging-port=9222', '--remote-debugging-port'], // Chromium also takes a single dash
    ['--inspect_brk', '--inspect-brk'],
    ['--REMOTE-DEBUGGING-PORT=1', '--remote-debugging-port'],
  ])('refuses %s', (arg, name) => {
    expect(refusedDebugSwitches([...APP, arg], 'linux')).toEqual([name]);
  });

  it('refuses the value-as-next-argument spelling, and each switch once, in order', () => {
    const argv = [...APP, '--inspect', '9229', '--remote-debugging-port', '9222', '--inspect=1'];
    expect(refusedDebugSwitches(argv, 'darwin')).toEqual(['--inspect', '--remote-debugging-port']);
  });

  it('Windows: a slash also starts a switch (Chromium reads /remote-debugging-port)', () => {
    expect(refusedDebugSwitches([...APP, '/remote-debugging-port=9222'], 'win32')).toEqual(['--remote-debugging-port']);
    // On macOS and Linux that is a path, not a switch.
    expect(refusedDebugSwitches(['/remote-debugging-port'], 'linux')).toEqual([]);
  });

  it('scans past `--` (fail closed)', () => {
    expect(refusedDebugSwitches([...APP, '--', '--inspect'], 'linux')).toEqual(['--inspect']);
  });

  it('lets everything else through: our flags, harmless Chromium switches, --js-flags, positionals', () => {
    const argv = [
      ...APP,
      '.',
      '--mode=kiosk',
      '--screen',
      '1',
      '--no-sandbox',
      '--enable-logging',
      '--js-flags=--max-old-space-size=4096',
      '--lang=de',
      '--inspector-is-not-a-switch-of-ours',
      '--remote-debugging-portal',
      'inspect',
      '-psn_0_12345',
    ];
    expect(refusedDebugSwitches(argv, 'win32')).toEqual([]);
  });

  it('control: an exact-match check (argv.includes) misses most of these spellings', () => {
    const spellings = ['--inspect=9229', '-remote-debugging-port=9222', '--Remote-Debugging-Port=1', '/inspect'];
    const exact = (argv: string[]) => argv.filter((a) => DEBUG_SWITCHES.some((n) => a === `--${n}`));
    expect(exact(spellings)).toEqual([]);
    expect(spellings.map((s) => refusedDebugSwitches([s], 'win32'))).toEqual([
      ['--inspect'],
      ['--remote-debugging-port'],
      ['--remote-debugging-port'],
      ['--inspect'],
    ]);
  });
});

describe('debugSwitchRefusal', () => {
  it('is one line naming the switches, no values', () => {
    const line = debugSwitchRefusal(['--inspect', '--remote-debugging-port']);
    expect(line).toBe(
      'refusing to start: debugging switches are not allowed in a packaged build (--inspect, --remote-debugging-port)',
    );
    expect(line).not.toMatch(/\n/);
  });
});

describe('debugStartRefusal', () => {
  const argv = ['/opt/Chery Showcase/chery-showcase', '--remote-debugging-port=9222'];
  it('refuses a packaged start with a debugging switch, naming it', () => {
    expect(debugStartRefusal({ isPackaged: true, e2eBuild: false, argv, platform: 'linux' })).toMatch(
      /refusing to start.*--remote-debugging-port/,
    );
  });
  it('lets development runs and the packaged e2e build through (controls), and a clean packaged start', () => {
    expect(debugStartRefusal({ isPackaged: false, e2eBuild: false, argv, platform: 'linux' })).toBeNull();
    expect(debugStartRefusal({ isPackaged: true, e2eBuild: true, argv, platform: 'linux' })).toBeNull();
    expect(
      debugStartRefusal({ isPackaged: true, e2eBuild: false, argv: argv.slice(0, 1), platform: 'linux' }),
    ).toBeNull();
  });
});
