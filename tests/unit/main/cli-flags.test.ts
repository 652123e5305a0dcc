import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestName, parseFlags } from '../../../src/main/cli-flags';
import { Settings } from '../../../src/shared/settings.schema';

describe('parseFlags', () => {
  it('reads every flag, with separate and inline values', () => {
    const { flags, problems } = parseFlags([
      '--mode',
      'present',
      '--content=/srv/pack',
      '--idle-seconds',
      '30',
      '--locale=ru',
      '--screen',
      '1',
      '--reduced-motion',
      '--set-pin',
    ]);
    expect(problems).toEqual([]);
    expect(flags).toEqual({
      mode: 'present',
      contentDir: resolve('/srv/pack'),
      idleSeconds: 30,
      locale: 'ru',
      display: 1,
      reducedMotion: true,
      setPin: true,
    });
  });

  it('resolves a relative --content against the working directory', () => {
    expect(parseFlags(['--content', 'my-pack']).flags.contentDir).toBe(resolve('my-pack'));
  });

  it('gives nothing for no flags, and ignores positionals such as the app path', () => {
    expect(parseFlags([])).toEqual({ flags: {}, problems: [] });
    expect(parseFlags(['.', 'C:\\Program Files\\Chery Showcase\\app.asar'])).toEqual({ flags: {}, problems: [] });
  });

  it("silently ignores Chromium's and Node's switches", () => {
    const argv = [
      '--no-sandbox',
      '--inspect',
      '--inspect=9229',
      '--remote-debugging-port=9222',
      '--enable-logging',
      '--disable-gpu',
      '--display=:0',
      '--lang=de',
      '-psn_0_12345',
      '--mode=window',
    ];
    expect(parseFlags(argv)).toEqual({ flags: { mode: 'window' }, problems: [] });
  });

  it('drops a bad value with a Problem naming the flag, keeping the good ones', () => {
    const { flags, problems } = parseFlags(['--idle-seconds', '2', '--mode', 'fast', '--locale', 'de']);
    expect(flags).toEqual({ locale: 'de' });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ file: 'command line', path: '--idle-seconds', severity: 'error' });
    expect(problems[0].message).toMatch(/"2".*5/);
    expect(problems[1]).toMatchObject({ path: '--mode' });
    expect(problems[1].message).toMatch(/kiosk/);
  });

  it('rejects numbers that are not whole numbers', () => {
    for (const bad of ['', 'abc', '1e2', '30.5', '0x1e', ' ']) {
      const { flags, problems } = parseFlags([`--idle-seconds=${bad}`]);
      expect(flags).toEqual({});
      expect(problems.map((p) => p.path)).toEqual(['--idle-seconds']);
    }
  });

  it('does not let a flag without its value swallow the next flag', () => {
    const { flags, problems } = parseFlags(['--mode', '--reduced-motion']);
    expect(flags).toEqual({ reducedMotion: true });
    expect(problems).toMatchObject([{ path: '--mode', message: 'needs a value' }]);
    expect(parseFlags(['--screen']).problems).toMatchObject([{ path: '--screen', message: 'needs a value' }]);
  });

  it('--screen N picks the audience display (stored as the `display` setting), both spellings', () => {
    expect(parseFlags(['--screen', '2'])).toEqual({ flags: { display: 2 }, problems: [] });
    expect(parseFlags(['--screen=0'])).toEqual({ flags: { display: 0 }, problems: [] });
    expect(parseFlags(['--screen=two']).problems).toMatchObject([{ path: '--screen', severity: 'error' }]);
  });

  it('--display is Chromium\'s X11 switch: never ours, and a number gets "did you mean --screen"', () => {
    for (const argv of [['--display=1'], ['--display', '1'], ['--display']]) {
      const { flags, problems } = parseFlags(argv);
      expect(flags, argv.join(' ')).toEqual({});
      expect(problems, argv.join(' ')).toMatchObject([{ path: '--display', severity: 'warning' }]);
      expect(problems[0].message).toMatch(/Chromium.*did you mean --screen\?/);
    }
    // Its value is glued on with `=`: a bare --display does not swallow the flag after it.
    expect(parseFlags(['--display', '--mode=present']).flags).toEqual({ mode: 'present' });
    // Control: the flag that is ours takes the same value.
    expect(parseFlags(['--screen=1']).flags).toEqual({ display: 1 });
  });

  it('an X display name (--display=:0, host:1.0) is Chromium business and passes silently', () => {
    for (const value of [':0', ':1', ':0.1', 'localhost:10.0']) {
      expect(parseFlags([`--display=${value}`, '--mode=kiosk'])).toEqual({ flags: { mode: 'kiosk' }, problems: [] });
    }
  });

  it('switches accept =true / =false and reject other values', () => {
    expect(parseFlags(['--reduced-motion=false']).flags).toEqual({ reducedMotion: false });
    expect(parseFlags(['--reduced-motion=true']).flags).toEqual({ reducedMotion: true });
    expect(parseFlags(['--set-pin=1234']).problems).toMatchObject([{ path: '--set-pin', severity: 'error' }]);
  });

  it('the last occurrence wins; `--` ends the options', () => {
    expect(parseFlags(['--mode=kiosk', '--mode=present']).flags).toEqual({ mode: 'present' });
    expect(parseFlags(['--mode=kiosk', '--', '--mode=present']).flags).toEqual({ mode: 'kiosk' });
  });

  it('warns about near-misses of our flags, without failing', () => {
    const { flags, problems } = parseFlags(['--idle-secs', '30', '--modes=kiosk', '--reduce-motion']);
    expect(flags).toEqual({});
    expect(problems.map((p) => [p.path, p.severity, p.message.match(/did you mean (\S+)\?/)?.[1]])).toEqual([
      ['--idle-secs', 'warning', '--idle-seconds'],
      ['--modes', 'warning', '--mode'],
      ['--reduce-motion', 'warning', '--reduced-motion'],
    ]);
  });

  it('property: never throws, and every flag it returns is valid for the settings schema', () => {
    const token = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '--mode',
        '--content',
        '--idle-seconds',
        '--locale',
        '--screen',
        '--display',
        '--reduced-motion',
        '--set-pin',
        '--',
      ),
      fc
        .tuple(fc.constantFrom('--mode=', '--idle-seconds=', '--screen=', '--display=', '--locale='), fc.string())
        .map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), (argv) => {
        const { flags } = parseFlags(argv);
        const settings: Record<string, unknown> = { ...flags };
        delete settings.setPin;
        expect(() => Settings.parse(settings)).not.toThrow();
      }),
    );
  });
});

describe('closestName', () => {
  it('suggests only plausible typos', () => {
    expect(closestName('--lcoale', ['--locale', '--mode'])).toBe('--locale');
    expect(closestName('--no-sandbox', ['--locale', '--mode', '--set-pin'])).toBeNull();
  });
});
