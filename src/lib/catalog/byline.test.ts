import { describe, expect, it } from 'vitest';
import { productByline } from './byline.ts';

const producer = {
  slug: 'toktogulov-family-apiary',
  name: { text: 'Асылбек Токтогуловдун үй-бүлөлүк аарычылыгы', locale: 'ky' as const },
  village: { slug: 'jety-oguz', name: { text: 'Jeti-Oguz', locale: 'en' as const } },
  region: { slug: 'issyk-kul', name: { text: 'Ысык-Көл облусу', locale: 'ky' as const } },
};
const href = (path: string) => `/ky${path}`;

describe("a product's byline", () => {
  it('reads "producer · village, region" with no space before the comma', () => {
    const text = productByline(producer, 'ky', href)
      .map((part) => part.text)
      .join('');
    expect(text).toBe('Асылбек Токтогуловдун үй-бүлөлүк аарычылыгы · Jeti-Oguz, Ысык-Көл облусу');
  });

  it('links each name to its page and marks a name in another language', () => {
    const links = productByline(producer, 'ky', href).filter((part) => 'href' in part);
    expect(links).toEqual([
      { text: producer.name.text, href: '/ky/producers/toktogulov-family-apiary', lang: undefined },
      { text: 'Jeti-Oguz', href: '/ky/villages/jety-oguz', lang: 'en' },
      { text: 'Ысык-Көл облусу', href: '/ky/regions/issyk-kul', lang: undefined },
    ]);
  });
});
