import { parse, type HTMLElement } from 'node-html-parser';
import { inject } from 'vitest';

export const base = () => inject('baseUrl');

export interface Page {
  status: number;
  headers: Headers;
  html: string;
  doc: HTMLElement;
}

/** GETs a page of the running shop without following redirects. */
export async function get(path: string, init: RequestInit = {}): Promise<Page> {
  const res = await fetch(`${base()}${path}`, { redirect: 'manual', ...init });
  const html = await res.text();
  return { status: res.status, headers: res.headers, html, doc: parse(html) };
}

/** The JSON-LD objects embedded in a page. */
export function jsonLd(page: Page): Record<string, unknown>[] {
  return page.doc
    .querySelectorAll('script[type="application/ld+json"]')
    .map((s) => JSON.parse(s.textContent) as Record<string, unknown>);
}
