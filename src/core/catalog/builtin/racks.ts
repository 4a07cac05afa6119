/**
 * Built-in racks. Generic cabinets take their static load from the rating BELDEN-LOAD calls common today; the NVL72
 * frame's figures are mostly estimates because NVIDIA publishes no U height or frame weight. Prices are illustrative
 * examples (`example: true`), not list prices.
 */
import type { Rack } from '../../model/catalog';
import { sku } from '../../model/ids';
import { EXAMPLE_PRICE, derived, estimate, examplePrice, published } from './sources';

/** 3,000 lb in kg, the static rating BELDEN-LOAD says is now common (UL 2416). */
const COMMON_STATIC_LOAD = derived(
  '3,000 lb × 0.45359 kg/lb = 1,361 kg; BELDEN-LOAD (S): 3,000 lb static ratings are now common, and a generic cabinet is assumed to carry one',
  'BELDEN-LOAD',
);

const GENERIC_CABINET = estimate(
  'generic cabinet: height and footprint define the SKU; own weight typical of a steel cabinet of that size',
);

export const RACKS: readonly Rack[] = [
  {
    kind: 'rack',
    sku: sku('rack-42u-600x1200'),
    name: 'Rack 42U 600 × 1200',
    vendor: 'Generic',
    placement: 'floor',
    heightU: 42,
    widthMm: 600,
    depthMm: 1200,
    staticLoadKg: 1361,
    weightKg: 150,
    price: examplePrice(1800),
    description: 'Generic 42U cabinet, 600 × 1,200 mm, 1,361 kg static load, about 150 kg empty.',
    provenance: {
      default: GENERIC_CABINET,
      fields: { staticLoadKg: COMMON_STATIC_LOAD, price: EXAMPLE_PRICE },
    },
  },
  {
    kind: 'rack',
    sku: sku('rack-48u-600x1200'),
    name: 'Rack 48U 600 × 1200',
    vendor: 'Generic',
    placement: 'floor',
    heightU: 48,
    widthMm: 600,
    depthMm: 1200,
    staticLoadKg: 1361,
    weightKg: 165,
    price: examplePrice(2200),
    description: 'Generic 48U cabinet, 600 × 1,200 mm, 1,361 kg static load, about 165 kg empty.',
    provenance: {
      default: GENERIC_CABINET,
      fields: { staticLoadKg: COMMON_STATIC_LOAD, price: EXAMPLE_PRICE },
    },
  },
  {
    kind: 'rack',
    sku: sku('rack-52u-600x1200'),
    name: 'Rack 52U 600 × 1200',
    vendor: 'Generic',
    placement: 'floor',
    heightU: 52,
    widthMm: 600,
    depthMm: 1200,
    staticLoadKg: 1361,
    weightKg: 180,
    price: examplePrice(2600),
    description:
      'Generic 52U cabinet (about 2.5 m tall), 600 × 1,200 mm, 1,361 kg static load: room for four 10U systems plus network and power gear.',
    provenance: {
      default: GENERIC_CABINET,
      fields: { staticLoadKg: COMMON_STATIC_LOAD, price: EXAMPLE_PRICE },
    },
  },
  {
    kind: 'rack',
    sku: sku('rack-48u-800x1200-ai'),
    name: 'AI rack 48U 800 × 1200',
    vendor: 'Generic',
    placement: 'floor',
    heightU: 48,
    widthMm: 800,
    depthMm: 1200,
    staticLoadKg: 1800,
    weightKg: 190,
    price: examplePrice(3500),
    description:
      'Wide 48U cabinet for dense GPU racks, 800 × 1,200 mm with wide cable channels, 1,800 kg static load.',
    provenance: {
      default: GENERIC_CABINET,
      fields: {
        staticLoadKg: estimate(
          'heavy-duty AI cabinet class: above the common 1,361 kg (BELDEN-LOAD) so four 130 kg DGX-class servers, PDUs and cabling fit with margin',
          'BELDEN-LOAD',
        ),
        price: EXAMPLE_PRICE,
      },
    },
  },
  {
    kind: 'rack',
    sku: sku('rack-nvl72'),
    name: 'NVL72 rack frame (GB200 class)',
    vendor: 'NVIDIA MGX (generic)',
    placement: 'floor',
    heightU: 48,
    widthMm: 600,
    depthMm: 1200,
    staticLoadKg: 1500,
    weightKg: 340,
    maxW: 132_000,
    price: examplePrice(120_000),
    description:
      'GB200 NVL72-class rack frame with DC busbar, NVLink copper spine and manifolds: 48U, 600 × 1,200 mm, 132 kW busbar, 1,500 kg static load.',
    provenance: {
      default: estimate('NVL72 frame figures are not published; see per-field sources'),
      fields: {
        heightU: estimate('rack U height not found in any primary source (figures.md 1.1); 48U assumed'),
        widthMm: estimate('width not found; 600 mm MGX-class rack assumed'),
        depthMm: published(
          'FUDZILLA-HC25',
          'S reporting NVIDIA at Hot Chips 2025: rack depth grew from 1,068 mm to 1,200 mm',
        ),
        staticLoadKg: estimate(
          'at least the 1.36 t (3,000 lb) loaded NVL72 rack reported by YAHOO-STH (S), with margin; not published',
        ),
        weightKg: estimate(
          'frame + busbar + NVLink copper spine cartridges + manifolds; chosen so frame + 18 compute trays (35 kg) + 9 NVLink trays (25 kg) + 8 shelves (18 kg) + 2 TOR switches ≈ the reported 1.36 t (YAHOO-STH)',
        ),
        maxW: derived(
          '8 × 33 kW power shelves in N+N: 8 / 2 × 33 kW = 132 kW, the total SERVERSIMPLY-GB300 (S) gives for the GB300 rack; STH-GB200 (S) reports ~120 kW for GB200',
          ['SERVERSIMPLY-GB300', 'STH-GB200'],
        ),
        price: EXAMPLE_PRICE,
      },
    },
  },
];
