/**
 * The pod floor: one plane with its grid, aisles and labels painted on a canvas (no fonts fetched). In front of each
 * position: the name of the rack standing there with the position under it, or the position name alone.
 */
import { useEffect, useMemo } from 'react';
import { CanvasTexture, SRGBColorSpace } from 'three';
import type { FloorGrid } from '../core';
import { useEditor } from '../state/editorContext';
import type { FloorLabel } from './floorLabels';
import { floorLabels } from './floorLabels';
import { floorFrame, rowCentreZ, rowFacing } from './sceneLayout';

const MARGIN_M = 1.5;

function paintFloor(
  floor: FloorGrid,
  labels: readonly FloorLabel[],
): { texture: CanvasTexture; width: number; depth: number } | null {
  if (typeof document === 'undefined') return null;
  const f = floorFrame(floor);
  const width = f.width + 2 * MARGIN_M;
  const depth = f.depth + 2 * MARGIN_M;
  const pxPerM = Math.min(100, 4096 / Math.max(width, depth));
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * pxPerM);
  canvas.height = Math.ceil(depth * pxPerM);
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const X = (x: number) => (x - f.originX + MARGIN_M) * pxPerM;
  const Z = (z: number) => (z - f.originZ + MARGIN_M) * pxPerM;
  ctx.fillStyle = '#e4e8ee';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  // Raised-floor tiles every 600 mm.
  ctx.strokeStyle = '#d5dbe3';
  ctx.lineWidth = 1;
  for (let x = f.originX - MARGIN_M; x <= f.originX + f.width + MARGIN_M; x += 0.6) {
    ctx.beginPath();
    ctx.moveTo(X(x), 0);
    ctx.lineTo(X(x), canvas.height);
    ctx.stroke();
  }
  for (let z = f.originZ - MARGIN_M; z <= f.originZ + f.depth + MARGIN_M; z += 0.6) {
    ctx.beginPath();
    ctx.moveTo(0, Z(z));
    ctx.lineTo(canvas.width, Z(z));
    ctx.stroke();
  }
  const fontPx = Math.max(9, Math.min(26, f.pitch * pxPerM * 0.28));
  const smallPx = Math.max(8, Math.round(fontPx * 0.62));
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (let row = 0; row < f.rows; row++) {
    const zc = rowCentreZ(f, row);
    ctx.fillStyle = '#f7f9fb';
    ctx.fillRect(X(f.originX), Z(zc - f.rowDepth / 2), f.width * pxPerM, f.rowDepth * pxPerM);
    ctx.strokeStyle = '#b4bdc9';
    ctx.lineWidth = 1.5;
    for (let slot = 0; slot < f.perRow; slot++)
      ctx.strokeRect(
        X(f.originX + slot * f.pitch) + 1,
        Z(zc - f.rowDepth / 2) + 1,
        f.pitch * pxPerM - 2,
        f.rowDepth * pxPerM - 2,
      );
    // Labels in front of each position, on the aisle side.
    const labelZ = zc + rowFacing(row) * (f.rowDepth / 2 + Math.min(0.3, f.aisle / 4));
    for (let slot = 0; slot < f.perRow; slot++) {
      const label = labels[row * f.perRow + slot];
      if (label)
        paintLabel(
          ctx,
          label,
          X(f.originX + (slot + 0.5) * f.pitch),
          Z(labelZ),
          fontPx,
          smallPx,
          f.pitch * pxPerM,
        );
    }
    // Cold-aisle arrow tint between rows that face each other.
    if (rowFacing(row) === 1 && row + 1 < f.rows) {
      ctx.fillStyle = 'rgba(56, 189, 248, 0.10)';
      ctx.fillRect(X(f.originX), Z(zc + f.rowDepth / 2), f.width * pxPerM, f.aisle * pxPerM);
    }
  }
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = 8;
  return { texture, width, depth };
}

/** A rack's name in dark bold with its position small beneath; an empty position's name in grey. */
function paintLabel(
  ctx: CanvasRenderingContext2D,
  label: FloorLabel,
  x: number,
  y: number,
  fontPx: number,
  smallPx: number,
  pitchPx: number,
): void {
  if (!label.occupied) {
    ctx.font = `600 ${smallPx}px system-ui, sans-serif`;
    ctx.fillStyle = '#8a94a3';
    ctx.fillText(label.text, x, y);
    return;
  }
  ctx.font = `700 ${fontPx}px system-ui, sans-serif`;
  ctx.fillStyle = '#1f2937';
  // A long name is squeezed into its position's width rather than running into the next one.
  ctx.fillText(label.text, x, label.position ? y - smallPx * 0.45 : y, 0.92 * pitchPx);
  if (label.position) {
    ctx.font = `500 ${smallPx}px system-ui, sans-serif`;
    ctx.fillStyle = '#6b7686';
    ctx.fillText(label.position, x, y + fontPx * 0.55);
  }
}

export function Floor() {
  const floor = useEditor((s) => s.layout.floor);
  const racks = useEditor((s) => s.layout.racks);
  const labels = useMemo(() => floorLabels(floor, racks), [floor, racks]);
  // Repainted only when a label changes (a rack's door or model changes no label).
  const labelKey = useMemo(() => labels.map((l) => `${l.text}|${l.position ?? ''}`).join('\n'), [labels]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `labels` is read through `labelKey`
  const painted = useMemo(() => paintFloor(floor, labels), [floor, labelKey]);
  useEffect(() => () => painted?.texture.dispose(), [painted]);
  if (!painted) return null;
  return (
    // The painted labels ride along in userData, so a test can read what the floor says (a canvas holds no text).
    <mesh rotation-x={-Math.PI / 2} position={[0, -0.001, 0]} name="floor" userData={{ labels }}>
      <planeGeometry args={[painted.width, painted.depth]} />
      <meshStandardMaterial map={painted.texture} roughness={0.95} />
    </mesh>
  );
}
