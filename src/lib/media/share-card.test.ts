import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { illustrationPath, isIllustrationPath } from './illustration.ts';
import { parseShareCardFile, renderShareCard, SHARE_CARDS_KEPT, shareCardsKept, shareImageFor } from './share-card.ts';

describe('share cards', () => {
  it('name a drawing’s card, and leave a photo’s address alone', () => {
    expect(shareImageFor(illustrationPath('honey-jar', 'cream', 3))).toBe('/media/share/honey-jar-cream-3.r1.png');
    expect(shareImageFor('/media/photos/abc-640.webp')).toBe('/media/photos/abc-640.webp');
    expect(shareImageFor('/media/illustrations/unknown-kind-1.r1.svg')).toBe(
      '/media/illustrations/unknown-kind-1.r1.svg',
    );
    expect(isIllustrationPath(illustrationPath('kalpak', 'plain', 0))).toBe(true);
    expect(isIllustrationPath('/media/photos/abc-640.webp')).toBe(false);
    expect(parseShareCardFile('honey-jar-cream-3.r1.png')).toEqual({ kind: 'honey-jar', tint: 'cream', variant: 3 });
    for (const bad of ['honey-jar-cream-3.r1.svg', 'honey-jar-cream-32.r1.png', '../x.png', 'honey-jar-cream-3.png'])
      expect(parseShareCardFile(bad), bad).toBeNull();
  });
  it('render a 1200 × 630 PNG once and then answer from memory, keeping a bounded number', async () => {
    const first = await renderShareCard('kalpak', 'plain', 7);
    const meta = await sharp(first).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    expect(first.length).toBeLessThan(80_000);
    const started = performance.now();
    expect(await renderShareCard('kalpak', 'plain', 7)).toBe(first);
    expect(performance.now() - started).toBeLessThan(5);
    expect(shareCardsKept()).toBeLessThanOrEqual(SHARE_CARDS_KEPT);
  });
});
