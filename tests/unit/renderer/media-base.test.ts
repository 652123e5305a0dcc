import { describe, expect, it } from 'vitest';
import { mediaBase, resolveMedia } from '../../../src/renderer/src/media-base';

describe('mediaBase', () => {
  it('built app: /pack/ of the page origin (app://showcase, or the harness origin)', () => {
    expect(mediaBase('app://showcase/index.html?role=audience', false)).toBe('app://showcase/pack/');
    expect(mediaBase('http://app.local/index.html', false)).toBe('http://app.local/pack/');
  });
  it('npm run dev: the app protocol, never the dev server (which has no pack)', () => {
    expect(mediaBase('http://localhost:5173/index.html', true)).toBe('app://showcase/pack/');
  });
});

describe('resolveMedia', () => {
  it('resolves a pack path against the media base', () => {
    expect(resolveMedia('media/film.mp4', 'app://showcase/pack/')).toBe('app://showcase/pack/media/film.mp4');
  });
  it('null when no URL can be formed (the view shows the placeholder)', () => {
    expect(resolveMedia('media/x.jpg', 'not a base')).toBeNull();
  });
});
