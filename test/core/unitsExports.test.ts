import { describe, expect, it } from 'vitest';
import type { CableScheduleRow, DisplayUnits } from '../../src/core';
import { cableScheduleColumns, cableScheduleToCsv, SI_UNITS, simulationCsv } from '../../src/core';

const imperial: DisplayUnits = { power: 'kVA', heat: 'BTU/h', system: 'imperial', powerFactor: 0.95 };

const row: CableScheduleRow = {
  link: 'l1',
  fabric: 'compute',
  fromRack: 'A1',
  fromDevice: 'srv-1',
  fromPort: 'p1',
  toRack: 'A2',
  toDevice: 'leaf-1',
  toPort: 'p7',
  medium: 'dac',
  mediumLabel: 'DAC',
  speedGbps: 400,
  breakout: 1,
  routeM: 2.41,
  lengthM: 3,
  reachM: 5,
  cableSku: 'dac-400g-3m',
  fromTransceiverSku: null,
  toTransceiverSku: null,
};

describe('People-facing exports in the reader’s units (the JSON stays SI)', () => {
  it('writes the cable schedule in m, or in ft with the unit in the header', () => {
    expect(cableScheduleColumns(SI_UNITS).slice(11, 14)).toEqual(['route_m', 'length_m', 'reach_m']);
    expect(cableScheduleColumns(imperial).slice(11, 14)).toEqual(['route_ft', 'length_ft', 'reach_ft']);
    const [head, line] = cableScheduleToCsv([row], imperial).trimEnd().split('\r\n');
    expect(head).toContain(',route_ft,length_ft,reach_ft,');
    // 2.41 m / 0.3048 = 7.9068 ft; 3 m = 9.8425 ft; 5 m = 16.4042 ft (2 decimals).
    expect(line).toBe('l1,compute,A1,srv-1,p1,A2,leaf-1,p7,dac,400,1,7.91,9.84,16.4,dac-400g-3m,,');
    expect(cableScheduleToCsv([row]).trimEnd().split('\r\n')[1]).toContain(',400,1,2.41,3,5,');
  });

  it("writes the storage series in kW, or in kVA at the pod's power factor", () => {
    const series = {
      dtS: 0.01,
      loadW: Float64Array.from([950_000]),
      gridW: Float64Array.from([900_000]),
      batteryW: Float64Array.from([50_000]),
      soc: Float64Array.from([0.5]),
    };
    const si = simulationCsv(series).split('\n');
    expect(si[0]).toBe('time_s,it_load_kw,grid_kw,battery_kw,soc_pct');
    expect(si[1]).toBe('0.00,950.000,900.000,50.000,50.0000');
    const kva = simulationCsv(series, imperial).split('\n');
    expect(kva[0]).toBe('time_s,it_load_kva,grid_kva,battery_kva,soc_pct');
    // 950 kW / 0.95 = 1,000 kVA; 900 / 0.95 = 947.368; 50 / 0.95 = 52.632.
    expect(kva[1]).toBe('0.00,1000.000,947.368,52.632,50.0000');
  });
});
