/**
 * A printed PDF page as pixels, with poppler's pdftoppm (PPM on stdout, parsed here): what the page looks like on
 * paper, for layout facts such as "the chart's coloured lines are on this page".
 */
import { execFileSync } from 'node:child_process';

export interface Raster {
  readonly width: number;
  readonly height: number;
  /** RGB, 3 bytes a pixel, rows top to bottom. */
  readonly rgb: Uint8Array;
}

/** Renders page `page` (from 1) of the PDF at `pdfPath` at `dpi`. */
export function rasterPage(pdfPath: string, page: number, dpi = 50): Raster {
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), pdfPath], {
    maxBuffer: 64 * 1024 * 1024,
  });
  // Header: "P6", width, height, maxval, each separated by whitespace, then one whitespace byte and the pixels.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error(`pdftoppm gave no P6 image for page ${page} of ${pdfPath}`);
  const width = Number(header[1]);
  const height = Number(header[2]);
  return {
    width,
    height,
    rgb: new Uint8Array(ppm.subarray(header[0].length, header[0].length + width * height * 3)),
  };
}

/** Pixels whose channels differ by more than 60 of 255: colour, not black, grey or white text and paper. */
export function colouredPixels(r: Raster): number {
  let n = 0;
  for (let i = 0; i + 2 < r.rgb.length; i += 3) {
    const a = r.rgb[i] ?? 0;
    const b = r.rgb[i + 1] ?? 0;
    const c = r.rgb[i + 2] ?? 0;
    if (Math.max(a, b, c) - Math.min(a, b, c) > 60) n++;
  }
  return n;
}
