/**
 * The pod's optional power-chain settings (power factor, phase imbalance threshold, cooling plant by COP or PUE, UPS
 * redundancy and minimum runtime), edited in the inspector with nothing selected. Each edit is one undo step; a
 * value outside its range is refused with the reason and changes nothing.
 */
import type { CoolingPlant, Patch, PodLimits, UpsRedundancy } from '../core';
import { dispatch } from '../state/commands/registry';
import { useEditor, useEditorStore } from '../state/editorContext';
import { POWER_SETTING_RANGES as R } from '../state/powerSettingRanges';
import { DecimalField, SelectField } from './fields';

type PlantMode = 'none' | CoolingPlant['mode'];

export function PowerSettings() {
  const store = useEditorStore();
  const limits = useEditor((s) => s.layout.limits);
  const set = (patch: Patch<PodLimits>) => dispatch(store, 'setPodLimits', { patch });
  const plant = limits.coolingPlant;
  const mode: PlantMode = plant?.mode ?? 'none';
  return (
    <details className="pod-settings" data-testid="power-settings" open>
      <summary>Power chain settings</summary>
      <DecimalField
        label="Power factor"
        unit="kW/kVA"
        value={limits.powerFactor}
        placeholder="1 (not set)"
        min={R.powerFactor[0]}
        max={R.powerFactor[1]}
        testId="power-factor"
        onCommit={(powerFactor) => set({ powerFactor })}
      />
      <DecimalField
        label="Phase imbalance warned above"
        unit="%"
        value={limits.phaseImbalanceMaxPct}
        placeholder="not checked"
        min={R.phaseImbalanceMaxPct[0]}
        max={R.phaseImbalanceMaxPct[1]}
        clearable
        testId="phase-imbalance"
        onCommit={(phaseImbalanceMaxPct) => set({ phaseImbalanceMaxPct })}
      />
      <SelectField<PlantMode>
        label="Cooling plant draw"
        value={mode}
        testId="plant-mode"
        options={[
          { value: 'none', label: 'Not counted' },
          { value: 'cop', label: 'From a COP' },
          { value: 'pue', label: 'From a target PUE' },
        ]}
        onChange={(m) =>
          set({
            coolingPlant:
              m === 'none' ? undefined : m === 'cop' ? { mode: 'cop', cop: 4 } : { mode: 'pue', pue: 1.3 },
          })
        }
      />
      {plant?.mode === 'cop' && (
        <DecimalField
          label="Plant COP"
          unit="kW heat / kW"
          value={plant.cop}
          min={R.cop[0]}
          max={R.cop[1]}
          testId="plant-cop"
          onCommit={(cop) => cop !== undefined && set({ coolingPlant: { mode: 'cop', cop } })}
        />
      )}
      {plant?.mode === 'pue' && (
        <DecimalField
          label="Target PUE"
          unit="facility / IT"
          value={plant.pue}
          min={R.pue[0]}
          max={R.pue[1]}
          testId="plant-pue"
          onCommit={(pue) => pue !== undefined && set({ coolingPlant: { mode: 'pue', pue } })}
        />
      )}
      <SelectField<UpsRedundancy>
        label="Floor UPS redundancy"
        value={limits.upsRedundancy ?? 'N'}
        testId="ups-redundancy"
        options={[
          { value: 'N', label: 'N (every unit carries load)' },
          { value: 'N+1', label: 'N+1 (one unit spare)' },
          { value: '2N', label: '2N (half the units spare)' },
        ]}
        onChange={(upsRedundancy) => set({ upsRedundancy })}
      />
      <DecimalField
        label="UPS minimum runtime"
        unit="min"
        value={limits.upsMinRuntimeMin}
        placeholder="not checked"
        min={R.upsMinRuntimeMin[0]}
        max={R.upsMinRuntimeMin[1]}
        clearable
        testId="ups-min-runtime"
        onCommit={(upsMinRuntimeMin) => set({ upsMinRuntimeMin })}
      />
    </details>
  );
}
