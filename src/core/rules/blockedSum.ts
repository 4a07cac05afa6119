/**
 * A total over per-rack amounts that follows a change to a few racks in O(changed + racks / 64): the amounts are
 * summed in blocks of 64 racks and the total is the sum of the block sums, in order. The whole-pod pass sums the same
 * way, so a total carried forward is bit-for-bit the total recomputed (a running total adjusted by differences
 * would drift by rounding).
 */
const BLOCK = 64;

export class BlockedSum {
  readonly values: Float64Array;
  private readonly blocks: Float64Array;

  constructor(count: number) {
    this.values = new Float64Array(count);
    this.blocks = new Float64Array(Math.ceil(count / BLOCK));
  }

  /** Sums every block again (after setting every value). */
  sumAll(): void {
    for (let b = 0; b < this.blocks.length; b++) this.sumBlockOf(b * BLOCK);
  }

  /** Sums again the block holding value `i` (after changing it). */
  sumBlockOf(i: number): void {
    const start = i - (i % BLOCK);
    const end = Math.min(start + BLOCK, this.values.length);
    let s = 0;
    for (let k = start; k < end; k++) s += this.values[k] as number;
    this.blocks[start / BLOCK] = s;
  }

  total(): number {
    let s = 0;
    for (let b = 0; b < this.blocks.length; b++) s += this.blocks[b] as number;
    return s;
  }
}
