/**
 * Holes: the per-visitor bits of a shared page. A page that may be cached is rendered once for everyone
 * with a marker where the visitor's cart count and signed-in bar go; the cache keeps it split at those
 * markers, and each answer is the parts joined with that visitor's bits (src/server/main.ts, or the
 * middleware for a fresh render). A marker carries a random per-process nonce that no answer ever shows,
 * so text in a product or a page (escaped by Astro anyway) cannot name a hole.
 */
import { randomBytes } from 'node:crypto';
import { homeOf } from '../accounts/home.ts';
import type { Role } from '../accounts/users.ts';
import type { Locale } from '../i18n/locales.ts';
import { localePath } from '../i18n/paths.ts';
import { getTranslator } from '../i18n/translate.ts';

export const HOLES = ['account', 'cart'] as const;
export type Hole = (typeof HOLES)[number];

/** What a hole needs to know about the visitor: units in their cart and who is signed in. */
export interface Visitor {
  cartCount: number;
  user: { name: string; role: Role } | null;
}

export const NO_VISITOR: Visitor = { cartCount: 0, user: null };

const NONCE = Symbol.for('ovop.holeNonce');

/** The process's nonce, shared by the front server and Astro's bundle (loaded apart) through globalThis. */
function nonce(): string {
  const g = globalThis as typeof globalThis & { [NONCE]?: string };
  g[NONCE] ??= randomBytes(12).toString('hex');
  return g[NONCE];
}

/** The marker a page renders in place of a hole. */
export function holeMarker(hole: Hole): string {
  return `<!--ovop-hole:${nonce()}:${hole}-->`;
}

/**
 * A rendered page cut at its holes: parts.length === holes.length + 1. The parts are views of `body`, the
 * page with every hole empty, which is also what a visitor without a session sees: no bytes are held twice.
 */
export interface HoledPage {
  body: Buffer;
  parts: Buffer[];
  holes: Hole[];
}

/** A rendered page cut at its holes, not yet copied: the parts are views of the rendered bytes. */
export interface CutPage {
  parts: Buffer[];
  holes: Hole[];
}

/**
 * Cuts a page at this process's markers; a page without any has one part. The page is taken as the bytes the
 * render produced (a string is encoded first): the markers are ASCII, which in UTF-8 never occurs inside
 * another character's bytes, so they are found in the bytes and the page is never decoded and encoded again.
 * The parts are views of those bytes: a page answered and not kept is never copied.
 */
export function cutHoles(html: Uint8Array | string): CutPage {
  const page =
    typeof html === 'string' ? Buffer.from(html) : Buffer.from(html.buffer, html.byteOffset, html.byteLength);
  const prefix = Buffer.from(`<!--ovop-hole:${nonce()}:`);
  const parts: Buffer[] = [];
  const holes: Hole[] = [];
  let from = 0;
  for (let at = page.indexOf(prefix); at !== -1; at = page.indexOf(prefix, from)) {
    const nameStart = at + prefix.length;
    const end = page.indexOf('-->', nameStart);
    if (end === -1) break;
    const name = page.toString('latin1', nameStart, end) as Hole;
    if (!HOLES.includes(name)) break;
    parts.push(page.subarray(from, at));
    holes.push(name);
    from = end + 3;
  }
  parts.push(page.subarray(from));
  return { parts, holes };
}

/** A page cut at its holes and made compact to be kept: one copy without the markers, the parts views of it. */
export function splitHoles(html: Uint8Array | string): HoledPage {
  return compactHoles(cutHoles(html));
}

/** A cut page as it is kept: one copy of its parts (the page without markers), the parts views of that copy. */
export function compactHoles({ parts: pieces, holes }: CutPage): HoledPage {
  const body = pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces);
  const parts: Buffer[] = [];
  let offset = 0;
  for (const piece of pieces) {
    parts.push(body.subarray(offset, offset + piece.byteLength));
    offset += piece.byteLength;
  }
  return { body, parts, holes };
}

/**
 * A rendered response's bytes as the render made them: Astro encodes a page once, so its body is one chunk,
 * taken as it is. `Response.arrayBuffer()` copied it twice (gathering the chunks, then into a new buffer),
 * and on a fresh page those copies were most of the memory outside the JavaScript heap a request allocated,
 * which is what set off most full garbage collections (decision 76).
 */
export async function responseBytes(response: Response): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value);
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** The signed-in bar above the header: the account's name, its area and a sign-out button. */
export function accountBarHtml(user: Visitor['user'], locale: Locale): string {
  if (!user) return '';
  const t = getTranslator(locale);
  const area = t(user.role === 'producer' ? 'area.producer' : 'area.staff');
  return (
    `<div class="account"><div class="wrap account-bar">` +
    `<span>${escapeHtml(t('account.signed_in_as', { name: user.name }))}</span>` +
    `<a href="${escapeHtml(homeOf(user.role, locale))}">${escapeHtml(area)}</a>` +
    `<form method="post" action="${escapeHtml(localePath(locale, '/account/sign-out'))}">` +
    `<button type="submit" class="linkish">${escapeHtml(t('account.sign_out'))}</button></form>` +
    `</div></div>`
  );
}

/** The badge on the cart link: the units in the cart, nothing for an empty one. */
export function cartCountHtml(count: number): string {
  return count > 0 ? `<span class="count">${Math.floor(count)}</span>` : '';
}

/** The cart badge's bytes for the counts most carts have, made once. */
const CART_BADGES = Array.from({ length: 100 }, (_, count) => Buffer.from(cartCountHtml(count)));

function holeBytes(hole: Hole, visitor: Visitor, locale: Locale): Buffer {
  if (hole === 'cart') {
    const count = visitor.cartCount;
    return CART_BADGES[count] ?? Buffer.from(cartCountHtml(count));
  }
  return Buffer.from(accountBarHtml(visitor.user, locale));
}

/** A cut page as this visitor sees it, as the pieces to write in order (no copy of the shared parts). */
export function visitorChunks(page: CutPage, visitor: Visitor, locale: Locale): Buffer[] {
  const chunks: Buffer[] = [page.parts[0]!];
  for (let i = 0; i < page.holes.length; i++) {
    const bits = holeBytes(page.holes[i]!, visitor, locale);
    if (bits.byteLength > 0) chunks.push(bits);
    chunks.push(page.parts[i + 1]!);
  }
  return chunks;
}

/** A kept page as this visitor sees it: its one body when the visitor has nothing to show. */
export function filledChunks(page: HoledPage, visitor: Visitor, locale: Locale): Buffer[] {
  if (page.holes.length === 0 || (visitor.cartCount <= 0 && !visitor.user)) return [page.body];
  return visitorChunks(page, visitor, locale);
}

/**
 * A response of these bytes as they are, with their length: `new Response(bytes)` copies them first, and a
 * page of many pieces would have to be joined into one.
 */
export function chunksResponse(chunks: Uint8Array[], status: number, headers: Headers): Response {
  let length = 0;
  for (const chunk of chunks) length += chunk.byteLength;
  headers.set('content-length', String(length));
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  return new Response(body, { status, headers });
}
