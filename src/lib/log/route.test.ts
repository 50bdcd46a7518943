import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BatchedStdout, createLogger } from './logger.ts';
import { loggedRoute, redactPath, routeMatcher, routePatternsIn } from './route.ts';

const matcher = routeMatcher(routePatternsIn(fileURLToPath(new URL('../../pages', import.meta.url))));

describe('logged routes', () => {
  it('names the route pattern, never the token in the address', () => {
    expect(loggedRoute(matcher, '/ky/orders/k3J9xQ2mVbN7pLw4RtY8sZc1aE5uHd0f')).toBe('/[locale]/orders/[token]');
    expect(loggedRoute(matcher, '/ru/account/reset/abcDEF123456ghiJKL789012mnoPQR')).toBe(
      '/[locale]/account/reset/[token]',
    );
    expect(loggedRoute(matcher, '/en/staff/orders/OV-2026-000042')).toBe('/[locale]/staff/orders/[number]');
  });

  it('prefers a static page over a parameter, and a parameter over a rest parameter', () => {
    expect(loggedRoute(matcher, '/ky/orders/lookup')).toBe('/[locale]/orders/lookup');
    expect(loggedRoute(matcher, '/en/products')).toBe('/[locale]/products');
    expect(loggedRoute(matcher, '/en/products/apricot-jam/certificates.zip')).toBe(
      '/[locale]/products/[slug]/certificates.zip',
    );
    expect(loggedRoute(matcher, '/01/04700000000017/10/L-2026-1')).toBe('/01/[gtin]/10/[...lot]');
    expect(loggedRoute(matcher, '/api/health')).toBe('/api/health');
  });

  it('matches as Astro routes do: a trailing slash, segments mixing text and a parameter, empty rests', () => {
    const small = routeMatcher([
      '/',
      '/[locale]',
      '/[locale]/products',
      '/[locale]/products/[slug]',
      '/sitemaps/products-[file].xml',
      '/sitemaps/[name]',
      '/lot/[sku]/[...lot]',
    ]);
    expect(small.match('/')).toBe('/');
    expect(small.match('/ky/')).toBe('/[locale]');
    expect(small.match('/ky/products/')).toBe('/[locale]/products');
    expect(small.match('/ky/products/honey')).toBe('/[locale]/products/[slug]');
    expect(small.match('/ky/products/honey/more')).toBeNull();
    expect(small.match('/ky//honey')).toBeNull();
    expect(small.match('/sitemaps/products-3.xml')).toBe('/sitemaps/products-[file].xml');
    expect(small.match('/sitemaps/products-.xml')).toBe('/sitemaps/[name]');
    expect(small.match('/lot/SKU-1')).toBe('/lot/[sku]/[...lot]');
    expect(small.match('/lot/SKU-1/L-7/any/depth')).toBe('/lot/[sku]/[...lot]');
    expect(small.match('http://shop/ky')).toBeNull();
  });

  it('redacts token-like segments and addresses of paths no page matches', () => {
    expect(redactPath('/nothing/k3J9xQ2mVbN7pLw4RtY8sZc1aE5uHd0f/x')).toBe('/nothing/:redacted/x');
    expect(redactPath('/x/someone@example.kg')).toBe('/x/:redacted');
    expect(redactPath('/x/someone%40example.kg')).toBe('/x/:redacted');
    expect(redactPath('/favicon.svg')).toBe('/favicon.svg');
  });
});

describe('logger', () => {
  it('writes request lines out in batches, and error lines at once', () => {
    const chunks: string[] = [];
    const out = new BatchedStdout({ write: (chunk) => chunks.push(chunk) > 0, flushSync: () => {} });
    const line = `{"level":30,"msg":"request","pad":"${'x'.repeat(200)}"}\n`;
    for (let i = 0; i < 100; i++) out.write(line);
    expect(chunks).toEqual([]);
    out.write('{"level":50,"msg":"failed"}\n');
    expect(chunks).toHaveLength(1);
    expect(chunks[0]!.split('\n')).toHaveLength(102);
    for (let i = 0; i < 200; i++) out.write(line);
    expect(chunks).toHaveLength(2);
    out.flush();
    expect(chunks.join('').split('\n')).toHaveLength(302);
  });

  it('writes one JSON line per call and never a cookie or authorization header', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const log = createLogger({ LOG_LEVEL: 'info' }, sink);
    log.debug('not at info');
    log.info({ headers: { cookie: 'ovop_session=secret', authorization: 'Bearer x' }, route: '/x' }, 'request');
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!);
    expect(line).toMatchObject({ level: 30, route: '/x', msg: 'request' });
    expect(lines[0]).not.toContain('secret');
    expect(lines[0]).not.toContain('Bearer');
  });
});
