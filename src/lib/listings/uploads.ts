/** Reading an upload form, shared by the listing editor and the certificate form. */
import { BODY_LIMITS, readLimitedForm } from '../http/body.ts';
import { MAX_UPLOAD_BYTES, type UploadError } from '../media/store.ts';

export type UploadedForm =
  | { ok: true; fields: Record<string, string>; file: Uint8Array | null }
  | { ok: false; error: UploadError | 'malformed' };

/** Reads a multipart form with one file field; an oversized body is drained and refused. */
export async function readUploadForm(request: Request, fileField: string): Promise<UploadedForm> {
  const read = await readLimitedForm(request, BODY_LIMITS.upload);
  if (!read.ok) return { ok: false, error: read.reason === 'too_large' ? 'too_large' : 'malformed' };
  const fields: Record<string, string> = {};
  let file: Uint8Array | null = null;
  for (const [name, value] of read.form.entries()) {
    if (typeof value === 'string') fields[name] = value;
    else if (name === fileField && value.size > 0) {
      if (value.size > MAX_UPLOAD_BYTES) return { ok: false, error: 'too_large' };
      file = new Uint8Array(await value.arrayBuffer());
    }
  }
  return { ok: true, fields, file };
}
