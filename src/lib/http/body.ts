/**
 * The one body reader. Every page and endpoint that takes a body reads it here: the content type is
 * checked first (a form must be urlencoded or multipart with a boundary: anything else is 415, a
 * multipart body without a boundary or one that does not parse is 400), and at most a route class's
 * limit is kept while streaming (413). The front server enforces the same limits before Astro runs.
 */
import { HttpError } from './errors.ts';

/** The largest photo or certificate document a producer may upload. */
export const UPLOAD_FILE_BYTES = 10 * 1024 * 1024;

/** Body limits by route class: forms ~1 MB, uploads their file plus room for the other fields, the webhook ~1 MB. */
export const BODY_LIMITS = {
  form: 1024 * 1024,
  upload: UPLOAD_FILE_BYTES + 64 * 1024,
  webhook: 1024 * 1024,
} as const;
export type BodyClass = keyof typeof BODY_LIMITS;

// The pages that take a file: the listing editor (photos), certificates (documents), stocktakes (CSV).
const UPLOAD_ROUTES = [
  /^\/[a-z]{2}\/producer\/products\/[^/]+\/?$/,
  /^\/[a-z]{2}\/producer\/certificates\/?$/,
  /^\/[a-z]{2}\/staff\/stock\/stocktake\/?$/,
];

/** The class of a request path, which decides its body limit. */
export function bodyClassOf(pathname: string): BodyClass {
  if (pathname === '/api/stripe/webhook') return 'webhook';
  return UPLOAD_ROUTES.some((r) => r.test(pathname)) ? 'upload' : 'form';
}

export type BodyRefusal = 'too_large' | 'malformed' | 'unsupported';
export type LimitedForm = { ok: true; form: FormData } | { ok: false; reason: BodyRefusal };

/** The HTTP status for a refused body. */
export const REFUSAL_STATUS = { too_large: 413, malformed: 400, unsupported: 415 } as const;

/** Whether a Content-Type names a form: urlencoded, or multipart with a boundary. */
export function formContentType(contentType: string | null): 'ok' | BodyRefusal {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded') return 'ok';
  if (type !== 'multipart/form-data') return 'unsupported';
  return /;\s*boundary=("?)[^";]{1,70}\1\s*(;|$)/i.test(contentType ?? '') ? 'ok' : 'malformed';
}

/**
 * Reads at most maxBytes of a body. Past the limit (declared by Content-Length or reached while
 * streaming) no more bytes are kept, but the stream is still read to its end: a server that stops
 * reading makes the browser see a reset connection instead of our "file too large" page.
 */
export async function readLimitedBytes(
  request: Request,
  maxBytes: number,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: 'too_large' | 'malformed' }> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  let tooLarge = Number.isFinite(declared) && declared > maxBytes;
  const chunks: Uint8Array[] = [];
  let received = 0;
  if (request.body) {
    try {
      const reader = request.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (tooLarge) continue;
        received += value.byteLength;
        if (received > maxBytes) {
          tooLarge = true;
          chunks.length = 0;
        } else {
          chunks.push(value);
        }
      }
    } catch {
      // The client went away mid-upload, or the body was already read.
      return { ok: false, reason: tooLarge ? 'too_large' : 'malformed' };
    }
  }
  if (tooLarge) return { ok: false, reason: 'too_large' };
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, bytes };
}

/** Reads a form body of at most maxBytes (see the module comment for what is refused). */
export async function readLimitedForm(request: Request, maxBytes: number): Promise<LimitedForm> {
  const contentType = request.headers.get('content-type');
  const kind = formContentType(contentType);
  // The body is left unread: cancelling a cloned request's body would wait for the original's reader.
  if (kind !== 'ok') return { ok: false, reason: kind };
  const read = await readLimitedBytes(request, maxBytes);
  if (!read.ok) return read;
  try {
    const headers = { 'content-type': contentType! };
    return { ok: true, form: await new Response(read.bytes as Uint8Array<ArrayBuffer>, { headers }).formData() };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}

export type FormFields = Record<string, string>;
export type FormBody = { ok: true; fields: FormFields } | { ok: false; status: 400 | 413 | 415 };

/** A posted form's text fields as plain strings (files are left out; a repeated field keeps its last value). */
export async function readForm(request: Request, maxBytes: number = BODY_LIMITS.form): Promise<FormBody> {
  const read = await readLimitedForm(request, maxBytes);
  if (!read.ok) return { ok: false, status: REFUSAL_STATUS[read.reason] };
  const fields: FormFields = {};
  for (const [name, value] of read.form.entries()) {
    if (typeof value === 'string') fields[name] = value;
  }
  return { ok: true, fields };
}

/** Like readForm, but a refused body throws an HttpError that the middleware answers with its error page. */
export async function requireForm(request: Request, maxBytes: number = BODY_LIMITS.form): Promise<FormFields> {
  const body = await readForm(request, maxBytes);
  if (!body.ok) throw new HttpError(body.status, 'refused form body');
  return body.fields;
}

/** A text body (the Stripe webhook's raw JSON) of at most maxBytes; null when it is larger or unreadable. */
export async function readLimitedText(request: Request, maxBytes: number): Promise<string | null> {
  const read = await readLimitedBytes(request, maxBytes);
  return read.ok ? new TextDecoder().decode(read.bytes) : null;
}

/** The whole FormData of a form post (for readers that take FormData); a refused body throws an HttpError. */
export async function requireFormData(request: Request, maxBytes: number = BODY_LIMITS.form): Promise<FormData> {
  const read = await readLimitedForm(request, maxBytes);
  if (!read.ok) throw new HttpError(REFUSAL_STATUS[read.reason], 'refused form body');
  return read.form;
}
