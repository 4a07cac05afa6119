import { Color, InstancedBufferAttribute } from 'three';
import { describe, expect, it } from 'vitest';
import { colourDiffers, differs, nothingChanged, upload, widen } from './instanceRanges';

describe('Instance buffers uploaded by the range that changed', () => {
  it('compares as stored (Float32), so an unchanged value is not written again', () => {
    const stored = new Float32Array([0.1, 0.2, 0.3, 1 / 3]);
    // 0.1 as a double differs from its Float32 rounding; compared after Math.fround it is the same.
    expect(differs(stored, 0, [0.1, 0.2])).toBe(false);
    expect(differs(stored, 2, [0.3, 0.34])).toBe(true);
    const c = new Color(0.1, 0.2, 0.3);
    expect(colourDiffers(stored, 0, c)).toBe(false);
    expect(colourDiffers(stored, 0, c.setRGB(0.1, 0.2, 0.31))).toBe(true);
  });

  it('uploads instances lo..hi only, and keeps earlier ranges until the next render takes them', () => {
    const attribute = new InstancedBufferAttribute(new Float32Array(16 * 10), 16);
    const changed = nothingChanged();
    expect(changed.hi).toBeLessThan(0);
    widen(changed, 7);
    widen(changed, 3);
    expect(changed).toEqual({ lo: 3, hi: 7 });
    const version = attribute.version;
    upload(attribute, changed, 16);
    upload(attribute, { lo: 9, hi: 9 }, 16);
    // Instances 3..7 are floats 48..127 (5 × 16 = 80 of them); instance 9 is floats 144..159.
    expect(attribute.updateRanges).toEqual([
      { start: 48, count: 80 },
      { start: 144, count: 16 },
    ]);
    expect(attribute.version).toBe(version + 2);
  });
});
