/**
 * Physical constants and unit conversions used by the rules. Every constant names its source
 * (keys refer to `shared/reference/figures.md`).
 */

/** Height of one rack unit, mm (EIA-310). */
export const MM_PER_U = 44.45;

/** W → BTU/h. 1 BTU = 1055.056 J, so 3600 / 1055.056 = 3.41214 (figures.md §4, D). */
export const BTU_PER_HOUR_PER_WATT = 3600 / 1055.056;

/** 1 ton of refrigeration = 12,000 BTU/h (figures.md §4, [SGI-SITE], [EDI-RULES]). */
export const BTU_PER_HOUR_PER_TON = 12_000;

/** √3, for three-phase power P = √3 · V(line-to-line) · I (figures.md §3). */
export const SQRT3 = Math.sqrt(3);

/**
 * Airflow: CFM = 3.16 × W / ΔT(°F) (figures.md §4, [FANACDC]; DOMAIN.md "airflow").
 * The Dell form (3.145) differs by 0.5 %; we use 3.16 as DOMAIN.md does.
 */
export const CFM_PER_WATT_PER_DEG_F = 3.16;

/** Coolant properties at 25 °C (figures.md §4, [AIREDALE-PG], P). cp in kJ/(kg·K), density in kg/m³. */
export const COOLANTS = {
  water: { label: 'water', cpKjPerKgK: 4.18, densityKgPerM3: 997.0 },
  pg25: { label: '25% propylene glycol', cpKjPerKgK: 3.92, densityKgPerM3: 1021.5 },
} as const;
export type Coolant = keyof typeof COOLANTS;

/** °C difference → °F difference. */
export const deltaCToF = (deltaC: number): number => deltaC * 1.8;

/** Heat in W → BTU/h. */
export const wattsToBtuPerHour = (w: number): number => w * BTU_PER_HOUR_PER_WATT;

/** Air volume (CFM) needed to carry `watts` of heat with an air temperature rise of `deltaC` °C. */
export const airflowCfm = (watts: number, deltaC: number): number =>
  deltaC > 0 ? (CFM_PER_WATT_PER_DEG_F * watts) / deltaCToF(deltaC) : Number.POSITIVE_INFINITY;

/**
 * Coolant flow in L/min to remove `watts` with a coolant temperature rise of `deltaC` °C:
 * Q = ṁ·cp·ΔT ⇒ ṁ = W / (cp·ΔT) kg/s; L/s = ṁ / ρ × 1000; × 60 for L/min.
 * Water, 120 kW, 10 K → 172.8 L/min (DOMAIN.md: "about 172 L/min").
 */
export function coolantLitresPerMinute(watts: number, deltaC: number, coolant: Coolant): number {
  if (watts <= 0) return 0;
  if (deltaC <= 0) return Number.POSITIVE_INFINITY;
  const { cpKjPerKgK, densityKgPerM3 } = COOLANTS[coolant];
  const kgPerSecond = watts / 1000 / (cpKjPerKgK * deltaC);
  return (kgPerSecond / densityKgPerM3) * 1000 * 60;
}

/** Nameplate VA of a circuit: three-phase √3·V_LL·I, single-phase V·I. */
export const circuitVa = (volts: number, amps: number, phases: 1 | 3): number =>
  phases === 3 ? SQRT3 * volts * amps : volts * amps;

/** Formatting helpers for messages: numbers with their unit, never bare. */
export const fmtKw = (w: number, digits = 1): string => `${(w / 1000).toFixed(digits)} kW`;
export const fmtKva = (va: number, digits = 1): string => `${(va / 1000).toFixed(digits)} kVA`;
/** `12.0 kW` when kW and kVA agree (PF 1), else `12.0 kW (12.6 kVA)`: messages say both where they differ. */
export const fmtKwKva = (w: number, va: number, digits = 1): string =>
  fmtKw(w, digits) === fmtKva(va, digits).replace('kVA', 'kW')
    ? fmtKw(w, digits)
    : `${fmtKw(w, digits)} (${fmtKva(va, digits)})`;
export const fmtKg = (kg: number): string => `${Math.round(kg).toLocaleString('en-US')} kg`;
export const fmtPct = (fraction: number): string => `${Math.round(fraction * 100)}%`;
export const fmtLpm = (lpm: number): string => `${lpm.toFixed(1)} L/min`;
export const fmtBtu = (btuPerHour: number): string =>
  `${Math.round(btuPerHour).toLocaleString('en-US')} BTU/h`;
