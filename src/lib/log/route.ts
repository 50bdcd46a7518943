/**
 * What a request's path may say in a log line or a metric label: the route pattern of the page it
 * reached (`/[locale]/orders/[token]`), never the token, e-mail or id typed into the address.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface RouteMatcher {
  /** The route pattern a path belongs to, or null when no page has such a path. */
  match(pathname: string): string | null;
}

/** The route patterns of the pages under a folder (`src/pages`), as Astro writes them. */
export function routePatternsIn(pagesDir: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(astro|ts|md|mdx|html)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) files.push(path);
    }
  };
  walk(pagesDir);
  return files.map((file) => {
    const pattern = `/${relative(pagesDir, file).replace(/\.(astro|ts|md|mdx|html)$/, '')}`;
    return pattern.replace(/\/index$/, '') || '/';
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A matcher over route patterns. Like Astro, a static segment wins over a parameter and a parameter
 * over a rest parameter (`[...lot]`), so `/ky/orders/lookup` is the lookup page, not an order token.
 */
export function routeMatcher(patterns: readonly string[]): RouteMatcher {
  const score = (pattern: string) =>
    pattern
      .split('/')
      .slice(1)
      .map((seg) => (seg.includes('[...') ? '0' : seg.startsWith('[') && seg.endsWith(']') ? '1' : '2'))
      .join('');
  const compiled = [...patterns]
    .sort((a, b) => {
      const sa = score(a);
      const sb = score(b);
      return sa === sb ? a.localeCompare(b) : sb.localeCompare(sa);
    })
    .map((pattern) => {
      const source = pattern
        .split(/(\[[^\]]+\])/)
        .map((part) => (part.startsWith('[...') ? '(?:.*)' : part.startsWith('[') ? '[^/]+' : escape(part)))
        .join('');
      // `/[...lot]` also matches the folder itself without a trailing segment, as in Astro.
      return { pattern, re: new RegExp(`^${source.replace(/\/\(\?:\.\*\)/g, '(?:/.*)?')}/?$`) };
    });
  return {
    match(pathname) {
      for (const { pattern, re } of compiled) if (re.test(pathname)) return pattern;
      return null;
    },
  };
}

// A segment that could be a secret or a person: long, or letters and digits mixed past a short code, or an address.
const SECRETISH = /@|%40/;

/**
 * A path with every token-like segment replaced by `:redacted`, for requests no page matches (static
 * files, garbage): segments over 24 characters, mixed letters and digits over 12, anything with an `@`.
 */
export function redactPath(pathname: string): string {
  return pathname
    .split('/')
    .map((seg) =>
      seg.length > 24 || SECRETISH.test(seg) || (seg.length > 12 && /\d/.test(seg) && /[a-z]/i.test(seg))
        ? ':redacted'
        : seg,
    )
    .join('/');
}

/** The path as a log line shows it: the route pattern when one matches, else the redacted path. */
export function loggedRoute(matcher: RouteMatcher, pathname: string): string {
  return matcher.match(pathname) ?? redactPath(pathname);
}
