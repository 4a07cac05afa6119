/** The pod's limits and floor grid, editable in the inspector when nothing is selected. Each edit is one undo step. */
import type { FloorGrid, PodLimits } from '../core';
import { dispatch } from '../state/commands/registry';
import { useEditor, useEditorStore } from '../state/editorContext';
import { NumberField, SelectField } from './fields';

export function PodSettings() {
  const store = useEditorStore();
  const limits = useEditor((s) => s.layout.limits);
  const floor = useEditor((s) => s.layout.floor);
  const setLimit = (patch: Partial<PodLimits>) => dispatch(store, 'setPodLimits', { patch });
  const setGrid = (patch: Partial<FloorGrid>) => dispatch(store, 'setFloorGrid', { patch });
  const round = Math.round;
  return (
    <details className="pod-settings" data-testid="pod-settings">
      <summary>Limits and floor</summary>
      <NumberField
        label="Utility feed"
        unit="kW"
        value={round(limits.utilityFeedKw)}
        min={1}
        max={1_000_000}
        onCommit={(v) => setLimit({ utilityFeedKw: v })}
      />
      <NumberField
        label="Utility voltage"
        unit="V"
        value={round(limits.utilityVoltageV)}
        min={1}
        max={100_000}
        onCommit={(v) => setLimit({ utilityVoltageV: v })}
      />
      <NumberField
        label="Facility water"
        unit="kW"
        value={round(limits.facilityWaterKw)}
        min={0}
        max={1_000_000}
        onCommit={(v) => setLimit({ facilityWaterKw: v })}
      />
      <NumberField
        label="Room air cooling"
        unit="kW"
        value={round(limits.roomAirKw)}
        min={0}
        max={1_000_000}
        onCommit={(v) => setLimit({ roomAirKw: v })}
      />
      <NumberField
        label="Floor rating"
        unit="kg/m²"
        value={round(limits.floorRatingKgPerM2)}
        min={1}
        max={100_000}
        onCommit={(v) => setLimit({ floorRatingKgPerM2: v })}
      />
      <NumberField
        label="Air ΔT (design)"
        unit="°C"
        value={round(limits.airDeltaTC)}
        min={1}
        max={50}
        onCommit={(v) => setLimit({ airDeltaTC: v })}
      />
      <NumberField
        label="Coolant ΔT (design)"
        unit="°C"
        value={round(limits.coolantDeltaTC)}
        min={1}
        max={50}
        onCommit={(v) => setLimit({ coolantDeltaTC: v })}
      />
      <SelectField
        label="Coolant"
        value={limits.coolant}
        options={[
          { value: 'water', label: 'Water' },
          { value: 'pg25', label: '25% propylene glycol' },
        ]}
        onChange={(coolant) => setLimit({ coolant })}
      />
      <NumberField
        label="PDU derating"
        unit="%"
        value={round(limits.deratingFraction * 100)}
        min={1}
        max={100}
        onCommit={(v) => setLimit({ deratingFraction: v / 100 })}
      />
      <NumberField
        label="Rows"
        value={floor.rows}
        min={1}
        max={1000}
        onCommit={(v) => setGrid({ rows: v })}
      />
      <NumberField
        label="Positions per row"
        value={floor.positionsPerRow}
        min={1}
        max={1000}
        onCommit={(v) => setGrid({ positionsPerRow: v })}
      />
      <NumberField
        label="Position pitch"
        unit="mm"
        value={round(floor.pitchMm)}
        min={100}
        max={5000}
        onCommit={(v) => setGrid({ pitchMm: v })}
      />
      <NumberField
        label="Aisle"
        unit="mm"
        value={round(floor.aisleMm)}
        min={100}
        max={10_000}
        onCommit={(v) => setGrid({ aisleMm: v })}
      />
    </details>
  );
}
