/**
 * Battery storage in the inspector (nothing selected): the training profile and grid limits (each edit one undo
 * step), the sizing summary, a chart of IT load vs grid draw vs state of charge, and the series as CSV. The sizing
 * and the 5-minute simulation run only while the panel is open, never on hover; the chart library loads lazily.
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import type { StoragePatch } from '../../core';
import { PROFILE_DEFAULT_PROVENANCE, PROFILE_DEFAULTS, simulationCsv, storageReport } from '../../core';
import { dispatch } from '../../state/commands/registry';
import { useEditor, useEditorStore } from '../../state/editorContext';
import { selectCatalog, selectReport } from '../../state/selectors';
import { currentUnits } from '../../state/preferences';
import { downloadText } from '../download';
import { NumberField } from '../fields';
import { StorageSummary } from './StorageSummary';

const StorageChart = lazy(() => import('./StorageChart'));

type Field = readonly [
  label: string,
  unit: string,
  min: number,
  max: number,
  value: number,
  patch: (v: number) => StoragePatch,
  /** The default shown, when the user has not set the value (null: a set value, or no default). */
  defaulted?: keyof typeof PROFILE_DEFAULTS | null,
];

/** "estimate" beside a value that is an unsourced default, with the reason as its tooltip. */
function estimateNote(key: keyof typeof PROFILE_DEFAULTS | null | undefined) {
  const p = key ? PROFILE_DEFAULT_PROVENANCE[key] : undefined;
  return p?.grade === 'estimate'
    ? { text: 'estimate', title: `Default, not sourced: ${p.source}` }
    : undefined;
}

/** The default's key while the setting is absent. */
const whileUnset = (value: unknown, key: keyof typeof PROFILE_DEFAULTS) => (value === undefined ? key : null);

function useFields(): readonly Field[] {
  const storage = useEditor((s) => s.layout.storage);
  const p = storage?.profile ?? {};
  const g = storage?.grid ?? {};
  const d = PROFILE_DEFAULTS;
  return [
    [
      'Ramp limit',
      'kW/min',
      0,
      10_000_000,
      Math.round((g.rampMwPerMin ?? 0) * 1000),
      (v) => ({ grid: { rampMwPerMin: v / 1000 } }),
    ],
    [
      'Allowed swing',
      'kW',
      0,
      10_000_000,
      Math.round(g.allowedSwingKw ?? 0),
      (v) => ({ grid: { allowedSwingKw: v } }),
    ],
    [
      'Iteration period',
      'ms',
      10,
      3_600_000,
      Math.round((p.iterationPeriodS ?? d.iterationPeriodS) * 1000),
      (v) => ({ profile: { iterationPeriodS: v / 1000 } }),
    ],
    [
      'Compute duty',
      '%',
      1,
      99,
      Math.round((p.computeDuty ?? d.computeDuty) * 100),
      (v) => ({ profile: { computeDuty: v / 100 } }),
      whileUnset(p.computeDuty, 'computeDuty'),
    ],
    ['Swing', '% of IT', 0, 100, Math.round(p.swingPct ?? d.swingPct), (v) => ({ profile: { swingPct: v } })],
    [
      'Job start/stop step',
      '% of IT',
      0,
      100,
      Math.round(p.jobStepPct ?? d.jobStepPct),
      (v) => ({ profile: { jobStepPct: v } }),
      whileUnset(p.jobStepPct, 'jobStepPct'),
    ],
    [
      'Checkpoint dip',
      '% of IT',
      0,
      100,
      Math.round(p.checkpointDipPct ?? d.checkpointDipPct),
      (v) => ({ profile: { checkpointDipPct: v } }),
      whileUnset(p.checkpointDipPct, 'checkpointDipPct'),
    ],
  ];
}

function StorageBody() {
  const store = useEditorStore();
  const layout = useEditor((s) => s.layout);
  const catalog = useEditor(selectCatalog);
  const report = useEditor(selectReport);
  const fields = useFields();
  const settings = layout.storage;
  const result = useMemo(
    () =>
      settings ? storageReport(layout, catalog, settings, report.pod.itKwMax * 1000, report.pod.gpus) : null,
    [layout, catalog, settings, report],
  );
  return (
    <>
      {fields.map(([label, unit, min, max, value, patch, defaulted]) => (
        <NumberField
          key={label}
          label={label}
          unit={unit}
          note={estimateNote(defaulted)}
          value={value}
          min={min}
          max={max}
          onCommit={(v) => dispatch(store, 'setStorageSettings', { patch: patch(v) })}
        />
      ))}
      {!result && (
        <p className="muted hint">Set a ramp limit or an allowed swing to size storage for this pod.</p>
      )}
      {result && (
        <>
          <StorageSummary report={result.report} />
          <Suspense fallback={<p className="muted">Loading the chart…</p>}>
            <StorageChart simulation={result.simulation} />
          </Suspense>
          <button
            type="button"
            onClick={() =>
              downloadText(
                `${layout.name}-storage.csv`,
                simulationCsv(result.simulation.series, currentUnits()),
                'text/csv',
              )
            }
          >
            Export series CSV
          </button>
        </>
      )}
    </>
  );
}

export function StoragePanel() {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="pod-settings storage-panel"
      data-testid="storage-panel"
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>Battery storage</summary>
      {open && <StorageBody />}
    </details>
  );
}
