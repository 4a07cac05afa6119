/**
 * Cable media as data: per speed, each medium's reach, the power it draws at each end and what it is sold as.
 * Keys in brackets refer to `shared/reference/figures.md` §9. Where figures.md has no figure the row says
 * `estimate` and why; industry-standard reaches (IEEE 802.3 PMD names) are marked estimate too, since they are not in
 * figures.md. Prices are illustrative examples, not list prices.
 */
import type { FormFactor, Provenance } from '../model/catalog';

export type MediumKind = 'dac' | 'acc' | 'aoc' | 'mmf' | 'smf-dr' | 'smf-fr' | 'twisted-pair';

/** Cheapest first: the order cabling tries media in. */
export const MEDIUM_ORDER: readonly MediumKind[] = [
  'twisted-pair',
  'dac',
  'acc',
  'aoc',
  'mmf',
  'smf-dr',
  'smf-fr',
];

export const MEDIUM_LABELS: Readonly<Record<MediumKind, string>> = {
  dac: 'passive copper (DAC)',
  acc: 'active copper (ACC)',
  aoc: 'active optical cable (AOC)',
  mmf: 'multimode optics + fibre',
  'smf-dr': 'single-mode optics (DR, 500 m) + fibre',
  'smf-fr': 'single-mode optics (FR, 2 km) + fibre',
  'twisted-pair': 'twisted pair (Cat6)',
};

export interface MediumSpec {
  readonly kind: MediumKind;
  readonly speedGbps: number;
  /** Longest supported link, m. */
  readonly reachM: number;
  /** Power at each end (a transceiver, or an active cable's end), W typical. */
  readonly endTypicalW: number;
  /** Power at each end, W max. */
  readonly endMaxW: number;
  /** Pluggable optics at both ends: SKU suffix and name (the form factor is the port's). */
  readonly transceiver?: { readonly code: string; readonly name: string; readonly price: number };
  /** The cable: SKU stem (length is appended) and example price = base + per metre × length. */
  readonly cable: {
    readonly code: string;
    readonly name: string;
    readonly basePrice: number;
    readonly perMetre: number;
  };
  readonly provenance: Provenance;
}

const P = (source: string): Provenance => ({ grade: 'published', source });
const E = (source: string): Provenance => ({ grade: 'estimate', source });

const STD = 'IEEE 802.3 reach for this PMD; not in figures.md';
const COPPER_400 = 'DOMAIN.md "transceiver, DAC, AOC": a DAC reaches about 3 m at 400G';

const fibre = (kind: 'mmf' | 'smf', code: string) =>
  kind === 'mmf'
    ? {
        code: `fiber-mmf-${code}`,
        name: `Multimode fibre OM4 ${code.toUpperCase()}`,
        basePrice: 30,
        perMetre: 2,
      }
    : {
        code: `fiber-smf-${code}`,
        name: `Single-mode fibre OS2 ${code.toUpperCase()}`,
        basePrice: 30,
        perMetre: 1.5,
      };

