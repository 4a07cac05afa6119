/**
 * An OCP ORv3-class battery backup (BBU) shelf: it sits on the rack's DC busbar beside the power shelves and carries
 * the rack through the minutes a generator needs to start and take the load. Runtime falls faster than linearly with
 * load, so it is given as a curve. The two anchors at rated load (about 90 s at end of life, about 240 s at beginning
 * of life) are secondary figures; the points below rated load are our estimate.
 */
import type { Ups } from '../../model/catalog';
import { sku } from '../../model/ids';
import { EXAMPLE_PRICE, estimate, examplePrice, published } from './sources';

/** Rated output, W (sized to match one 33 kW ORv3 power shelf). */
const BBU_RATED_W = 33_000;
/** End-of-life runtime at rated load, s (POWER.md §3, S). */
const EOL_RUNTIME_FULL_S = 90;

export const RACK_BBU_SHELF: Ups = {
  kind: 'ups',
  sku: sku('orv3-bbu-shelf-33kw'),
  name: 'ORv3 BBU shelf 33 kW',
  vendor: 'Generic (OCP ORv3 class)',
  placement: 'rack-u',
  uHeight: 1,
  fullDepth: true,
  capacityW: BBU_RATED_W,
  runtimeMin: EOL_RUNTIME_FULL_S / 60,
  efficiency: 0.97,
  // End-of-life runtime curve: 100% → 90 s, 75% → 130 s, 50% → 210 s, 25% → 480 s.
  runtimeCurve: [
    { loadFraction: 0.25, runtimeS: 480 },
    { loadFraction: 0.5, runtimeS: 210 },
    { loadFraction: 0.75, runtimeS: 130 },
    { loadFraction: 1, runtimeS: EOL_RUNTIME_FULL_S },
  ],
  weightKg: 30,
  price: examplePrice(9000),
  description:
    '1U battery backup shelf on the ORv3 busbar: 33 kW, about 90 s at full load at end of life (240 s when new).',
  provenance: {
    default: estimate('generic ORv3 BBU shelf class; figures chosen, not read from a datasheet'),
    fields: {
      runtimeMin: published(
        'STORAGE-NOTES',
        'S: ORv3 BBU shelves about 90 s end-of-life / 240 s beginning-of-life at rated load; 90 s = 1.5 min kept',
      ),
      runtimeCurve: estimate(
        'rated-load point 90 s end of life (STORAGE-NOTES, S); lighter loads by a Peukert exponent of 1.2 we chose: 90 × (1/0.75)^1.2 = 127 → 130 s, 90 × 2^1.2 = 207 → 210 s, 90 × 4^1.2 = 475 → 480 s',
        'STORAGE-NOTES',
      ),
      capacityW: estimate('33 kW chosen to pair with one 33 kW power shelf'),
      efficiency: estimate('DC/DC discharge path, about 97% assumed'),
      price: EXAMPLE_PRICE,
    },
  },
};
