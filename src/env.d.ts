/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    locale: import('./lib/i18n/locales.ts').Locale;
    currency: import('./lib/money/money.ts').Currency;
    rate: import('./lib/money/money.ts').Rate | undefined;
    rates: Map<import('./lib/money/money.ts').Currency, import('./lib/money/money.ts').Rate>;
  }
}
