/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    locale: import('./lib/i18n/locales.ts').Locale;
    currency: import('./lib/money/money.ts').Currency;
    rate: import('./lib/money/money.ts').Rate | undefined;
    rates: Map<import('./lib/money/money.ts').Currency, import('./lib/money/money.ts').Rate>;
    /** The visitor's server-side session, when they have one (a cart, later a sign-in). */
    session: import('./lib/sessions/session.ts').Session | null;
    /** Units in the visitor's cart, for the header (0 without a session). */
    cartCount: number;
  }
}
