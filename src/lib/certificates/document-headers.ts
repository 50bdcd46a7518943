/**
 * How a certificate's document is sent: shown in the browser ("view") or saved ("download"). Either
 * way it is sandboxed: a PDF is kept as uploaded, so nothing in it may run on our origin.
 */

/** The response headers for a stored document (a PDF, or a WebP of a scanned image). */
export function documentHeaders(file: { mime: string; filename: string }, view: boolean): Record<string, string> {
  return {
    'Content-Type': file.mime,
    'Content-Disposition': `${view ? 'inline' : 'attachment'}; filename="${file.filename}"`,
    'Content-Security-Policy': 'sandbox',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
  };
}

/** A document's address: `view` for reading it in the browser, otherwise the download. */
export function documentHref(certificateId: number, view: boolean): string {
  return `/documents/certificates/${certificateId}${view ? '?view=1' : ''}`;
}
