export type LimitedForm = { ok: true; form: FormData } | { ok: false; reason: 'too_large' | 'malformed' };

/**
 * Reads a form body of at most maxBytes. Past the limit (declared by Content-Length or reached while
 * streaming) no more bytes are kept, but the stream is still read to its end: a server that stops
 * reading makes the browser see a reset connection instead of our "file too large" page.
 */
export async function readLimitedForm(request: Request, maxBytes: number): Promise<LimitedForm> {
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
  try {
    const headers = { 'content-type': request.headers.get('content-type') ?? '' };
    return { ok: true, form: await new Response(bytes, { headers }).formData() };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}

/** A posted form's text fields as plain strings (files are left out), as a page re-renders them. */
export async function readFormFields(request: Request): Promise<Record<string, string>> {
  const fields: Record<string, string> = {};
  for (const [name, value] of (await request.formData()).entries()) {
    if (typeof value === 'string') fields[name] = value;
  }
  return fields;
}
