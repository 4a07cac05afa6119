/**
 * Units for people: the layout, the BOM JSON and every rule compute in SI (kW, kg, mm, L/min, °C); what people read
 * can be shown in kVA, BTU/h or tons of refrigeration, and in imperial units. Exact factors are from NIST Special
 * Publication 811 (2008 edition), Appendix B.8 ("Factors for units listed alphabetically") and §B.9; the inch, the
 * pound, the foot and the US gallon are exact by definition there.
 */
import { BTU_PER_HOUR_PER_TON, wattsToBtuPerHour } from './units';

export type PowerUnit = 'kW' | 'kVA';
export type HeatUnit = 'kW' | 'BTU/h' | 'tons';
export type UnitSystem = 'metric' | 'imperial';

export interface DisplayUnits {
  /** Electrical power: kW, or kVA at the power factor the budget assumes. */
  readonly power: PowerUnit;
  /** Heat and cooling capacity. */
  readonly heat: HeatUnit;
  /** Lengths (mm/in, m/ft), mass (kg/lb), floor load (kg/m²/lb/ft²), flow (L/min/GPM), temperature (°C/°F). */
  readonly system: UnitSystem;
  /**
   * Power factor kVA is shown at: the pod's (`limits.powerFactor`, what its budgets use), not a preference. Absent
   * means {@link BUDGET_POWER_FACTOR}.
   */
  readonly powerFactor?: number;
}

export const SI_UNITS: DisplayUnits = { power: 'kW', heat: 'kW', system: 'metric' };

/**
 * Power factor of a pod that names none (`limits.powerFactor` absent: kW = kVA, as v1 files budget). kVA shown =
 * kW / PF, at the pod's own power factor when it has one ({@link DisplayUnits.powerFactor}).
 */
export const BUDGET_POWER_FACTOR = 1;

/** 1 in = 25.4 mm exactly (NIST SP 811 B.8, inch = 2.54 E-02 m). */
export const MM_PER_INCH = 25.4;
/** 1 ft = 0.3048 m exactly (NIST SP 811 B.8). */
export const M_PER_FOOT = 0.3048;
/** 1 lb (avoirdupois) = 0.45359237 kg exactly (NIST SP 811 B.8). */
export const KG_PER_POUND = 0.45359237;
/** 1 US gallon = 231 in³ = 3.785411784 L exactly (NIST SP 811 B.8). */
export const LITRES_PER_US_GALLON = 3.785411784;
/** 1 lb/ft² = 0.45359237 kg / 0.09290304 m² = 4.882428 kg/m² (NIST SP 811 B.8: 4.882 428 E+00). */
export const KG_PER_M2_PER_PSF = KG_PER_POUND / (M_PER_FOOT * M_PER_FOOT);

export const mmToInches = (mm: number): number => mm / MM_PER_INCH;
export const metresToFeet = (m: number): number => m / M_PER_FOOT;
export const kgToPounds = (kg: number): number => kg / KG_PER_POUND;
export const lpmToGpm = (lpm: number): number => lpm / LITRES_PER_US_GALLON;
export const kgPerM2ToPsf = (kgPerM2: number): number => kgPerM2 / KG_PER_M2_PER_PSF;
/** t/°F = 1.8 · t/°C + 32 (NIST SP 811 §B.9 / 4.2.1.1). */
export const celsiusToFahrenheit = (c: number): number => c * 1.8 + 32;
/** A temperature difference: 1 K = 1.8 °F, no offset. */
export const deltaCelsiusToFahrenheit = (dc: number): number => dc * 1.8;
/** kW of heat → tons of refrigeration (12,000 BTU/h each; NIST SP 811 B.8: 3.516 853 E+03 W). */
export const kwToTons = (kw: number): number => wattsToBtuPerHour(kw * 1000) / BTU_PER_HOUR_PER_TON;
export const kwToBtuPerHour = (kw: number): number => wattsToBtuPerHour(kw * 1000);
export const kwToKva = (kw: number, pf: number = BUDGET_POWER_FACTOR): number => kw / pf;

const fixed = (digits: number) =>
  new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const d0 = fixed(0);
const d1 = fixed(1);
const d2 = fixed(2);

/** Electrical power, from kW. */
export const formatPower = (kw: number, u: DisplayUnits): string =>
  u.power === 'kVA' ? `${d1.format(kwToKva(kw, u.powerFactor))} kVA` : `${d1.format(kw)} kW`;

