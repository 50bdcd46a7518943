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

/** One path segment's place in the tree of route patterns. */
interface RouteNode {
  /** The pattern that ends here. */
  pattern: string | null;
  /** A pattern whose rest parameter (`[...lot]`) starts here: it takes this folder and anything below. */
  rest: string | null;
  statics: Map<string, RouteNode>;
  /** Segments with a parameter: mixed ones (`products-[file].xml`) first, then plain `[slug]`. */
  dynamic: { test: RegExp | null; node: RouteNode }[];
}

const newNode = (): RouteNode => ({ pattern: null, rest: null, statics: new Map(), dynamic: [] });

/**
 * A matcher over route patterns. Like Astro, a static segment wins over a parameter and a parameter
 * over a rest parameter (`[...lot]`), so `/ky/orders/lookup` is the lookup page, not an order token.
 * The patterns form a tree walked a segment at a time (static child first), so a request costs a few
 * map lookups rather than a regular expression per route (it runs for every request's log line).
 */
export function routeMatcher(patterns: readonly string[]): RouteMatcher {
  const root = newNode();
  for (const pattern of patterns) {
    let node = root;
    const segments = pattern === '/' ? [] : pattern.split('/').slice(1);
    for (const segment of segments) {
      if (segment.startsWith('[...')) {
        node.rest ??= pattern;
        node = newNode(); // nothing may follow a rest parameter
        break;
      }
      if (!segment.includes('[')) {
        let next = node.statics.get(segment);
        if (!next) node.statics.set(segment, (next = newNode()));
        node = next;
        continue;
      }
      const plain = /^\[[^\]]+\]$/.test(segment);
      const source = segment
        .split(/(\[[^\]]+\])/)
        .map((part) => (part.startsWith('[') ? '.+' : escape(part)))
        .join('');
      let entry = node.dynamic.find((d) => (plain ? d.test === null : d.test?.source === `^${source}$`));
      if (!entry) {
        entry = { test: plain ? null : new RegExp(`^${source}$`), node: newNode() };
        node.dynamic.push(entry);
        node.dynamic.sort((a, b) => Number(a.test === null) - Number(b.test === null));
      }
      node = entry.node;
    }
    if (!segments.some((s) => s.startsWith('[...'))) node.pattern ??= pattern;
  }

  const walk = (node: RouteNode, segments: string[], i: number): string | null => {
    if (i === segments.length) return node.pattern ?? node.rest;
    const segment = segments[i]!;
    const next = node.statics.get(segment);
    const found = next ? walk(next, segments, i + 1) : null;
    if (found) return found;
    if (segment !== '') {
      for (const { test, node: child } of node.dynamic) {
        if (test && !test.test(segment)) continue;
        const deeper = walk(child, segments, i + 1);
        if (deeper) return deeper;
      }
    }
    return node.rest;
  };

  return {
    match(pathname) {
      if (!pathname.startsWith('/')) return null;
      // One trailing slash is the same page (`/ky/products/`); the root is no segment at all.
      const trimmed = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
      return walk(root, trimmed === '/' ? [] : trimmed.split('/').slice(1), 0);
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
