import { describe, expect, it } from 'vitest';
import {
  celsiusToFahrenheit,
  formatFlow,
  formatHeat,
  formatMass,
  formatAreaM2,
  formatLengthM,
  formatPower,
  formatTemperatureDelta,
  kgPerM2ToPsf,
  kwToBtuPerHour,
  kgToPounds,
  kwToTons,
  LITRES_PER_US_GALLON,
  lpmToGpm,
  messageInUnits,
  mmToInches,
  SI_UNITS,
} from '../../src/core';
import type { DisplayUnits } from '../../src/core';

const imperialTons: DisplayUnits = { power: 'kVA', heat: 'tons', system: 'imperial' };
const btu: DisplayUnits = { power: 'kW', heat: 'BTU/h', system: 'metric' };

describe('When figures are shown in the units a reader chose (factors from NIST SP 811, B.8)', () => {
  it('converts with the exact defined factors', () => {
    expect(mmToInches(600)).toBeCloseTo(23.622047, 6); // 600 / 25.4
    expect(kgToPounds(1361)).toBeCloseTo(3000.491, 3); // 1,361 / 0.45359237
    expect(lpmToGpm(172.8)).toBeCloseTo(45.64893, 5); // 172.8 / 3.785411784
    expect(kgPerM2ToPsf(1220)).toBeCloseTo(249.876, 3); // 1,220 / (0.45359237 / 0.3048²) = 1,220 / 4.882428
    expect(celsiusToFahrenheit(27)).toBeCloseTo(80.6, 6); // 27 × 1.8 + 32
    // 3.516853 kW per ton (NIST SP 811: ton of refrigeration = 3.516 853 E+03 W) → 40.8 kW = 11.6013 tons.
    expect(kwToTons(40.8)).toBeCloseTo(40.8 / 3.516853, 4);
  });

  it('formats heat as BTU/h and tons: 40.8 kW = 139,215 BTU/h = 11.60 tons', () => {
    // 40,800 W × 3600 / 1055.056 = 139,215.4 BTU/h; / 12,000 = 11.601 tons.
    expect(formatHeat(40.8, btu)).toBe('139,215 BTU/h');
    expect(formatHeat(40.8, imperialTons)).toBe('11.60 tons');
    expect(formatHeat(40.8, SI_UNITS)).toBe('40.8 kW');
  });

  it('shows power as kVA at the budget power factor of 1, mass in lb, flow in GPM', () => {
    expect(formatPower(34.5, imperialTons)).toBe('34.5 kVA');
    expect(formatMass(1361, imperialTons)).toBe('3,000 lb');
    expect(formatFlow(172.8, imperialTons)).toBe('45.6 GPM');
  });

  it('rewrites the quantities of a rule message and keeps its words; SI leaves it as it was', () => {
    const power = 'Rack R1: 40.8 kW at max draw (30.0 kW typical); its A-side PDUs give 34.5 kW usable.';
    expect(messageInUnits(power, 'power', SI_UNITS)).toBe(power);
    expect(messageInUnits(power, 'power', imperialTons)).toBe(
      'Rack R1: 40.8 kVA at max draw (30.0 kVA typical); its A-side PDUs give 34.5 kVA usable.',
    );
    expect(
      messageInUnits('CDU X: 120.0 kW at a 10 °C rise needs 172.8 L/min.', 'cooling', imperialTons),
    ).toBe('CDU X: 34.12 tons at a 18.0 °F rise needs 45.6 GPM.');
    expect(messageInUnits('Rack R1: 1,361 kg; floor 1,220 kg/m², 8,000 kWh.', 'weight', imperialTons)).toBe(
      'Rack R1: 3,000 lb; floor 249.9 lb/ft², 8,000 kWh.',
    );
  });

  it('pins the hand-worked factors: 1 kW = 3,412.14 BTU/h, 1 ton = 3.51685 kW, 1 US gal = 3.785411784 L', () => {
    // 1 BTU = 1055.056 J (NIST SP 811 B.8, BTU_IT); 1 kW = 1000 J/s × 3600 s/h / 1055.056 J = 3,412.1412 BTU/h.
    expect(kwToBtuPerHour(1)).toBeCloseTo(3412.1412, 4);
    expect(formatHeat(1, btu)).toBe('3,412 BTU/h');
    // 1 ton = 12,000 BTU/h = 12,000 / 3,412.1412 kW = 3.516853 kW, so 3.51685 kW shows as 1.00 tons.
    expect(kwToTons(3.51685)).toBeCloseTo(1, 5);
    expect(formatHeat(3.51685, imperialTons)).toBe('1.00 tons');
    // 1 US gallon = 231 in³ = 231 × 16.387064 cm³ = 3.785411784 L, exactly; 3.785411784 L/min = 1 GPM.
    expect(LITRES_PER_US_GALLON).toBe(3.785411784);
    expect(formatFlow(3.785411784, imperialTons)).toBe('1.0 GPM');
    expect(formatFlow(3.785411784, SI_UNITS)).toBe('3.8 L/min');
  });

  it('shows lengths, areas and temperature rises in the system chosen', () => {
    // 10 m / 0.3048 = 32.808 ft; 60 m² / 0.09290304 = 645.8 ft²; a 10 °C rise = 18 °F (no offset).
    expect(formatLengthM(10, imperialTons)).toBe('32.8 ft');
    expect(formatLengthM(10, SI_UNITS)).toBe('10.0 m');
    expect(formatAreaM2(60, imperialTons)).toBe('646 ft²');
    expect(formatAreaM2(60, SI_UNITS)).toBe('60.0 m²');
    expect(formatTemperatureDelta(10, imperialTons)).toBe('18.0 °F');
    expect(formatTemperatureDelta(10, SI_UNITS)).toBe('10.0 °C');
  });

  it("shows kVA at the pod's power factor: 10.2 kW at PF 0.95 = 10.7 kVA", () => {
    const atPf = { ...imperialTons, powerFactor: 0.95 };
    // 10.2 / 0.95 = 10.737 kVA.
    expect(formatPower(10.2, atPf)).toBe('10.7 kVA');
    // A message that already gives kW and kVA keeps the kVA alone instead of "10.7 kVA (10.7 kVA)".
    const msg =
      'Rack A3: 10.2 kW (10.7 kVA) at max draw (7.7 kW typical); its A-side PDUs give 5.9 kVA (5.6 kW at PF 0.95) usable.';
    // 7.7 / 0.95 = 8.105 kVA.
    expect(messageInUnits(msg, 'power', atPf)).toBe(
      'Rack A3: 10.7 kVA at max draw (8.1 kVA typical); its A-side PDUs give 5.9 kVA usable.',
    );
    expect(messageInUnits(msg, 'power', { ...SI_UNITS, powerFactor: 0.95 })).toBe(msg);
  });
});
