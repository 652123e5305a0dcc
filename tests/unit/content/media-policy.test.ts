import { describe, expect, it } from 'vitest';
import { imageTypeOf, sniffImageType } from '../../../src/shared/media-policy';
import { DOT_PNG } from '../../support/make-pack';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('sniffImageType: the first bytes must prove the type', () => {
  it.each([
    ['a real PNG', DOT_PNG, 'image/png'],
    ['JPEG (JFIF)', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'), 'image/jpeg'],
    ['GIF89a', bytes('GIF89a', [1, 0, 1, 0]), 'image/gif'],
    ['GIF87a', bytes('GIF87a'), 'image/gif'],
    ['WebP', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
    ['AVIF (major brand)', bytes([0, 0, 0, 0x1c], 'ftypavif', [0, 0, 0, 0], 'mif1miaf'), 'image/avif'],
    ['AVIF (compatible brand)', bytes([0, 0, 0, 0x1c], 'ftypmif1', [0, 0, 0, 0], 'avifmiaf'), 'image/avif'],
  ])('%s', (_name, head, type) => expect(sniffImageType(head)).toBe(type));

  it.each([
    ['text', bytes('This is text with a .png name')],
    ['HTML', bytes('<!doctype html><script>')],
    ['SVG', bytes('<svg xmlns="http://www.w3.org/2000/svg">')],
    ['JavaScript', bytes('window.showcase.exit()')],
    ['a truncated PNG signature', DOT_PNG.subarray(0, 7)],
    ['RIFF that is not WebP (WAV)', bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt ')],
    ['an MP4 (ftyp, not avif)', bytes([0, 0, 0, 0x18], 'ftypisom', [0, 0, 0, 0], 'isomavc1')],
    ['an avif brand outside the ftyp box', bytes([0, 0, 0, 0x10], 'ftypisom', [0, 0, 0, 0], 'avif')],
    ['empty', new Uint8Array()],
  ])('refuses %s', (_name, head) => expect(sniffImageType(head)).toBeNull());
});

describe('imageTypeOf', () => {
  it('maps image extensions, case-insensitively, and nothing else', () => {
    expect(imageTypeOf('media/a.PNG')).toBe('image/png');
    expect(imageTypeOf('media/a.jpeg')).toBe('image/jpeg');
    expect(imageTypeOf('media/a.jpg')).toBe('image/jpeg');
    expect(imageTypeOf('media/a.avif')).toBe('image/avif');
    for (const src of ['media/a.html', 'media/a.svg', 'media/a.js', 'media/.png', 'media/png', 'media/a.png.html'])
      expect(imageTypeOf(src), src).toBeNull();
  });
});
