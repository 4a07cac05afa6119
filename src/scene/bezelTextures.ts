/**
 * Front panels drawn on a canvas at run time (nothing is fetched): drive bays and fans for servers, port rows for
 * switches, outlets for PDUs. Light greys, so the instance colour tints them. One texture per SKU, cached.
 */
import { CanvasTexture, SRGBColorSpace } from 'three';
import type { CatalogItem } from '../core';
import { uHeightOf } from '../core';

const cache = new Map<string, CanvasTexture>();

/** The texture's lower-left 1/16 is left plain: the box's non-front faces map there. */
export const PLAIN_UV = 0.02;

function draw(ctx: CanvasRenderingContext2D, item: CatalogItem, w: number, h: number): void {
  ctx.fillStyle = '#d9dee6';
  ctx.fillRect(0, 0, w, h);
  // The front panel occupies the upper 15/16 of the texture; the strip below stays plain for the sides.
  const top = 0;
  const ph = Math.round(h * (15 / 16));
  ctx.fillStyle = '#eef1f5';
  ctx.fillRect(0, top, w, ph);
  ctx.fillStyle = '#aeb6c2';
  ctx.fillRect(0, top, 10, ph);
  ctx.fillRect(w - 10, top, 10, ph);
  const inner = { x: 16, y: top + 3, w: w - 32, h: ph - 6 };
  const kind = item.kind;
  if (kind === 'server' && uHeightOf(item) >= 3) {
    const fans = Math.max(2, Math.min(8, Math.round(uHeightOf(item) / 2) + 2));
    const r = Math.min(inner.h * 0.28, inner.w / (fans * 2.6));
    for (let i = 0; i < fans; i++) {
      const cx = inner.x + ((i + 0.5) * inner.w) / fans;
      const cy = inner.y + inner.h * 0.32;
      ctx.fillStyle = '#8d96a3';
      ctx.beginPath();
      ctx.arc(cx, cy, r, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = '#c7cdd6';
      ctx.beginPath();
      ctx.arc(cx, cy, r * 0.35, 0, Math.PI * 2);
      ctx.fill();
    }
    drawBays(ctx, inner.x, inner.y + inner.h * 0.66, inner.w, inner.h * 0.3, 12);
  } else if (kind === 'server' || kind === 'rackmount') {
    drawBays(ctx, inner.x, inner.y, inner.w * 0.78, inner.h, uHeightOf(item) >= 2 ? 12 : 10);
    ctx.fillStyle = '#9aa3af';
    for (let x = inner.x + inner.w * 0.82; x < inner.x + inner.w; x += 6)
      ctx.fillRect(x, inner.y + 2, 3, inner.h - 4);
  } else if (kind === 'switch') {
    const rows = 2;
    const cols = 32;
    const cw = inner.w / cols;
    const rh = inner.h / rows;
    ctx.fillStyle = '#4b5563';
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) ctx.fillRect(inner.x + c * cw + 1, inner.y + r * rh + 2, cw - 3, rh - 4);
  } else if (kind === 'pdu' || kind === 'power-shelf' || kind === 'ups') {
    const n = kind === 'power-shelf' ? 6 : 12;
    const cw = inner.w / n;
    ctx.fillStyle = '#6b7280';
    for (let i = 0; i < n; i++) ctx.fillRect(inner.x + i * cw + 3, inner.y + 3, cw - 6, inner.h - 6);
  } else {
    ctx.fillStyle = '#9aa3af';
    for (let y = inner.y + 3; y < inner.y + inner.h; y += 6) ctx.fillRect(inner.x, y, inner.w, 2);
  }
  ctx.fillStyle = '#22c55e';
  ctx.fillRect(w - 24, top + 5, 6, Math.max(3, Math.min(6, ph / 6)));
}

function drawBays(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, n: number) {
  const bw = w / n;
  for (let i = 0; i < n; i++) {
    ctx.fillStyle = '#b3bbc6';
    ctx.fillRect(x + i * bw + 1, y + 1, bw - 2, h - 2);
    ctx.fillStyle = '#7c8594';
    ctx.fillRect(x + i * bw + 3, y + h - 5, bw - 6, 2);
  }
}

/** The front-panel texture of an item, sized to its aspect (19-inch wide, U high). */
export function bezelTexture(item: CatalogItem): CanvasTexture | null {
  const hit = cache.get(item.sku);
  if (hit) return hit;
  if (typeof document === 'undefined') return null;
  const w = 512;
  const uH = Math.max(uHeightOf(item), 1);
  const panelH = Math.min(512, Math.max(24, Math.round((w * uH * 44.45) / 482.6)));
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = Math.round((panelH * 16) / 15);
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  draw(ctx, item, w, canvas.height);
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = 4;
  cache.set(item.sku, texture);
  return texture;
}
