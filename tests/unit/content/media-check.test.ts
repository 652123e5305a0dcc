import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findImageRefs, isInside, refuseMediaPath } from '../../../src/main/content/media-check';

describe('refuseMediaPath', () => {
  it.each([['media/photo.jpg'], ['media/sub dir/фото.jpg'], ['media/..photo.jpg'], ['media/a.PNG'], ['media/x.webp']])(
    'accepts %j',
    (src) => expect(refuseMediaPath(src)).toBeNull(),
  );

  it.each([
    ['http://example.com/a.jpg', /is a URL/],
    ['https://example.com/a.jpg', /is a URL/],
    ['app://chery/media/a.jpg', /is a URL/],
    ['file:///C:/a.jpg', /is a URL/],
    ['data:image/png;base64,AAAA', /is a URL/],
    ['/etc/passwd', /escapes the pack \(absolute path\)/],
    ['\\\\server\\share\\a.jpg', /escapes the pack \(absolute path\)/],
    ['C:\\Users\\a.jpg', /escapes the pack \(absolute path\)/],
    ['c:/a.jpg', /escapes the pack \(absolute path\)/],
    ['media\\a.jpg', /contains a backslash/],
    ['../a.jpg', /escapes the pack \("\.\." in the path\)/],
    ['media/../../a.jpg', /escapes the pack/],
    ['media/..', /escapes the pack/],
    ['media/a\0.jpg', /NUL/],
    ['./media/photo.jpg', /outside the pack's media\/ folder/],
    ['photos/dot.png', /outside the pack's media\/ folder/],
    ['dot.png', /outside the pack's media\/ folder/],
    ['media', /outside the pack's media\/ folder/],
    ['media/a#b.png', /contains "#" or "\?"/],
    ['media/a.png?x=1', /contains "#" or "\?"/],
    ['media//a.png', /empty or "\." folder name/],
    ['media/./a.png', /empty or "\." folder name/],
    ['media/a\n.png', /control character/],
    ['media/page.html', /not an image type/],
    ['media/evil.js', /not an image type/],
    ['media/evil.svg', /not an image type/],
    ['media/clip.mp4', /not an image type/],
    ['media/.png', /not an image type/],
    ['media/noext', /not an image type/],
  ])('refuses %j', (src, message) => expect(refuseMediaPath(src)).toMatch(message));
});

describe('findImageRefs', () => {
  it('finds every image visual with the JSON path of its src, and nothing else', () => {
    const raw = {
      slides: [
        { type: 'title' },
        { visual: { kind: 'illustration', name: 'medal' } },
        { visual: { kind: 'image', src: 'media/a.jpg' } },
        { pins: [{ kind: 'headquarters' }], extra: { deep: [{ kind: 'image', src: 'media/b.jpg' }] } },
        { visual: { kind: 'image', src: 42 } },
      ],
    };
    expect(findImageRefs(raw)).toEqual([
      { path: 'slides[2].visual.src', src: 'media/a.jpg' },
      { path: 'slides[3].extra.deep[0].src', src: 'media/b.jpg' },
    ]);
    expect(findImageRefs(null)).toEqual([]);
  });
});

describe('isInside', () => {
  const root = path.resolve('/packs/p');
  it.each([
    [root, true],
    [path.join(root, 'media/a.jpg'), true],
    [path.join(root, '..foo'), true],
    [path.resolve('/packs/p2/a.jpg'), false],
    [path.resolve('/packs/a.jpg'), false],
    [path.resolve('/etc/passwd'), false],
  ])('%s → %s', (target, inside) => expect(isInside(root, target)).toBe(inside));
});