/** Heat or cooling, from kW. */
export function formatHeat(kw: number, u: DisplayUnits): string {
  if (u.heat === 'BTU/h') return `${d0.format(kwToBtuPerHour(kw))} BTU/h`;
  if (u.heat === 'tons') return `${d2.format(kwToTons(kw))} tons`;
  return `${d1.format(kw)} kW`;
}

export const formatMass = (kg: number, u: DisplayUnits): string =>
  u.system === 'imperial' ? `${d0.format(kgToPounds(kg))} lb` : `${d0.format(kg)} kg`;

export const formatLengthMm = (mm: number, u: DisplayUnits): string =>
  u.system === 'imperial' ? `${d1.format(mmToInches(mm))} in` : `${d0.format(mm)} mm`;

export const formatLengthM = (m: number, u: DisplayUnits): string =>
  u.system === 'imperial' ? `${d1.format(metresToFeet(m))} ft` : `${d1.format(m)} m`;

/** An area from m²: ft² in imperial (1 ft² = 0.09290304 m² exactly, NIST SP 811 B.8). */
export const formatAreaM2 = (m2: number, u: DisplayUnits): string =>
  u.system === 'imperial' ? `${d0.format(m2 / (M_PER_FOOT * M_PER_FOOT))} ft²` : `${d1.format(m2)} m²`;

/** A temperature difference from K (°C): 10 °C → 18.0 °F, no offset. */
export const formatTemperatureDelta = (dc: number, u: DisplayUnits): string =>
  u.system === 'imperial' ? `${d1.format(deltaCelsiusToFahrenheit(dc))} °F` : `${d1.format(dc)} °C`;

export const formatFlow = (lpm: number, u: DisplayUnits): string =>
  u.system === 'imperial' ? `${d1.format(lpmToGpm(lpm))} GPM` : `${d1.format(lpm)} L/min`;

export const formatFloorLoad = (kgPerM2: number, u: DisplayUnits): string =>
  u.system === 'imperial' ? `${d1.format(kgPerM2ToPsf(kgPerM2))} lb/ft²` : `${d0.format(kgPerM2)} kg/m²`;

export const formatTemperature = (c: number, u: DisplayUnits): string =>
  u.system === 'imperial' ? `${d1.format(celsiusToFahrenheit(c))} °F` : `${d1.format(c)} °C`;

const NUMBER = String.raw`(-?\d[\d,]*(?:\.\d+)?)`;
const num = (s: string): number => Number(s.replace(/,/g, ''));

/**
 * A rule's message in the reader's units. Rules write SI with a fixed pattern (`12.3 kW`, `1,234 kg`, `172.8 L/min`,
 * `1,220 kg/m²`, `600 mm`, `a 10 °C rise`); `kW` is heat in the cooling family and power elsewhere. The message's
 * wording is kept; only quantities change. Identity for SI units.
 */
export function messageInUnits(message: string, family: string, u: DisplayUnits): string {
  if (u.power === 'kW' && u.heat === 'kW' && u.system === 'metric') return message;
  const heat = family === 'cooling';
  let out = message;
  if (!heat && u.power === 'kVA')
    // A rule that already gives both ("10.2 kW (10.7 kVA)", "5.9 kVA (5.6 kW at PF 0.95)") keeps its kVA alone.
    out = out
      .replace(new RegExp(`${NUMBER} kW \\(${NUMBER} kVA\\)`, 'g'), (_, __: string, n: string) => `${n} kVA`)
      .replace(new RegExp(` \\(${NUMBER} kW at PF [\\d.]+\\)`, 'g'), '');
  out = out.replace(new RegExp(`${NUMBER} kW\\b`, 'g'), (_, n: string) =>
    heat ? formatHeat(num(n), u) : formatPower(num(n), u),
  );
  if (u.system === 'imperial') {
    out = out
      .replace(new RegExp(`${NUMBER} kg/m²`, 'g'), (_, n: string) => formatFloorLoad(num(n), u))
      .replace(new RegExp(`${NUMBER} kg\\b`, 'g'), (_, n: string) => formatMass(num(n), u))
      .replace(new RegExp(`${NUMBER} L/min`, 'g'), (_, n: string) => formatFlow(num(n), u))
      .replace(new RegExp(`${NUMBER} mm\\b`, 'g'), (_, n: string) => formatLengthMm(num(n), u))
      .replace(
        new RegExp(`${NUMBER} °C rise`, 'g'),
        (_, n: string) => `${d1.format(deltaCelsiusToFahrenheit(num(n)))} °F rise`,
      )
      .replace(new RegExp(`${NUMBER} °C`, 'g'), (_, n: string) => formatTemperature(num(n), u));
  }
  return out;
}
