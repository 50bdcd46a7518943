/**
 * Test files for the upload pipeline, shared by unit, integration and e2e tests: real images made with
 * sharp (the JPEG carries EXIF with GPS, copyright and an ICC profile, so stripping can be asserted),
 * a hand-written PDF, and the hostile ones (an executable, a truncated JPEG, an oversized body).
 */
import sharp from 'sharp';

/** Text planted in the test JPEG's EXIF; it must never appear in a stored file. */
export const EXIF_COPYRIGHT = 'OVOP test camera, Karakol';

/**
 * A smooth gradient: red grows to the right, green grows downwards. So after an orientation is applied,
 * a corner's colour tells which stored corner ended up there.
 */
function gradient(width: number, height: number): sharp.Sharp {
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      pixels[i] = Math.round((x / Math.max(1, width - 1)) * 255);
      pixels[i + 1] = Math.round((y / Math.max(1, height - 1)) * 255);
      pixels[i + 2] = 96;
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } });
}

/**
 * A real JPEG with EXIF (copyright, artist, GPS position of Karakol, an orientation) and an sRGB ICC
 * profile. Orientation 6 means "rotate 90° clockwise to display": the stored w×h shows as h×w.
 */
export async function jpegBytes(width = 800, height = 600, options: { orientation?: number } = {}): Promise<Buffer> {
  return gradient(width, height)
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Copyright: EXIF_COPYRIGHT, Artist: 'Test Producer', Make: 'OVOPCam' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '42/1 29/1 27/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '78/1 23/1 36/1',
      },
    })
    .withMetadata({ orientation: options.orientation ?? 1 })
    .toBuffer();
}

/** A real PNG. */
export async function pngBytes(width = 640, height = 480): Promise<Buffer> {
  return gradient(width, height).png().toBuffer();
}

/** A real WebP. */
export async function webpBytes(width = 640, height = 480): Promise<Buffer> {
  return gradient(width, height).webp({ quality: 80 }).toBuffer();
}

/** A small valid one-page PDF, written by hand with a correct cross-reference table. */
export function pdfBytes(text = 'OVOP certificate of origin'): Uint8Array {
  const content = `BT /F1 24 Tf 72 760 Td (${text.replace(/[^ -'*-[\]-~]/g, '?')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

/** An ELF executable header followed by junk: what a hostile upload renamed to photo.jpg looks like. */
export function executableBytes(size = 4096): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + 7) & 0xff;
  bytes.set([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00], 0);
  return bytes;
}

/** A real JPEG cut off in the middle of its image data: the header reads fine, decoding fails. */
export async function brokenJpegBytes(width = 800, height = 600): Promise<Buffer> {
  const whole = await jpegBytes(width, height);
  return whole.subarray(0, Math.floor(whole.length * 0.6));
}

/** `mb` megabytes that start like a JPEG and are zeros after: for size limits, never decoded. */
export function hugeBytes(mb: number): Uint8Array {
  const bytes = new Uint8Array(Math.round(mb * 1024 * 1024));
  bytes.set([0xff, 0xd8, 0xff, 0xe0], 0);
  return bytes;
}
