/**
 * The release workflow only runs on a public CI, so its essentials are pinned here: the three
 * operating systems, tests before installers, Xvfb for Electron on Linux, the signing secrets and
 * the clean skip when they are absent.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './builder-config';

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  jobs: Record<string, { strategy?: { matrix?: { include?: Array<Record<string, string>> } }; steps: Step[] }>;
}

const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const workflow = yaml.load(readFileSync(resolve(ROOT, '.github/workflows/release.yml'), 'utf8')) as Workflow;
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

  it('uses Node 20 and a clean install', () => {
    const setupNode = steps.find((s) => s.uses?.startsWith('actions/setup-node'));
    expect(String(setupNode?.with?.['node-version'])).toBe('20');
    expect(indexOfRun('npm ci')).toBeGreaterThanOrEqual(0);
  });

  it('runs npm test and the Electron suite (under Xvfb on Linux) before building installers', () => {
    const build = indexOfRun('npm run "dist:');
    expect(build).toBeGreaterThan(0);
    expect(indexOfRun('npm test')).toBeGreaterThanOrEqual(0);
    expect(indexOfRun('npm test')).toBeLessThan(build);
    const xvfb = steps.findIndex((s) => s.run?.includes('xvfb-run -a npm run test:electron'));
    expect(steps[xvfb]?.if).toContain('Linux');
    expect(xvfb).toBeLessThan(build);
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
