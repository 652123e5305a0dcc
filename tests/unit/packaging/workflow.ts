/**
 * Reading a GitHub Actions workflow for the packaging tests: the workflows only run on a public
 * CI, so the tests pin their essentials by parsing the YAML (with js-yaml, as GitHub reads YAML 1.2:
 * `on:` stays a string key).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import { ROOT } from './builder-config';

/** One step as the tests read it. */
export interface Step {
  name?: string;
  run?: string;
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

/** One job as the tests read it. */
export interface Job {
  'runs-on'?: string;
  env?: Record<string, string>;
  strategy?: { matrix?: { include?: Array<Record<string, string>> } };
  steps: Step[];
}

/** A workflow file as the tests read it. */
export interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
}

/** Parses `.github/workflows/<file>`. */
export function loadWorkflow(file: string): Workflow {
  return load(readFileSync(resolve(ROOT, '.github/workflows', file), 'utf8')) as Workflow;
}

/** Index of the first step whose `run` contains `fragment` (-1 when none does). */
export function indexOfRun(steps: readonly Step[], fragment: string): number {
  return steps.findIndex((s) => (s.run ?? '').includes(fragment));
}

/** Index of the first step whose `run` matches `pattern` and whose `if` contains `condition`. */
export function indexOfStep(steps: readonly Step[], pattern: RegExp, condition?: string): number {
  return steps.findIndex(
    (s) => pattern.test(s.run ?? '') && (condition === undefined || (s.if ?? '').includes(condition)),
  );
}

/** The lowest Node version Electron's package.json `engines` accepts (">= 22.12.0" → [22, 12]). */
export function electronNodeMinimum(): [number, number] {
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'node_modules/electron/package.json'), 'utf8')) as {
    engines?: { node?: string };
  };
  const match = />=\s*(\d+)\.(\d+)/.exec(pkg.engines?.node ?? '');
  if (!match) throw new Error(`electron's engines.node is not ">= X.Y": ${pkg.engines?.node}`);
  return [Number(match[1]), Number(match[2])];
}

/**
 * Whether setup-node's `node-version` can only install a Node at or above `minimum`. A bare major
 * ("22") or "22.x" installs the newest release of that line, so it qualifies once the line does.
 */
export function nodeVersionMeets(spec: string, [major, minor]: [number, number]): boolean {
  const [specMajor, specMinor] = spec.split('.');
  if (Number(specMajor) !== major) return Number(specMajor) > major;
  return specMinor === undefined || specMinor === 'x' || Number(specMinor) >= minor;
}
