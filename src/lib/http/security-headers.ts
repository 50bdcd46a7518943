/**
 * The security headers every response carries: pages and endpoints (set by the middleware), error pages
 * and static files (set by the front server in src/server/main.ts, which Astro's middleware never sees).
 */
import { getEnv } from '../env.ts';

// Forms may lead to Stripe's hosted checkout (a POST that redirects there counts as the form's target).
function contentSecurityPolicy(): string {
  const stripeBase = getEnv().STRIPE_API_BASE;
  const formTargets = ['https://checkout.stripe.com', stripeBase ? new URL(stripeBase).origin : ''].filter(Boolean);
  return (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; " +
    `font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self' ${formTargets.join(' ')}; object-src 'none'`
  );
}

let cached: Record<string, string> | undefined;

/** Header name → value. Inline styles are Astro's scoped CSS; no inline scripts run. */
export function securityHeaders(): Record<string, string> {
  cached ??= {
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  };
  return cached;
}

/**
 * Adds the security headers to a response's headers. A response with its own, stricter policy (a
 * sandboxed document download, a page with a secret in its address) keeps its CSP and Referrer-Policy.
 */
export function applySecurityHeaders(headers: Headers): void {
  for (const [name, value] of Object.entries(securityHeaders())) {
    if ((name === 'Content-Security-Policy' || name === 'Referrer-Policy') && headers.has(name)) continue;
    headers.set(name, value);
  }
}
