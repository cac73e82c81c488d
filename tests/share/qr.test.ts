// The QR code of a link: the modules uqr encodes, drawn as one path inside a quiet zone.
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { qrPath } from '../../src/lib/share/qr.ts';

const LINK = 'http://127.0.0.1:4173/?lock#map=4.2/48.0000/135.0000&date=1918-08-02/1922-10-25';

describe('the QR code of a link', () => {
  it('draws exactly the dark modules, one square each', () => {
    const qr = encode(LINK, { ecc: 'M', border: 4 });
    const path = qrPath(LINK);
    expect(path.size).toBe(qr.size);
    expect(path.d.match(/M/g)?.length).toBe(qr.data.flat().filter(Boolean).length);
    expect(path.d).toMatch(/^(M\d+ \d+h1v1h-1z)+$/);
  });

  it('leaves a quiet zone of four modules on every side', () => {
    const { size, d } = qrPath(LINK);
    const cells = [...d.matchAll(/M(\d+) (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(Math.min(...cells.flat())).toBe(4);
    expect(Math.max(...cells.flat())).toBe(size - 5);
  });

  it('a longer link takes a larger code', () => {
    expect(qrPath(LINK + '&place=vladivostok&compare=1910-09-01').size).toBeGreaterThanOrEqual(qrPath(LINK).size);
  });
});
