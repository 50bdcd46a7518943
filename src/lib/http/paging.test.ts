import { describe, expect, it } from 'vitest';
import { lastPageRedirect } from './paging.ts';

describe('a page number past the end', () => {
  const url = (q: string) => new URL(`http://shop.test/en/products${q}`);
  it('sends the visitor to the last page with the other parameters kept', () => {
    expect(lastPageRedirect(url('?category=honey&page=999&sort=newest'), 999, 9)).toBe(
      '/en/products?category=honey&page=9&sort=newest',
    );
  });
  it('leaves the page out when the last page is the first', () => {
    expect(lastPageRedirect(url('?region=naryn&page=4'), 4, 1)).toBe('/en/products?region=naryn');
    expect(lastPageRedirect(url('?page=2'), 2, 0)).toBe('/en/products');
  });
  it('lets a page that exists render', () => {
    expect(lastPageRedirect(url('?page=9'), 9, 9)).toBeNull();
    expect(lastPageRedirect(url(''), 1, 0)).toBeNull();
  });
  it('reads another parameter name', () => {
    expect(lastPageRedirect(url('?q=honey&p=7'), 7, 2, 'p')).toBe('/en/products?q=honey&p=2');
  });
});
