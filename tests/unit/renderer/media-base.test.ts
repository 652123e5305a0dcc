import { describe, expect, it } from 'vitest';
import { mediaBase } from '../../../src/renderer/src/media-base';

describe('mediaBase', () => {
  it('built app: /pack/ of the page origin (app://showcase, or the harness origin)', () => {
    expect(mediaBase('app://showcase/index.html?role=audience', false)).toBe('app://showcase/pack/');
    expect(mediaBase('http://app.local/index.html', false)).toBe('http://app.local/pack/');
  });
  it('npm run dev: the app protocol, never the dev server (which has no pack)', () => {
    expect(mediaBase('http://localhost:5173/index.html', true)).toBe('app://showcase/pack/');
  });
});
