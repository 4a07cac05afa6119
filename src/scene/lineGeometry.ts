/** Line-segment geometry written in place (grown as needed): box edges for outlines, free segments for links. */
import { BufferAttribute } from 'three';
import type { BufferGeometry } from 'three';
import type { Box } from './sceneLayout';

type Point = readonly [number, number, number];

/** Writes segment end points (pairs) into a line-segment geometry, growing its buffer when needed. */
export function writeSegments(geometry: BufferGeometry, points: readonly Point[]): void {
  const needed = points.length * 3;
  let attr = geometry.getAttribute('position') as BufferAttribute | undefined;
  if (!attr || attr.array.length < needed) {
    attr = new BufferAttribute(new Float32Array(Math.max(needed, 24 * 3 * 8)), 3);
    geometry.setAttribute('position', attr);
  }
  points.forEach((p, i) => attr.setXYZ(i, ...p));
  geometry.setDrawRange(0, points.length);
  attr.needsUpdate = true;
  geometry.computeBoundingSphere();
}

const EDGES = [
  [0, 1],
  [1, 3],
  [3, 2],
  [2, 0],
  [4, 5],
  [5, 7],
  [7, 6],
  [6, 4],
  [0, 4],
  [1, 5],
  [2, 6],
  [3, 7],
] as const;

/** The 8 corners of a box grown by `pad`, indexed by bits (x, y, z). */
function corners(b: Box, pad: number): Point[] {
  const hw = b.w / 2 + pad;
  const hh = b.h / 2 + pad;
  const hd = b.d / 2 + pad;
  return Array.from({ length: 8 }, (_, k) => [
    b.x + (k & 1 ? hw : -hw),
    b.y + (k & 2 ? hh : -hh),
    b.z + (k & 4 ? hd : -hd),
  ]);
}

/** The 12 edges of each box, as segments. */
export const boxEdges = (boxes: readonly Box[], pad: number): Point[] =>
  boxes.flatMap((b) => {
    const c = corners(b, pad);
    return EDGES.flatMap(([a, e]) => [c[a]!, c[e]!]);
  });

/** A cross over the box's front face and over its top: the mark of a refused drop. */
export function boxCross(b: Box, pad: number): Point[] {
  const c = corners(b, pad);
  const front = b.facing > 0 ? 4 : 0;
  return [c[front]!, c[front + 3]!, c[front + 1]!, c[front + 2]!, c[2]!, c[7]!, c[3]!, c[6]!];
}

/** Writes the 12 edges of each box into a line-segment geometry. */
export const writeBoxes = (geometry: BufferGeometry, boxes: readonly Box[], pad: number): void =>
  writeSegments(geometry, boxEdges(boxes, pad));
