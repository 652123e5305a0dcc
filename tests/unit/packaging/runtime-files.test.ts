/**
 * Every file the app reads at run time must reach the installed app: the content pack and the
 * default settings as extraResources (under process.resourcesPath, where main looks for them),
 * fonts and map data through the renderer's Vite bundle, and every package main `require`s must
 * survive the node_modules exclusions in electron-builder.yml.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Settings } from '../../../src/shared/settings.schema';
import { ROOT, extraResourceDestination, loadBuilderConfig, passesFilter } from './builder-config';

const config = loadBuilderConfig();
const extraResources = config.extraResources ?? [];

/** Repo file → where main expects it under process.resourcesPath when packaged. */
const RUNTIME_FILES: ReadonlyArray<readonly [string, string]> = [
  ['resources/content/chery-global-2020/deck.json', 'content/chery-global-2020/deck.json'],
  ['resources/settings.default.json', 'settings.default.json'],
];

/** All files under a repo folder, as repo-relative forward-slash paths. */
function walk(repoDir: string): string[] {
  const abs = resolve(ROOT, repoDir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs).flatMap((name) => {
    const child = `${repoDir}/${name}`;
    return statSync(resolve(ROOT, child)).isDirectory() ? walk(child) : [child];
  });
}

describe('extraResources', () => {
  it.each(RUNTIME_FILES)('%s exists and is bundled as <resources>/%s', (source, destination) => {
    expect(existsSync(resolve(ROOT, source)), `${source} is missing`).toBe(true);
    expect(extraResourceDestination(extraResources, source)).toBe(destination);
  });

  it('bundles every file of the pack, media included', () => {
    const files = walk('resources/content/chery-global-2020');
    expect(files.length).toBeGreaterThan(0);
    const missing = files.filter((f) => extraResourceDestination(extraResources, f) === null);
    expect(missing).toEqual([]);
  });

  it('ships the deck JSON Schema next to the pack, for exhibitors writing their own', () => {
    expect(extraResourceDestination(extraResources, 'resources/content/deck.schema.json')).toBe(
      'content/deck.schema.json',
    );
  });

  it('does not bundle files from outside resources/', () => {
    for (const stray of ['src/shared/settings.schema.ts', 'tests/fixtures/x/deck.json', 'package.json']) {
      expect(extraResourceDestination(extraResources, stray)).toBeNull();
    }
  });
});

describe('resources/settings.default.json', () => {
  const raw = JSON.parse(readFileSync(resolve(ROOT, 'resources/settings.default.json'), 'utf8')) as Record<
    string,
    unknown
  >;

  it('is exactly the Settings schema defaults, every key spelled out (but the legacy operatorPin)', () => {
    expect(raw).toEqual(Settings.parse({}));
    const keys = Object.keys(Settings.shape).filter((key) => key !== 'operatorPin');
    expect(Object.keys(raw).sort()).toEqual(keys.sort());
  });

  it('ships no operator PIN (it lives in its own file in user data, src/main/pin-store.ts)', () => {
    expect(raw).not.toHaveProperty('operatorPin');
  });
});

describe('fonts and map data travel in the renderer bundle', () => {
  const sources = walk('src/renderer').filter((f) => /\.(ts|tsx|css)$/.test(f));
  const text = sources.map((f) => readFileSync(resolve(ROOT, f), 'utf8')).join('\n');

  it('the renderer imports its fonts from @fontsource', () => {
    // By script import, CSS @import, or a CSS url() (styles/fonts.css declares the faces).
    expect(text).toMatch(
      /import\s+(?:[\w$]+\s+from\s+)?['"]@fontsource\/[^'"]+['"]|@import\s+['"]@fontsource\/|url\(\s*['"]?@fontsource\//,
    );
  });

  it('the renderer imports its map from world-atlas', () => {
    expect(text).toMatch(/from\s+['"]world-atlas\/[^'"]+['"]|import\(\s*['"]world-atlas\//);
  });

  const assets = resolve(ROOT, 'out/renderer/assets');
  it.runIf(existsSync(assets))('the built renderer contains the font files and the map topology', () => {
    const names = readdirSync(assets);
    expect(names.some((n) => n.endsWith('.woff2'))).toBe(true);
    // Vite turns a JSON import into a JS module (or a file, with ?url): look for the topology either way.
    const hasMap = names.some(
      (n) =>
        /(land|countries)-\d+m/.test(n) ||
        (/\.(js|json)$/.test(n) && readFileSync(join(assets, n), 'utf8').includes('Topology')),
    );
    expect(hasMap).toBe(true);
  });
});

/** Bare package names a built bundle loads at run time (require, import, dynamic import). */
function bareImports(code: string): string[] {
  const found = new Set<string>();
  // Comment lines load nothing (bundled libraries quote `import … from "pkg"` in their docs).
  code = code
    .split('\n')
    .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line))
    .join('\n');
  // A module specifier right after require( / from / import( / import, on one line.
  const re =
    /(?:\brequire\(\s*|\bfrom\s*|\bimport\(\s*|\bimport\s+)(["'])((?:@[\w.-]+\/)?[\w-][\w.-]*(?:\/[\w./-]*)?)\1/g;
  for (const match of code.matchAll(re)) {
    const spec = match[2];
    const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
    found.add(name);
  }
  return [...found];
}

/**
 * electron-builder always copies production node_modules; only the `!` patterns of `files` can
 * drop a package, so a package ships when none of them matches its files.
 */
function shipsPackage(name: string): boolean {
  const exclusions = (config.files ?? []).filter((p) => p.startsWith('!'));
  return passesFilter(`node_modules/${name}/package.json`, exclusions);
}

const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'electron']);

describe('what the built main and preload load is in the package', () => {
  it('keeps main’s runtime packages and drops the renderer-only ones', () => {
    expect(['electron-log', 'zod'].filter((n) => !shipsPackage(n))).toEqual([]);
    const dropped = [
      '@fontsource/noto-sans-sc',
      'world-atlas',
      'react',
      'react-dom',
      'motion',
      'framer-motion',
      'd3-geo',
    ];
    expect(dropped.filter((n) => shipsPackage(n))).toEqual([]);
    expect(passesFilter('node_modules/@fontsource/noto-sans-sc/files/a.woff2', config.files ?? [])).toBe(false);
  });

  const mainFiles = walk('out/main').filter((f) => /\.(c|m)?js$/.test(f));
  const dependencies = Object.keys(
    (JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { dependencies?: object }).dependencies ?? {},
  );

  it.runIf(mainFiles.length > 0)('main needs only shipped dependencies', () => {
    const needed = mainFiles.flatMap((f) => bareImports(readFileSync(resolve(ROOT, f), 'utf8')));
    const external = [...new Set(needed)].filter((n) => !builtins.has(n) && !n.startsWith('node:'));
    for (const name of external) {
      expect(dependencies, `${name} is not a dependency`).toContain(name);
      expect(shipsPackage(name), `${name} is excluded from the package`).toBe(true);
    }
  });

  const preload = resolve(ROOT, 'out/preload/index.cjs');
  it.runIf(existsSync(preload))('the sandboxed preload loads nothing but electron', () => {
    const external = bareImports(readFileSync(preload, 'utf8')).filter((n) => n !== 'electron');
    expect(external).toEqual([]);
  });
});
