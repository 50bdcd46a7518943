/** QR codes drawn on the server as inline SVG: no script, no image request, sharp at any print size. */
import QRCode from 'qrcode';

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * An inline `<svg>` QR code of a link (error correction M, no quiet zone: the label keeps it blank),
 * marked as an image with an accessible name.
 */
export async function qrSvg(link: string, name: string): Promise<string> {
  const svg = await QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 0 });
  return svg.trim().replace('<svg ', `<svg class="qr" role="img" aria-label="${escapeAttribute(name)}" `);
}
