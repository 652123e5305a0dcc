/**
 * The release workflow only runs on a public CI, so its essentials are pinned here: the three
 * operating systems, Node 22, tests (Electron suite included, under Xvfb on Linux) before
 * installers, never an e2e build, the signing secrets and the clean skip when they are absent.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './builder-config';
import { electronNodeMinimum, indexOfStep, loadWorkflow, nodeVersionMeets } from './workflow';

const workflow = loadWorkflow('release.yml');
const job = Object.values(workflow.jobs)[0];
const steps = job.steps;
const runs = steps.map((s) => s.run ?? '');
const indexOfRun = (fragment: string): number => runs.findIndex((r) => r.includes(fragment));
const packageScripts = (
  JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts;

describe('.github/workflows/release.yml', () => {
  it('builds on Windows, macOS and Ubuntu with the matching dist script', () => {
    const include = job.strategy?.matrix?.include ?? [];
    expect(include.map((i) => [i.os, i.platform])).toEqual([
      ['windows-latest', 'win'],
      ['macos-latest', 'mac'],
      ['ubuntu-latest', 'linux'],
    ]);
    for (const { platform } of include) expect(packageScripts[`dist:${platform}`]).toBeDefined();
  });

  it('uses a Node that Electron accepts, a clean install and the binary step', () => {
    const setupNode = steps.find((s) => s.uses?.startsWith('actions/setup-node'));
    const version = String(setupNode?.with?.['node-version']);
    expect(version).toBe('22');
    expect(nodeVersionMeets(version, electronNodeMinimum())).toBe(true);
    expect(indexOfRun('npm ci')).toBeGreaterThanOrEqual(0);
    expect(indexOfRun('scripts/ensure-electron.ts')).toBeGreaterThan(indexOfRun('npm ci'));
  });

  it('runs npm test and then the Electron suite, required, through its own script (under Xvfb on Linux) before building installers', () => {
    const build = indexOfRun('npm run "dist:');
    expect(build).toBeGreaterThan(0);
    expect(job.env?.REQUIRE_ELECTRON).toBe('1');
    const tests = steps.filter((s) => /\bnpm test\b/.test(s.run ?? ''));
    expect(tests.map((s) => [s.if, s.run, s.env?.SHOWCASE_TEST_SKIP_ELECTRON])).toEqual([[undefined, 'npm test', '1']]);
    const electron = steps.filter((s) => /npm run test:electron/.test(s.run ?? ''));
    expect(electron.map((s) => [s.if, s.run])).toEqual([
      ["runner.os == 'Linux'", 'xvfb-run -a npm run test:electron'],
      ["runner.os != 'Linux'", 'npm run test:electron'],
    ]);
    for (const step of [...tests, ...electron]) expect(steps.indexOf(step)).toBeLessThan(build);
    expect(indexOfRun('apt-get install -y xvfb')).toBeLessThan(indexOfStep(steps, /xvfb-run -a npm run test:electron/));
  });

  it('never builds a release with the e2e switch', () => {
    expect(JSON.stringify(workflow)).not.toContain('SHOWCASE_E2E_BUILD');
  });

  it('passes the signing secrets and skips signing cleanly without them', () => {
    const build = steps[indexOfRun('npm run "dist:')];
    for (const name of ['CSC_LINK', 'CSC_KEY_PASSWORD', 'APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID']) {
      expect(build.env?.[name]).toBe(`\${{ secrets.${name} }}`);
    }
    expect(build.run).toContain('CSC_IDENTITY_AUTO_DISCOVERY=false');
  });

  it('uploads the installers and fails when none were produced', () => {
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact'));
    expect(upload?.with?.['if-no-files-found']).toBe('error');
    const paths = (job.strategy?.matrix?.include ?? []).map((i) => i.artifacts).join('\n');
    for (const ext of ['.exe', '.dmg', '.AppImage', '.deb']) expect(paths).toContain(`dist/*${ext}`);
  });
});
