/** The file types an upload may be, told apart by their first bytes. */
export type SniffedType = 'jpeg' | 'png' | 'webp' | 'pdf';

const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const RIFF = [0x52, 0x49, 0x46, 0x46];
const WEBP = [0x57, 0x45, 0x42, 0x50];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const EOF_MARKER = [0x25, 0x25, 0x45, 0x4f, 0x46]; // %%EOF

function startsWith(bytes: Uint8Array, magic: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + magic.length) return false;
  return magic.every((b, i) => bytes[offset + i] === b);
}

/**
 * The type of a file by its magic bytes, or null for anything else. The file name and the
 * client's Content-Type are never consulted: both are whatever the sender chose.
 */
export function sniffType(bytes: Uint8Array): SniffedType | null {
  if (startsWith(bytes, JPEG)) return 'jpeg';
  if (startsWith(bytes, PNG)) return 'png';
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return 'webp';
  if (startsWith(bytes, PDF)) return 'pdf';
  return null;
}

/** A PDF that starts with `%PDF-` and has its `%%EOF` within the last 2 KB (so it was not cut short). */
export function looksLikeCompletePdf(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, PDF)) return false;
  const from = Math.max(PDF.length, bytes.length - 2048);
  for (let i = bytes.length - EOF_MARKER.length; i >= from; i--) {
    if (startsWith(bytes, EOF_MARKER, i)) return true;
  }
  return false;
}
