/**
 * .github/workflows/ci.yml only runs on a public CI (the Electron binary cannot be downloaded on
 * the development machines), so its essentials are pinned here: push and pull_request, three
 * systems, a Node Electron accepts, the binary step, npm test, the Electron suite through its own
 * script under Xvfb,
 * and the Electron suite once more against a packaged e2e `--dir` build.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builderArgs } from '../../../scripts/dist';
import { loadBuilderConfig, ROOT } from './builder-config';
import { electronNodeMinimum, indexOfRun, indexOfStep, loadWorkflow, nodeVersionMeets } from './workflow';

const workflow = loadWorkflow('ci.yml');
const jobs = Object.values(workflow.jobs);
const job = jobs[0];
const steps = job.steps;
const include = job.strategy?.matrix?.include ?? [];
const packageName = (JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { name: string }).name;

describe('.github/workflows/ci.yml', () => {
  it('runs on every push and pull request, in one job over Windows, macOS and Ubuntu', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    expect(jobs).toHaveLength(1);
    expect(job['runs-on']).toBe('${{ matrix.os }}');
    expect(include.map((i) => i.os)).toEqual(['windows-latest', 'macos-latest', 'ubuntu-latest']);
  });

  it('sets up a Node that Electron accepts (engines of node_modules/electron)', () => {
    const setupNode = steps.filter((s) => s.uses?.startsWith('actions/setup-node'));
    expect(setupNode).toHaveLength(1);
    const version = String(setupNode[0].with?.['node-version']);
    expect(version).toBe('22');
    expect(nodeVersionMeets(version, electronNodeMinimum())).toBe(true);
    // The check itself can fail: Node 20 (the old release.yml) and 22.11 do not meet Electron 45's 22.12.
    expect(nodeVersionMeets('20', [22, 12])).toBe(false);
    expect(nodeVersionMeets('22.11', [22, 12])).toBe(false);
  });

  it('installs cleanly, runs the binary step, then npm test with the Electron suite required', () => {
    const ci = indexOfRun(steps, 'npm ci');
    const binary = indexOfRun(steps, 'scripts/ensure-electron.ts');
    const test = indexOfStep(steps, /\bnpm test\b/);
    expect(ci).toBeGreaterThanOrEqual(0);
    expect(binary).toBeGreaterThan(ci);
    expect(test).toBeGreaterThan(binary);
    // A missing binary fails the Electron suite here instead of skipping it.
    expect(job.env?.REQUIRE_ELECTRON).toBe('1');
  });

  it('runs npm test without the Electron project, then the Electron suite through its own script (Xvfb on Linux)', () => {
    const tests = steps.filter((s) => /\bnpm test\b/.test(s.run ?? ''));
    expect(tests.map((s) => [s.if, s.run, s.env?.SHOWCASE_TEST_SKIP_ELECTRON])).toEqual([[undefined, 'npm test', '1']]);
    const electron = steps.filter((s) => /npm run test:electron/.test(s.run ?? ''));
    expect(electron.map((s) => [s.if, s.run])).toEqual([
      ["runner.os == 'Linux'", 'xvfb-run -a npm run test:electron'],
      ["runner.os != 'Linux'", 'npm run test:electron'],
    ]);
    for (const step of electron) expect(steps.indexOf(step)).toBeGreaterThan(steps.indexOf(tests[0]));
    expect(indexOfRun(steps, 'apt-get install -y xvfb')).toBeLessThan(indexOfStep(steps, /xvfb-run -a npm run test:electron/));
  });

  it('then builds a packaged --dir e2e build into dist/e2e', () => {
    const build = steps[indexOfRun(steps, 'npm run dist -- --dir')];
    expect(build).toBeDefined();
    expect(build.env?.SHOWCASE_E2E_BUILD).toBe('1');
    expect(indexOfRun(steps, 'npm run dist -- --dir')).toBeGreaterThan(indexOfStep(steps, /\bnpm test\b/));
    // scripts/dist.ts is what makes it an e2e build: inspect fuse on, output in dist/e2e.
    expect(builderArgs(['--dir'], { SHOWCASE_E2E_BUILD: '1' })).toEqual(
      expect.arrayContaining(['-c.electronFuses.enableNodeCliInspectArguments=true', '-c.directories.output=dist/e2e']),
    );
  });

  it('runs the Electron suite once more against the packaged executable (under Xvfb on Linux)', () => {
    const build = indexOfRun(steps, 'npm run dist -- --dir');
    const packaged = steps.filter((s) => s.env?.SHOWCASE_E2E_APP !== undefined);
    expect(packaged.map((s) => [s.if, s.run, s.env?.SHOWCASE_E2E_APP])).toEqual([
      ["runner.os == 'Linux'", 'xvfb-run -a npx playwright test --project=electron', '${{ matrix.e2e-app }}'],
      ["runner.os != 'Linux'", 'npx playwright test --project=electron', '${{ matrix.e2e-app }}'],
    ]);
    for (const step of packaged) expect(steps.indexOf(step)).toBeGreaterThan(build);
  });

  it("names each system's packaged executable where electron-builder writes it", () => {
    const product = loadBuilderConfig().productName;
    expect(product).toBe('Chery Showcase');
    // electron-builder: <platform>-unpacked/ for Windows and Linux; mac-<arch>/ for a non-x64 Mac
    // (macos-latest runs arm64); the Linux executable is the package name.
    expect(Object.fromEntries(include.map((i) => [i.os, i['e2e-app']]))).toEqual({
      'windows-latest': `dist/e2e/win-unpacked/${product}.exe`,
      'macos-latest': `dist/e2e/mac-arm64/${product}.app/Contents/MacOS/${product}`,
      'ubuntu-latest': `dist/e2e/linux-unpacked/${packageName}`,
    });
  });
});
