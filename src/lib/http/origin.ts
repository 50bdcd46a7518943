import { getEnv } from '../env.ts';

/** The public origin of the shop: PUBLIC_URL when set (behind a proxy), else the origin the request came to. */
export function publicOrigin(requestUrl: URL): string {
  const configured = getEnv().PUBLIC_URL;
  return configured ? new URL(configured).origin : requestUrl.origin;
}
