/** The pod's limits and floor grid, editable in the inspector when nothing is selected. Each edit is one undo step. */
import type { FloorGrid, PodLimits } from '../core';
import { dispatch } from '../state/commands/registry';
import { useEditor, useEditorStore } from '../state/editorContext';
import { NumberField, SelectField } from './fields';

/** The limits every pod has (the optional power-chain settings are edited in PowerSettings). */
type NumericLimit = {
  [K in keyof PodLimits]-?: undefined extends PodLimits[K] ? never : PodLimits[K] extends number ? K : never;
}[keyof PodLimits];
type NumericFloor = keyof FloorGrid;

/** Field, unit, whole-number bounds, and the divisor from the shown number to the stored one (percent → fraction). */
const LIMIT_FIELDS: readonly (readonly [NumericLimit, string, string, number, number, number])[] = [
  ['utilityFeedKw', 'Utility feed', 'kW', 1, 1_000_000, 1],
  ['utilityVoltageV', 'Utility voltage', 'V', 1, 100_000, 1],
  ['facilityWaterKw', 'Facility water', 'kW', 0, 1_000_000, 1],
  ['roomAirKw', 'Room air cooling', 'kW', 0, 1_000_000, 1],
  ['floorRatingKgPerM2', 'Floor rating', 'kg/m²', 1, 100_000, 1],
  ['airDeltaTC', 'Air ΔT (design)', '°C', 1, 50, 1],
  ['coolantDeltaTC', 'Coolant ΔT (design)', '°C', 1, 50, 1],
  ['deratingFraction', 'PDU derating', '%', 1, 100, 100],
];
const FLOOR_FIELDS: readonly (readonly [NumericFloor, string, string, number, number])[] = [
  ['rows', 'Rows', '', 1, 1000],
  ['positionsPerRow', 'Positions per row', '', 1, 1000],
  ['pitchMm', 'Position pitch', 'mm', 100, 5000],
  ['aisleMm', 'Aisle', 'mm', 100, 10_000],
];

export function PodSettings() {
  const store = useEditorStore();
  const limits = useEditor((s) => s.layout.limits);
  const floor = useEditor((s) => s.layout.floor);
  return (
    <details className="pod-settings" data-testid="pod-settings">
      <summary>Limits and floor</summary>
      {LIMIT_FIELDS.map(([key, label, unit, min, max, divisor]) => (
        <NumberField
          key={key}
          label={label}
          unit={unit}
          value={Math.round(limits[key] * divisor)}
          min={min}
          max={max}
          onCommit={(v) => dispatch(store, 'setPodLimits', { patch: { [key]: v / divisor } })}
        />
      ))}
      <SelectField
        label="Coolant"
        value={limits.coolant}
        options={[
          { value: 'water', label: 'Water' },
          { value: 'pg25', label: '25% propylene glycol' },
        ]}
        onChange={(coolant) => dispatch(store, 'setPodLimits', { patch: { coolant } })}
      />
      {FLOOR_FIELDS.map(([key, label, unit, min, max]) => (
        <NumberField
          key={key}
          label={label}
          unit={unit}
          value={Math.round(floor[key])}
          min={min}
          max={max}
          onCommit={(v) => dispatch(store, 'setFloorGrid', { patch: { [key]: v } })}
        />
      ))}
    </details>
  );
}
