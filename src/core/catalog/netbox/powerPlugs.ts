/**
 * What a NetBox plug or receptacle type says about a circuit. A PDU's inlet plug often fixes its input: a NEMA
 * L21-30P is 120/208 V three-phase wye, 30 A; an IEC 60309 3P+N+E 6h (red) is 380–415 V three-phase. IEC 60320
 * inlets (C14, C20) fix the current rating and single phase but not the voltage (100–250 V).
 */
import type { OutletType, PowerSpec } from '../../model/catalog';

export interface PlugCircuit {
  /** Nominal voltage, V (line-to-line for three-phase); absent when the plug does not fix it. */
  readonly voltageV?: number;
  readonly phases?: 1 | 3;
  /** Plug rating, A; absent when the type covers several ratings (IEC 60309 names no current). */
  readonly amps?: number;
  /** Why these figures, for `inferred`. */
  readonly why: string;
}

const NEMA = /^nema-(l?)(\d+)-(\d+)p$/;
const IEC_60309 = /^iec-60309-(p-n-e|2p-e|3p-e|3p-n-e)-(\d+)h$/;

/**
 * IEC 60309: the pins fix the phases (P+N+E and 2P+E single-phase, 3P+E and 3P+N+E three-phase); the earth
 * pin's clock position fixes the voltage band: 6h is 200–250 V single-phase (blue) but 380–415 V three-phase (red),
 * 9h is 200–250 V three-phase (blue). Other positions are left unknown (4h, yellow 100–130 V, is used upstream on
 * 230 V PDUs, so it is not trusted). The current is not in the type.
 */
function iec60309(type: string, pins: string, hour: number): PlugCircuit {
  const threePhase = pins.startsWith('3p');
  const phases = threePhase ? 3 : 1;
  if (!threePhase && hour === 6)
    return { voltageV: 230, phases, why: `${type}: IEC 60309 blue 6h, 200–250 V single-phase → 230 V` };
  if (threePhase && hour === 6)
    return { voltageV: 400, phases, why: `${type}: IEC 60309 red 6h, 380–415 V three-phase → 400 V` };
  if (threePhase && hour === 9)
    return { voltageV: 208, phases, why: `${type}: IEC 60309 blue 9h, 200–250 V three-phase → 208 V` };
  return {
    phases,
    why: `${type}: IEC 60309 ${threePhase ? 'three' : 'single'}-phase; the ${hour}h position is not mapped to a voltage`,
  };
}

/**
 * The circuit of an inlet plug type. NEMA 6/L6 (250 V, 2-pole) is taken at 208 V, the usual North-American
 * data-centre line voltage; NEMA 14/L14 (125/250 V) at 240 V; L15 and L21 at 208 V three-phase; L22 at 480 V.
 */
export function plugCircuit(type: string | null): PlugCircuit | null {
  if (type === null) return null;
  const nema = NEMA.exec(type);
  if (nema) {
    const locking = nema[1] === 'l';
    const family = Number(nema[2]);
    const amps = Number(nema[3]);
    const name = `NEMA ${locking ? 'L' : ''}${family}-${amps}P`;
    switch (family) {
      case 1:
      case 5:
        return { voltageV: 120, phases: 1, amps, why: `${name}: 125 V single-phase, ${amps} A → 120 V` };
      case 6:
        return {
          voltageV: 208,
          phases: 1,
          amps,
          why: `${name}: 250 V single-phase, ${amps} A, taken at 208 V`,
        };
      case 10:
      case 14:
        return { voltageV: 240, phases: 1, amps, why: `${name}: 125/250 V split-phase, ${amps} A → 240 V` };
      case 15:
        return { voltageV: 208, phases: 3, amps, why: `${name}: 250 V three-phase delta, ${amps} A → 208 V` };
      case 21:
        return { voltageV: 208, phases: 3, amps, why: `${name}: 120/208 V three-phase wye, ${amps} A` };
      case 22:
        return { voltageV: 480, phases: 3, amps, why: `${name}: 277/480 V three-phase wye, ${amps} A` };
      default:
        return null;
    }
  }
  const iec = IEC_60309.exec(type);
  if (iec) return iec60309(type, iec[1]!, Number(iec[2]));
  switch (type) {
    case 'cs8365c':
      return {
        voltageV: 208,
        phases: 3,
        amps: 50,
        why: 'CS8365C: 250 V 3-pole 50 A, taken at 208 V three-phase',
      };
    case 'iec-60320-c14':
      return { phases: 1, amps: 10, why: 'IEC 60320 C14 inlet: single-phase, 10 A (IEC rating)' };
    case 'iec-60320-c20':
      return { phases: 1, amps: 16, why: 'IEC 60320 C20 inlet: single-phase, 16 A (IEC rating)' };
    default:
      return null;
  }
}

/** podplan's inlet for an IT device's power port type, or null when podplan has none that fits. */
export function inletOf(type: string | null): PowerSpec['inlet'] | null {
  if (type === 'iec-60320-c14') return 'C14';
  if (type === 'iec-60320-c20') return 'C20';
  if (type === 'hardwired' || type === 'dc-terminal') return 'hardwired';
  return null;
}

/**
 * podplan's outlet for a NetBox receptacle. C15 takes C14 plugs and C21 takes C20 plugs, so they count as C13 and
 * C19. Other receptacles (NEMA, IEC 60309, proprietary) have no podplan outlet type.
 */
export function outletTypeOf(type: string | null): OutletType | null {
  switch (type) {
    case 'iec-60320-c13':
    case 'iec-60320-c15':
      return 'C13';
    case 'iec-60320-c19':
    case 'iec-60320-c21':
      return 'C19';
    default:
      return null;
  }
}

/** A receptacle's line voltage where its type fixes it (NEMA 5 and L5 → 120 V, 6 and L6 → 208 V), else null. */
export function receptacleVoltage(type: string | null): number | null {
  const m = type === null ? null : /^nema-l?(\d+)-\d+r$/.exec(type);
  if (!m) return null;
  const family = Number(m[1]);
  if (family === 5 || family === 1) return 120;
  if (family === 6) return 208;
  return null;
}
