/**
 * Instance buffers written in place and uploaded by the range that changed (issue 14): an edit of a 20,000-device
 * pod recolours a few instances and moves a few, and re-uploading and re-bounding every instance cost more than the
 * edit. Used by the rack layers (`useInstancedLayer.ts`) and the device bodies (`DeviceInstances.tsx`).
 */
import type { BufferAttribute, Color } from 'three';

/** Indexes of instances that changed: `lo..hi`, empty while `hi` < 0. */
export interface Changed {
  lo: number;
  hi: number;
}

export const nothingChanged = (): Changed => ({ lo: Number.POSITIVE_INFINITY, hi: -1 });

/** Whether `values` differ from the Float32 `array` at `offset` (as stored: Float32 rounding). */
export function differs(array: Float32Array, offset: number, values: ArrayLike<number>): boolean {
  for (let k = 0; k < values.length; k++) if (array[offset + k] !== Math.fround(values[k]!)) return true;
  return false;
}

export const widen = (range: Changed, i: number) => {
  if (i < range.lo) range.lo = i;
  if (i > range.hi) range.hi = i;
};

/**
 * Marks instances `lo..hi` of an attribute (`size` floats each) for upload. Ranges add up until the next render
 * uploads them and clears them (three's WebGLAttributes), so two updates before one frame both reach the GPU.
 */
export function upload(attribute: BufferAttribute, { lo, hi }: Changed, size: number): void {
  attribute.addUpdateRange(lo * size, (hi - lo + 1) * size);
  attribute.needsUpdate = true;
}

/** Whether instance `i`'s colour in `array` (3 floats each) differs from `colour`, without allocating. */
export const colourDiffers = (array: Float32Array, i: number, colour: Color): boolean =>
  array[i * 3] !== Math.fround(colour.r) ||
  array[i * 3 + 1] !== Math.fround(colour.g) ||
  array[i * 3 + 2] !== Math.fround(colour.b);
