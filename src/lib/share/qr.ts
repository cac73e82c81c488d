// A QR code of a link, drawn in the page for a projector: uqr encodes it here (no service is asked),
// and the dark modules become one SVG path, which the share dialog and the print sheet draw.
import { encode } from 'uqr';

export interface QrPath {
  /** Modules across, the quiet zone included: the SVG's viewBox is `0 0 size size`. */
  size: number;
  /** One unit square per dark module. */
  d: string;
}

/**
 * The QR code of `text`, with medium error correction (readable with a fifteenth of it smudged or
 * hidden) and the quiet zone of four modules the standard asks for.
 */
export function qrPath(text: string): QrPath {
  const qr = encode(text, { ecc: 'M', border: 4 });
  const d: string[] = [];
  qr.data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) d.push(`M${x} ${y}h1v1h-1z`);
    }),
  );
  return { size: qr.size, d: d.join('') };
}
