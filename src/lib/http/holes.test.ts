import { describe, expect, it } from 'vitest';
import {
  filledChunks,
  holeMarker,
  NO_VISITOR,
  responseBytes,
  splitHoles,
  type HoledPage,
  type Visitor,
} from './holes.ts';
import type { Locale } from '../i18n/locales.ts';

/** The page as this visitor sees it, joined (the servers write the chunks as they are). */
function fillHoles(page: HoledPage, visitor: Visitor, locale: Locale): Buffer {
  const chunks = filledChunks(page, visitor, locale);
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}

const page = `<header>${holeMarker('account')}<a class="cart">Cart${holeMarker('cart')}</a></header><p>ы</p>`;

describe('holes', () => {
  it('keeps one body with every hole empty, which is what a visitor without a session gets', () => {
    const holed = splitHoles(page);
    expect(holed.holes).toEqual(['account', 'cart']);
    expect(holed.body.toString()).toBe('<header><a class="cart">Cart</a></header><p>ы</p>');
    expect(fillHoles(holed, NO_VISITOR, 'en')).toBe(holed.body);
  });
  it('cuts the rendered bytes as it cuts the text, Kyrgyz letters on both sides of a marker', () => {
    const text = `<p>Өрүк ң</p>${holeMarker('cart')}<p>Бал ү</p>${holeMarker('account')}ё`;
    const fromBytes = splitHoles(new TextEncoder().encode(text));
    const fromText = splitHoles(text);
    expect(fromBytes.holes).toEqual(['cart', 'account']);
    expect(fromBytes.body.toString()).toBe('<p>Өрүк ң</p><p>Бал ү</p>ё');
    expect(fromBytes.parts.map((part) => part.toString())).toEqual(fromText.parts.map((part) => part.toString()));
    const filled = fillHoles(fromBytes, { cartCount: 2, user: null }, 'ky').toString();
    expect(filled).toBe('<p>Өрүк ң</p><span class="count">2</span><p>Бал ү</p>ё');
  });
  it('fills the cart count and the signed-in bar for one visitor, their name escaped', () => {
    const holed = splitHoles(page);
    const html = fillHoles(holed, { cartCount: 3, user: { name: 'Ай <b>&', role: 'staff' } }, 'en').toString();
    expect(html).toContain('<span class="count">3</span></a>');
    expect(html).toContain('Ай &lt;b&gt;&amp;');
    expect(html).toContain('action="/en/account/sign-out"');
    expect(html).toContain('href="/en/staff"');
    // Filling for one visitor leaves the shared parts as they were.
    expect(fillHoles(holed, { cartCount: 1, user: null }, 'en').toString()).not.toContain('Ай');
    expect(holed.body.toString()).not.toContain('class="count"');
  });
  it('fills nothing for a marker it did not write', () => {
    const fake = '<p><!--ovop-hole:0123456789abcdef01234567:cart--></p>';
    const holed = splitHoles(fake + page);
    expect(holed.holes).toHaveLength(2);
    expect(fillHoles(holed, { cartCount: 5, user: null }, 'ky').toString()).toContain(fake);
    expect(holed.body.toString().match(/count/g)).toBeNull();
  });
  it('writes the bar in the page language', () => {
    const html = fillHoles(splitHoles(page), { cartCount: 0, user: { name: 'Асель', role: 'producer' } }, 'ky');
    expect(html.toString()).toContain('href="/ky/producer"');
    expect(html.toString()).not.toContain('class="count"');
  });
  it('takes a one-chunk body as it is and joins a body of many chunks', async () => {
    const streamOf = (chunks: Uint8Array[]) =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (const chunk of chunks) controller.enqueue(chunk);
          controller.close();
        },
      });
    const bytes = new TextEncoder().encode(`<p>Бал</p>${holeMarker('cart')}`);
    expect(await responseBytes(new Response(streamOf([bytes])))).toBe(bytes);
    const chunks = ['<p>Өрүк', ' ң</p>', '<p>ё</p>'].map((text) => new TextEncoder().encode(text));
    expect(Buffer.from(await responseBytes(new Response(streamOf(chunks)))).toString()).toBe('<p>Өрүк ң</p><p>ё</p>');
    expect(Buffer.from(await responseBytes(new Response('<p>Бал</p>'))).toString()).toBe('<p>Бал</p>');
    expect((await responseBytes(new Response(null))).byteLength).toBe(0);
  });
});
