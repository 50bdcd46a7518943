// @ts-check
import node from '@astrojs/node';
import { defineConfig } from 'astro/config';

// Language routing lives in src/pages/[locale] and src/middleware.ts: Astro's i18n.fallback answers
// a 302 without a target in server mode, so content falls back in the data layer instead.
export default defineConfig({
  output: 'server',
  // Middleware mode: src/server/main.ts serves the static files itself from a list made at start (decision 63).
  adapter: node({ mode: 'middleware', experimentalDisableStreaming: true }),
  site: process.env.PUBLIC_URL ?? 'http://localhost:4321',
  trailingSlash: 'ignore',
  compressHTML: true,
  build: { inlineStylesheets: 'always' },
  // Astro's origin check compares Origin with an address built from the Host header, which a TLS proxy
  // in front makes http:// and a stranger can forge; src/middleware.ts checks every state-changing
  // request against PUBLIC_URL instead (README decision 15). allowedDomains stays empty, so Astro trusts
  // no X-Forwarded-* header: the client's address comes from TRUSTED_PROXIES alone.
  security: { checkOrigin: false },
  server: {
    host: process.env.HOST ?? 'localhost',
    port: Number(process.env.PORT ?? 4321),
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
