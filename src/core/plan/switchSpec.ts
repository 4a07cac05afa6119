/**
 * From a catalog switch to the port model the sizing rules use, and the leaf port split for an oversubscription.
 */
import type { Switch } from '../model/catalog';
import type { FabricSwitchSpec, Oversubscription } from './fabricTypes';

/**
 * The catalog lists a leaf layout (e.g. QM9700 `down` 32 + `up` 32); when the downlink and uplink groups share speed
 * and form factor the split is only a convention, so they pool into one radix. Otherwise (SN2201: 48 × 1 GbE RJ45
 * down, 4 × 100 GbE QSFP28 up) the uplinks stay a fixed group. Management ports (role `oob`) are not data ports.
 */
export function switchSpecOf(item: Switch): FabricSwitchSpec {
  const down = item.ports.filter((g) => g.role === 'downlink');
  const up = item.ports.filter((g) => g.role === 'uplink');
  const all = [...down, ...up];
  const first = all[0];
  const base = { name: item.name, sku: item.sku };
  if (!first) return { ...base, ports: 0, speedGbps: 0 };
  const uniform = all.every((g) => g.speedGbps === first.speedGbps && g.formFactor === first.formFactor);
  if (uniform || down.length === 0 || up.length === 0) {
    return { ...base, ports: sum(all.map((g) => g.count)), speedGbps: first.speedGbps };
  }
  const d0 = down[0];
  const u0 = up[0];
  return {
    ...base,
    ports: sum(down.map((g) => g.count)),
    speedGbps: d0 ? d0.speedGbps : 0,
    fixedUplinks: { count: sum(up.map((g) => g.count)), speedGbps: u0 ? u0.speedGbps : 0 },
  };
}

/** The switch as `breakout` ports of 1/breakout the speed each (fixed uplinks are not broken out). */
export function withBreakout(spec: FabricSwitchSpec, breakout: number): FabricSwitchSpec {
  if (breakout === 1) return spec;
  return { ...spec, ports: spec.ports * breakout, speedGbps: spec.speedGbps / breakout };
}

/**
 * Uplinks a leaf needs for `down` downlinks at the target ratio: ceil(down × up/down), in ports of the uplink speed.
 * A fixed uplink group is capped at its size and gives at least one uplink.
 */
export function uplinksFor(spec: FabricSwitchSpec, down: number, ratio: Oversubscription): number {
  if (down <= 0) return 0;
  const fixed = spec.fixedUplinks;
  if (!fixed) return Math.ceil((down * ratio.up) / ratio.down - 1e-9);
  const need = Math.ceil((down * spec.speedGbps * ratio.up) / ratio.down / fixed.speedGbps - 1e-9);
  return Math.min(fixed.count, Math.max(1, need));
}

/** The most downlinks a leaf can give while keeping `ratio`: the largest d with d + uplinksFor(d) ≤ ports. */
export function maxDownlinks(spec: FabricSwitchSpec, ratio: Oversubscription): number {
  if (spec.fixedUplinks) return spec.ports;
  let d = Math.min(spec.ports, Math.floor((spec.ports * ratio.down) / (ratio.down + ratio.up)) + 1);
  while (d > 0 && d + uplinksFor(spec, d, ratio) > spec.ports) d--;
  return d;
}

/** Speed of the leaf's uplinks, Gb/s. */
export const uplinkSpeed = (spec: FabricSwitchSpec): number => spec.fixedUplinks?.speedGbps ?? spec.speedGbps;

/** Divisors of n, ascending. */
export function divisors(n: number): number[] {
  const small: number[] = [];
  const large: number[] = [];
  for (let i = 1; i * i <= n; i++) {
    if (n % i !== 0) continue;
    small.push(i);
    if (i * i !== n) large.unshift(n / i);
  }
  return [...small, ...large];
}

export const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

export function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y) [x, y] = [y, x % y];
  return x;
}
