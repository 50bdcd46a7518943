/**
 * Share cards for products without photos: social networks take PNG or JPEG for `og:image`, never SVG,
 * so a product's drawing is rendered once to a 1200 × 630 PNG (the size Facebook, Telegram and X show
 * large) on the drawing's own ground colour, and kept.
 */
import sharp from 'sharp';
import { ILLUSTRATION_REVISION, illustrationSvg, parseIllustrationFile, type Kind, type Tint } from './illustration.ts';

export const SHARE_CARD_WIDTH = 1200;
export const SHARE_CARD_HEIGHT = 630;
/**
 * Cards kept in memory, newest used last. A catalogue uses a few hundred of the 15,000 possible
 * kind × tint × variant cards (16–50 KB each); anyone may ask for the others, so the memo is bounded.
 */
export const SHARE_CARDS_KEPT = 400;

/** Public address of a drawing's share card. */
export function shareCardPath(kind: Kind, tint: Tint, variant: number): string {
  return `/media/share/${kind}-${tint}-${variant}.r${ILLUSTRATION_REVISION}.png`;
}

/** The card a file name asks for (`<kind>-<tint>-<n>.r<revision>.png`), or null for any name the shop does not make. */
export function parseShareCardFile(file: string): { kind: Kind; tint: Tint; variant: number } | null {
  const m = /^(.+)\.png$/.exec(file);
  return m ? parseIllustrationFile(`${m[1]}.svg`) : null;
}

/**
 * The image to put in `og:image` for a product image address: a drawing's share card for a drawing
 * (`/media/illustrations/….svg`), else the address itself (an uploaded photo's WebP/JPEG).
 */
export function shareImageFor(image: string): string {
  const m = /^\/media\/illustrations\/([^/]+)$/.exec(image);
  const drawing = m ? parseIllustrationFile(m[1]!) : null;
  return drawing ? shareCardPath(drawing.kind, drawing.tint, drawing.variant) : image;
}

/** The SVG of a card: the 400 × 400 drawing scaled to the card's height, centred on its ground. */
export function shareCardSvg(kind: Kind, tint: Tint, variant: number): string {
  const drawing = illustrationSvg(kind, tint, variant);
  const ground = /<rect width="400" height="400" fill="(#[0-9a-f]{3,6})"\/>/.exec(drawing)?.[1] ?? '#faf3e6';
  const side = SHARE_CARD_HEIGHT;
  const inner = drawing.replace(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400">',
    `<svg x="${(SHARE_CARD_WIDTH - side) / 2}" y="0" width="${side}" height="${side}" viewBox="0 0 400 400">`,
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_CARD_WIDTH}" height="${SHARE_CARD_HEIGHT}">` +
    `<rect width="${SHARE_CARD_WIDTH}" height="${SHARE_CARD_HEIGHT}" fill="${ground}"/>${inner}</svg>`
  );
}

const cards = new Map<string, Promise<Buffer>>();

/**
 * A card as PNG, rendered on first request and then served from memory (the promise is kept, so
 * requests arriving during the render share it). Full-colour PNG at the strongest zlib level: about
 * 30 ms and 16–50 KB a card; a palette PNG would be half the bytes but take 100–450 ms to quantise, which
 * anyone asking for uncached cards could make the server spend.
 */
export function renderShareCard(kind: Kind, tint: Tint, variant: number): Promise<Buffer> {
  const key = `${kind}-${tint}-${variant}`;
  const hit = cards.get(key);
  if (hit) {
    cards.delete(key);
    cards.set(key, hit);
    return hit;
  }
  const made = sharp(Buffer.from(shareCardSvg(kind, tint, variant)))
    .png({ compressionLevel: 9 })
    .toBuffer();
  made.catch(() => cards.delete(key));
  cards.set(key, made);
  while (cards.size > SHARE_CARDS_KEPT) cards.delete(cards.keys().next().value!);
  return made;
}

/** How many cards are in memory (for tests). */
export function shareCardsKept(): number {
  return cards.size;
}
