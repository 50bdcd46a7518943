/** Debian's Chromium driven by playwright-core (no browser download). */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a headless Chromium on a machine with no outside network (its background calls would be refused). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

/** A new page in its own context (fresh cookies) for a buyer whose browser asks for `accept`. */
export async function buyerPage(browser: Browser, accept: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({
    locale: accept,
    viewport: { width, height: 900 },
    extraHTTPHeaders: { 'Accept-Language': accept },
  });
  return context.newPage();
}
