/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    locale: import('./lib/i18n/locales.ts').Locale;
    currency: import('./lib/money/money.ts').Currency;
    rate: import('./lib/money/money.ts').Rate | undefined;
    rates: Map<import('./lib/money/money.ts').Currency, import('./lib/money/money.ts').Rate>;
    /** The visitor's server-side session, when they have one (a cart, later a sign-in). */
    session: import('./lib/sessions/session.ts').Session | null;
    /** The signed-in account of this session, if any. */
    user: import('./lib/sessions/session.ts').SessionUser | null;
    /** PUBLIC_URL is https: cookies get Secure (the session cookie the `__Host-` prefix too). */
    secure: boolean;
    /** The visitor's address and browser, for throttling and session records. */
    client: import('./lib/sessions/cookie.ts').ClientMeta;
    /** Units in the visitor's cart, for the header (0 without a session). */
    cartCount: number;
    /**
     * This render may be shared: the layout leaves holes for the visitor's bits (src/lib/http/holes.ts).
     * Reading `session`, `user` or `cartCount` during such a render marks the page personal.
     */
    holes: boolean;
  }
}
