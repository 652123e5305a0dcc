/**
 * The bench's first-slide JS figure (issue 19) counts what the first slide waits for: the entry
 * chunk index.html names and the chunks it imports statically, never a lazy `import()` chunk.
 * And trace costs are summed per kind of work and thread, per frame.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appJsGzip, firstSlideJsGzip } from '../../../scripts/bench/build';
import { costsByKind, type CostEvent } from '../../../scripts/bench/trace-costs';

function build(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'first-slide-js-'));
  mkdirSync(join(dir, 'assets'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('firstSlideJsGzip', () => {
  it('follows static imports from the entry and leaves lazy chunks out', () => {
    const dir = build({
      'index.html': '<script type="module" crossorigin src="./assets/index-a.js"></script>',
      'assets/index-a.js': 'import{a as b}from"./shared-b.js";const m=()=>import("./map-slide-c.js");b(m);',
      'assets/shared-b.js': 'import"./tiny-d.js";export const a=(x)=>x;',
      'assets/tiny-d.js': 'console.log(1)',
      'assets/map-slide-c.js': 'export const MapSlide=1;'.repeat(500),
    });
    const { files, kb } = firstSlideJsGzip(dir);
    expect(files.sort()).toEqual(['assets/index-a.js', 'assets/shared-b.js', 'assets/tiny-d.js']);
    expect(kb).toBeGreaterThan(0);
  });

  it('counts a lazy chunk once the entry imports it statically (the control)', () => {
    const dir = build({
      'index.html': '<script type="module" src="./assets/index-a.js"></script>',
      'assets/index-a.js': 'import{MapSlide}from"./map-slide-c.js";console.log(MapSlide);',
      'assets/map-slide-c.js': 'export const MapSlide=1;',
    });
    expect(firstSlideJsGzip(dir).files.sort()).toEqual(['assets/index-a.js', 'assets/map-slide-c.js']);
  });
});

describe('appJsGzip', () => {
  it('adds the app the entry imports after the first view (main-….js) and its static imports, no other lazy chunk', () => {
    const dir = build({
      'index.html': '<script type="module" src="./assets/index-a.js"></script>',
      'assets/index-a.js': 'const s=()=>import(`./main-m.js`);s();',
      'assets/main-m.js': 'import{r}from"./react-r.js";const p=()=>import("./presenter-p.js");r(p);',
      'assets/react-r.js': 'export const r=(x)=>x;',
      'assets/presenter-p.js': 'export const P=1;',
    });
    expect(firstSlideJsGzip(dir).files).toEqual(['assets/index-a.js']);
    expect(appJsGzip(dir).files.sort()).toEqual(['assets/index-a.js', 'assets/main-m.js', 'assets/react-r.js']);
  });
});

describe('costsByKind', () => {
  it('sums complete events by kind and thread (tile workers as one), per frame', () => {
    const events: CostEvent[] = [
      { name: 'thread_name', ph: 'M', pid: 1, tid: 1, args: { name: 'CrRendererMain' } },
      { name: 'thread_name', ph: 'M', pid: 1, tid: 2, args: { name: 'ThreadPoolForegroundWorker1' } },
      { name: 'thread_name', ph: 'M', pid: 1, tid: 3, args: { name: 'ThreadPoolForegroundWorker2' } },
      { name: 'Paint', ph: 'X', dur: 3000, pid: 1, tid: 1 },
      { name: 'Layout', ph: 'X', dur: 1000, pid: 1, tid: 1 },
      { name: 'RasterTask', ph: 'X', dur: 6000, pid: 1, tid: 2 },
      { name: 'RasterTask', ph: 'X', dur: 4000, pid: 1, tid: 3 },
      { name: 'Paint', ph: 'B', pid: 1, tid: 1 }, // not a complete event: left out
      { name: 'SomethingElse', ph: 'X', dur: 9000, pid: 1, tid: 1 },
    ];
    expect(costsByKind(events, 2)).toEqual([
      { thread: 'ThreadPoolForegroundWorker', kind: 'raster', total_ms: 10, per_frame_ms: 5 },
      { thread: 'CrRendererMain', kind: 'paint', total_ms: 3, per_frame_ms: 1.5 },
      { thread: 'CrRendererMain', kind: 'layout', total_ms: 1, per_frame_ms: 0.5 },
    ]);
  });
});