export const MEDIA: readonly MediumSpec[] = [
  {
    kind: 'twisted-pair',
    speedGbps: 1,
    reachM: 100,
    endTypicalW: 0,
    endMaxW: 0,
    cable: { code: 'cat6', name: 'Cat6 patch cable', basePrice: 3, perMetre: 0.5 },
    provenance: E(`1000BASE-T 100 m channel (${STD}); PHY power sits in the device`),
  },
  // 100G
  {
    kind: 'dac',
    speedGbps: 100,
    reachM: 5,
    endTypicalW: 0,
    endMaxW: 0,
    cable: { code: 'dac-100g', name: '100G passive copper cable', basePrice: 60, perMetre: 15 },
    provenance: E(`100GBASE-CR4 5 m (${STD})`),
  },
  {
    kind: 'aoc',
    speedGbps: 100,
    reachM: 30,
    endTypicalW: 2,
    endMaxW: 2.5,
    cable: { code: 'aoc-100g', name: '100G active optical cable', basePrice: 150, perMetre: 5 },
    provenance: E(
      'AOC sold to 30 m in this catalog (longer runs use optics); ~2–2.5 W per end typical of QSFP28 AOCs',
    ),
  },
  {
    kind: 'mmf',
    speedGbps: 100,
    reachM: 100,
    endTypicalW: 2.5,
    endMaxW: 3.5,
    transceiver: { code: 'sr4', name: '100G SR4 multimode transceiver', price: 100 },
    cable: fibre('mmf', 'mpo12'),
    provenance: E(`100GBASE-SR4 100 m on OM4 (${STD}); power typical of QSFP28 SR4 modules`),
  },
  {
    kind: 'smf-dr',
    speedGbps: 100,
    reachM: 500,
    endTypicalW: 3.5,
    endMaxW: 4.5,
    transceiver: { code: 'dr', name: '100G DR single-mode transceiver', price: 200 },
    cable: fibre('smf', 'lc'),
    provenance: E(`100GBASE-DR 500 m (${STD}); power typical of QSFP28 DR modules`),
  },
  {
    kind: 'smf-fr',
    speedGbps: 100,
    reachM: 2000,
    endTypicalW: 3.5,
    endMaxW: 4.5,
    transceiver: { code: 'fr', name: '100G FR single-mode transceiver', price: 250 },
    cable: fibre('smf', 'lc'),
    provenance: E(`100GBASE-FR1 2 km (${STD})`),
  },
  // 200G: the 400G OSFP modules run at 200G with published figures.
  {
    kind: 'dac',
    speedGbps: 200,
    reachM: 3,
    endTypicalW: 0,
    endMaxW: 0,
    cable: { code: 'dac-200g', name: '200G passive copper cable', basePrice: 80, perMetre: 25 },
    provenance: E('taken as the 400G DAC reach of about 3 m (DOMAIN.md)'),
  },
  {
    kind: 'aoc',
    speedGbps: 200,
    reachM: 30,
    endTypicalW: 5,
    endMaxW: 6.5,
    cable: { code: 'aoc-200g', name: '200G active optical cable', basePrice: 300, perMetre: 8 },
    provenance: E(
      'AOC sold to 30 m in this catalog; end power taken as a 200G multimode module [NV-MMA4Z00]',
    ),
  },
  {
    kind: 'mmf',
    speedGbps: 200,
    reachM: 50,
    endTypicalW: 5,
    endMaxW: 6.5,
    transceiver: { code: 'sr4', name: '200G SR4 multimode transceiver', price: 300 },
    cable: fibre('mmf', 'mpo12'),
    provenance: P(
      'figures.md §2.1 [NV-MMA4Z00] (P): 5 W typical / 6.5 W max at 200G. Reach 50 m is an estimate (the 400G module’s multimode reach)',
    ),
  },
  {
    kind: 'smf-dr',
    speedGbps: 200,
    reachM: 500,
    endTypicalW: 5,
    endMaxW: 5,
    transceiver: { code: 'dr4', name: '200G DR4 single-mode transceiver', price: 400 },
    cable: fibre('smf', 'mpo12'),
    provenance: P('figures.md §2.1 [NV-MMS4X00] (P): 5 W at 200G. Reach 500 m: DR4 class (estimate, IEEE)'),
  },
  {
    kind: 'smf-fr',
    speedGbps: 200,
    reachM: 2000,
    endTypicalW: 6,
    endMaxW: 7,
    transceiver: { code: 'fr4', name: '200G FR4 single-mode transceiver', price: 500 },
    cable: fibre('smf', 'lc'),
    provenance: E(`200GBASE-FR4 2 km (${STD}); power a little above DR4`),
  },
  // 400G
  {
    kind: 'dac',
    speedGbps: 400,
    reachM: 3,
    endTypicalW: 0,
    endMaxW: 0,
    cable: { code: 'dac-400g', name: '400G passive copper cable', basePrice: 100, perMetre: 30 },
    provenance: E(COPPER_400),
  },
  {
    kind: 'acc',
    speedGbps: 400,
    reachM: 5,
    endTypicalW: 1.5,
    endMaxW: 2,
    cable: { code: 'acc-400g', name: '400G active copper cable', basePrice: 250, perMetre: 40 },
    provenance: E('active copper (redriver/retimer) to about 5 m; ~1.5–2 W per end'),
  },
  {
    kind: 'aoc',
    speedGbps: 400,
    reachM: 30,
    endTypicalW: 8,
    endMaxW: 9,
    cable: { code: 'aoc-400g', name: '400G active optical cable', basePrice: 500, perMetre: 10 },
    provenance: E(
      'AOC sold to 30 m in this catalog; end power taken as the 400G multimode module [NV-MMA4Z00]',
    ),
  },
  {
    kind: 'mmf',
    speedGbps: 400,
    reachM: 50,
    endTypicalW: 8,
    endMaxW: 9,
    transceiver: {
      code: 'sr4',
      name: '400G SR4 multimode transceiver (e.g. NVIDIA MMA4Z00-NS400)',
      price: 600,
    },
    cable: fibre('mmf', 'mpo12'),
    provenance: P(
      'figures.md §2.1 [NV-MMA4Z00] (P): 8 W typical / 9 W max at 400G. Reach 50 m on OM4 is an estimate (not in figures.md)',
    ),
  },
  {
    kind: 'smf-dr',
    speedGbps: 400,
    reachM: 500,
    endTypicalW: 9,
    endMaxW: 9,
    transceiver: {
      code: 'dr4',
      name: '400G DR4 single-mode transceiver (e.g. NVIDIA MMS4X00-NS400)',
      price: 900,
    },
    cable: fibre('smf', 'mpo12'),
    provenance: P(
      'figures.md §2.1 [NV-MMS4X00] (P): DR4, 9 W max / 9 W typical at 400G. Reach 500 m: 400GBASE-DR4 (IEEE)',
    ),
  },
  {
    kind: 'smf-fr',
    speedGbps: 400,
    reachM: 2000,
    endTypicalW: 10,
    endMaxW: 12,
    transceiver: { code: 'fr4', name: '400G FR4 single-mode transceiver', price: 1200 },
    cable: fibre('smf', 'lc'),
    provenance: E(`400GBASE-FR4 2 km (${STD}); power estimated a little above DR4's 9 W [NV-MMS4X00]`),
  },
  // 800G (twin-port OSFP, 2 × 400G)
  {
    kind: 'dac',
    speedGbps: 800,
    reachM: 2,
    endTypicalW: 0,
    endMaxW: 0,
    cable: { code: 'dac-800g', name: '800G passive copper cable', basePrice: 150, perMetre: 40 },
    provenance: E('100 Gb/s-lane copper reaches less than 400G (50 Gb/s lanes); about 2 m'),
  },
  {
    kind: 'acc',
    speedGbps: 800,
    reachM: 5,
    endTypicalW: 2.5,
    endMaxW: 3.5,
    cable: { code: 'acc-800g', name: '800G active copper cable', basePrice: 350, perMetre: 50 },
    provenance: E('active copper to about 5 m; ~2.5–3.5 W per end'),
  },
  {
    kind: 'aoc',
    speedGbps: 800,
    reachM: 30,
    endTypicalW: 15,
    endMaxW: 17,
    cable: { code: 'aoc-800g', name: '800G active optical cable', basePrice: 900, perMetre: 12 },
    provenance: E(
      'AOC sold to 30 m; end power bounded by the 17 W OSFP class 8 of QM9700 cages [NV-QM97-IF]',
    ),
  },
  {
    kind: 'mmf',
    speedGbps: 800,
    reachM: 50,
    endTypicalW: 15,
    endMaxW: 17,
    transceiver: { code: '2xsr4', name: '800G twin-port 2 × SR4 multimode transceiver', price: 1100 },
    cable: fibre('mmf', 'mpo12'),
    provenance: E(
      'two 400G SR4 halves (8 W typ each [NV-MMA4Z00]) less shared overhead; max the 17 W class 8 [NV-QM97-IF]',
    ),
  },
  {
    kind: 'smf-dr',
    speedGbps: 800,
    reachM: 500,
    endTypicalW: 16,
    endMaxW: 17,
    transceiver: { code: '2xdr4', name: '800G twin-port 2 × DR4 single-mode transceiver', price: 1500 },
    cable: fibre('smf', 'mpo12'),
    provenance: E(
      'two 400G DR4 halves (9 W each [NV-MMS4X00]) less shared overhead; max the 17 W class 8 [NV-QM97-IF]',
    ),
  },
  {
    kind: 'smf-fr',
    speedGbps: 800,
    reachM: 2000,
    endTypicalW: 17,
    endMaxW: 17,
    transceiver: { code: '2xfr4', name: '800G twin-port 2 × FR4 single-mode transceiver', price: 2000 },
    cable: fibre('smf', 'lc'),
    provenance: E('2 km FR4 class; at the 17 W class 8 limit [NV-QM97-IF]'),
  },
];

