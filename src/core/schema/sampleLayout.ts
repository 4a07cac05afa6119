/**
 * A small valid layout file using every record kind and every optional field at least once, as plain JSON data
 * (ids are plain strings, as in a file). For tests and examples of the file format.
 */
import type { LayoutData } from './layoutSchema';

export function sampleLayoutFile(): LayoutData {
  return {
    schemaVersion: 2,
    name: 'Sample pod',
    limits: {
      utilityFeedKw: 1000,
      utilityVoltageV: 415,
      facilityWaterKw: 800,
      roomAirKw: 200,
      floorRatingKgPerM2: 1220,
      airDeltaTC: 11,
      coolantDeltaTC: 10,
      coolant: 'pg25',
      deratingFraction: 0.8,
    },
    floor: { rows: 2, positionsPerRow: 10, pitchMm: 600, rowDepthMm: 1200, aisleMm: 1200 },
    racks: [
      { id: 'r1', sku: 'rack-42u', name: 'A1', position: { row: 0, slot: 0 }, rearDoor: 'rdhx-35kw' },
      { id: 'r2', sku: 'rack-42u', name: 'A2', position: { row: 0, slot: 1 } },
    ],
    devices: [
      { id: 'gpu-1', sku: 'nvidia-dgx-h100', rack: 'r1', u: 1, face: 'front', name: 'GPU node 1' },
      { id: 'shelf-1', sku: 'power-shelf-33kw', rack: 'r2', u: 40, face: 'rear', feed: 'A' },
    ],
    sideItems: [{ id: 'pdu-1', sku: 'pdu-60a', rack: 'r1', side: 'left', feed: 'B', name: 'PDU B' }],
    floorUnits: [
      { id: 'cdu-1', sku: 'cdu-1mw', position: { row: 1, slot: 0 }, serves: ['r1', 'r2'], name: 'CDU' },
      { id: 'ups-1', sku: 'ups-500kva', position: { row: 1, slot: 1 } },
    ],
    links: [
      { id: 'l1', a: { device: 'gpu-1', port: 'compute/1' }, b: { device: 'shelf-1', port: 'mgmt/2' } },
    ],
  };
}
