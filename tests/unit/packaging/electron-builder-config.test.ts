/**
 * electron-builder.yml is only exercised for real on a release CI with internet, so its shape is
 * checked here: against electron-builder's own JSON schema (shipped in app-builder-lib) and for the
 * targets, installer options and release fuses the issue asks for.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { builderArgs } from '../../../scripts/dist';
import { ROOT, loadBuilderConfig, targetNames } from './builder-config';

const schema = JSON.parse(readFileSync(resolve(ROOT, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object;
// strict: false because the schema uses annotations ajv's strict mode does not know (e.g. "tsType").
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const config = loadBuilderConfig();

describe('electron-builder.yml against electron-builder’s schema', () => {
  it('validates', () => {
    const ok = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects a misspelt option (the validator is not vacuous)', () => {
    const broken = { ...config, nsis: { ...config.nsis, oneclick: false } };
    expect(validate(broken)).toBe(false);
  });
});

describe('identity and contents', () => {
  it('names the app and writes installers to dist/', () => {
    expect(config.productName).toBe('Chery Showcase');
    expect(config.appId).toMatch(/^[a-z][a-z0-9]*(\.[a-z][a-z0-9]*)+$/);
    expect(config.directories?.output).toBe('dist');
  });

  it('packs only the build output into an asar archive', () => {
    expect(config.asar).toBe(true);
    const included = (config.files ?? []).filter((p) => !p.startsWith('!'));
    expect(included.sort()).toEqual(['out/**', 'package.json']);
  });

  it('uses the one 1024×1024 icon drawn in build/', () => {
    const png = readFileSync(resolve(ROOT, 'build/icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height are big-endian uint32 at byte offsets 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
    for (const platform of [config.win, config.mac, config.linux]) expect(platform?.icon).toBe('build/icon.png');
  });
});

describe('targets', () => {
  it('builds an assisted NSIS installer for Windows with a per-machine option', () => {
    expect(targetNames(config.win?.target)).toEqual(['nsis:x64']);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false, // with oneClick false: the installer asks "just me" or "all users"
      allowElevation: true,
      allowToChangeInstallationDirectory: true,
      createDesktopShortcut: true,
    });
  });

  it('keeps user data on upgrade and uninstall', () => {
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
  });

  it('builds a dmg for Intel and Apple silicon Macs', () => {
    expect(targetNames(config.mac?.target).sort()).toEqual(['dmg:arm64', 'dmg:x64']);
    expect(config.mac?.category).toMatch(/^public\.app-category\./);
  });

  it('builds an AppImage and a deb for Linux', () => {
    expect(targetNames(config.linux?.target).sort()).toEqual(['AppImage:x64', 'deb:x64']);
    expect(config.linux?.category).toBeTruthy();
    // fpm refuses to build a .deb without a maintainer.
    expect(config.linux?.maintainer).toMatch(/<[^@\s]+@[^>\s]+>/);
  });
});

describe('release fuses', () => {
  const fuses = config.electronFuses ?? {};

  it.each([
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
    ['enableCookieEncryption', true],
    ['grantFileProtocolExtraPrivileges', false],
  ])('%s is %s', (fuse, expected) => {
    expect(fuses[fuse]).toBe(expected);
  });

  it('the release build passes no fuse override', () => {
    const args = builderArgs(['--linux'], {});
    expect(args.filter((a) => a.startsWith('-c.'))).toEqual([]);
    expect(args).toEqual(expect.arrayContaining(['--config', 'electron-builder.yml', '--publish', 'never', '--linux']));
  });

  it('SHOWCASE_E2E_BUILD=1 turns on the inspect fuse only, and builds to a separate folder', () => {
    const overrides = builderArgs(['--dir'], { SHOWCASE_E2E_BUILD: '1' }).filter((a) => a.startsWith('-c.'));
    expect(overrides).toEqual([
      '-c.electronFuses.enableNodeCliInspectArguments=true',
      '-c.directories.output=dist/e2e',
    ]);
  });
});