/** Speeds the table covers, ascending. */
const SPEEDS = [...new Set(MEDIA.map((m) => m.speedGbps))].sort((a, b) => a - b);

/** The table speed used for a port speed: the same, else the next faster one, else the fastest. */
export function tableSpeed(speedGbps: number): number {
  return SPEEDS.find((s) => s >= speedGbps) ?? SPEEDS[SPEEDS.length - 1] ?? speedGbps;
}

/** Media for a port speed and form factor, cheapest first. RJ45 ports take twisted pair only; others never do. */
export function mediaFor(
  speedGbps: number,
  formFactor: FormFactor,
  media: readonly MediumSpec[] = MEDIA,
): MediumSpec[] {
  const speed = formFactor === 'RJ45' ? 1 : tableSpeed(speedGbps);
  return media
    .filter((m) => m.speedGbps === speed && (formFactor === 'RJ45') === (m.kind === 'twisted-pair'))
    .sort((a, b) => MEDIUM_ORDER.indexOf(a.kind) - MEDIUM_ORDER.indexOf(b.kind));
}

export interface MediumChoice {
  readonly row: MediumSpec;
  /** False when no allowed medium reaches the length (the longest-reaching one is returned). */
  readonly withinReach: boolean;
}

/**
 * The cheapest medium (in `MEDIUM_ORDER`) whose reach covers `lengthM` at a speed, among `allowed` (default all);
 * when none does, the longest-reaching one, marked out of reach. Undefined when the table has nothing at that speed.
 */
export function pickMedium(
  candidates: readonly MediumSpec[],
  lengthM: number,
  allowed?: ReadonlySet<MediumKind>,
): MediumChoice | undefined {
  let longest: MediumSpec | undefined;
  for (const m of candidates) {
    if (allowed && !allowed.has(m.kind)) continue;
    if (m.reachM >= lengthM - 1e-9) return { row: m, withinReach: true };
    if (!longest || m.reachM > longest.reachM) longest = m;
  }
  if (!longest) return allowed ? pickMedium(candidates, lengthM) : undefined;
  return { row: longest, withinReach: false };
}
