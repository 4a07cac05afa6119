/**
 * A rack's elevation as a standalone SVG document: front and rear faces side by side, U numbers on both outer edges
 * (U1 at the bottom), every device drawn at its U with its kind's colour and its name, on the face it is mounted on
 * (full-depth gear on both, faded on the face it is not mounted from). Self-contained (inline styles, no CSS), so
 * the same text is shown on the printed proposal and saved as an `.svg` (or drawn to a PNG) per rack.
 */
import type { Catalog, Layout, RackPlacement } from '../../core';
import { isFullDepth, uHeightOf } from '../../core';
import { KIND_COLOURS_CSS } from '../kindColours';

const U_PX = 10;
const FACE_W_MIN = 128;
const U_COL = 22;
const GAP = 14;
const TOP = 34;
const BOTTOM = 8;
const FONT = 'font-family="Helvetica, Arial, sans-serif"';

export const escapeXml = (s: string): string =>
  s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/** Text that fits `px` at about 0.56 em per character. */
const fit = (s: string, px: number, fontPx: number) => {
  const n = Math.max(3, Math.floor(px / (fontPx * 0.56)));
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
};

export interface ElevationDrawing {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

export interface ElevationOptions {
  /** Widen the faces so every device name is written whole (the printed elevations), instead of cut with "…". */
  readonly fullLabels?: boolean;
}

/** Face width that fits the longest label of the rack at 7.5 px (about 0.56 em a character), at least {@link FACE_W_MIN}. */
function faceWidthFor(layout: Layout, catalog: Catalog, rack: RackPlacement): number {
  let longest = 0;
  for (const d of layout.devices) {
    if (d.rack !== rack.id) continue;
    const label = d.name ?? catalog.items.get(d.sku)?.name ?? d.sku;
    longest = Math.max(longest, label.length + ` (${d.face})`.length);
  }
  return Math.max(FACE_W_MIN, Math.ceil(longest * 7.5 * 0.56) + 12);
}

export function rackElevationSvg(
  layout: Layout,
  catalog: Catalog,
  rack: RackPlacement,
  options: ElevationOptions = {},
): ElevationDrawing {
  const item = catalog.items.get(rack.sku);
  const heightU = item?.kind === 'rack' ? item.heightU : 42;
  const FACE_W = options.fullLabels ? faceWidthFor(layout, catalog, rack) : FACE_W_MIN;
  const width = U_COL * 2 + FACE_W * 2 + GAP;
  const height = TOP + heightU * U_PX + BOTTOM;
  const bottom = TOP + heightU * U_PX;
  const parts: string[] = [
    `<text x="${width / 2}" y="14" text-anchor="middle" font-size="13" font-weight="bold" ${FONT}>Rack ${escapeXml(rack.name)} · ${heightU} U</text>`,
  ];
  const faceX = { front: U_COL, rear: U_COL + FACE_W + GAP } as const;
  for (const face of ['front', 'rear'] as const) {
    const x = faceX[face];
    parts.push(
      `<text x="${x + FACE_W / 2}" y="29" text-anchor="middle" font-size="10" fill="#555" ${FONT}>${face}</text>`,
      `<rect x="${x}" y="${TOP}" width="${FACE_W}" height="${heightU * U_PX}" fill="#f4f5f7" stroke="#3b4453" stroke-width="1.5"/>`,
    );
    for (let u = 1; u <= heightU; u++) {
      const y = bottom - u * U_PX;
      parts.push(
        `<line x1="${x}" x2="${x + FACE_W}" y1="${y}" y2="${y}" stroke="#dde1e7" stroke-width="0.5"/>`,
      );
    }
  }
  // U numbers on the outer edges: every U, right-aligned left of the front and left-aligned right of the rear.
  for (let u = 1; u <= heightU; u++) {
    const y = bottom - (u - 0.5) * U_PX + 3;
    parts.push(
      `<text x="${U_COL - 3}" y="${y}" text-anchor="end" font-size="7.5" fill="#555" ${FONT}>${u}</text>`,
      `<text x="${width - U_COL + 3}" y="${y}" font-size="7.5" fill="#555" ${FONT}>${u}</text>`,
    );
  }
  for (const d of layout.devices) {
    if (d.rack !== rack.id) continue;
    const dev = catalog.items.get(d.sku);
    const h = dev ? Math.max(0.5, uHeightOf(dev)) : 1;
    const label = d.name ?? dev?.name ?? d.sku;
    const y = bottom - (d.u - 1 + h) * U_PX;
    for (const face of ['front', 'rear'] as const) {
      const own = d.face === face;
      if (!own && !(dev && isFullDepth(dev))) continue;
      const x = faceX[face];
      const colour = dev ? KIND_COLOURS_CSS[dev.kind] : '#999999';
      parts.push(
        `<rect x="${x + 1}" y="${y + 0.5}" width="${FACE_W - 2}" height="${h * U_PX - 1}" fill="${colour}" fill-opacity="${own ? 0.9 : 0.35}" stroke="#222" stroke-width="0.4"><title>${escapeXml(`${label}, U${d.u}${h > 1 ? `–U${d.u + Math.ceil(h) - 1}` : ''}, ${d.face}`)}</title></rect>`,
        `<text x="${x + 4}" y="${y + Math.min(h * U_PX, 12) / 2 + 3}" font-size="7.5" fill="${own ? '#111' : '#333'}" ${FONT}>${escapeXml(fit(own ? label : `${label} (${d.face})`, FACE_W - 8, 7.5))}</text>`,
      );
    }
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Rack ${escapeXml(rack.name)} elevation, front and rear">${parts.join('')}</svg>`;
  return { svg, width, height };
}
