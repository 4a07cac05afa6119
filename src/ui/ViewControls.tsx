/** Over the 3D view: camera presets, colour mode and its legend. */
import { dispatch } from '../state/commands/registry';
import { useEditor, useEditorStore } from '../state/editorContext';
import type { ColourMode } from '../state/session';
import { KIND_COLOURS_CSS } from './kindColours';

const MODES: readonly { readonly value: ColourMode; readonly label: string }[] = [
  { value: 'kind', label: 'Kind' },
  { value: 'power', label: 'kW per rack' },
  { value: 'cooling', label: 'Cooling headroom' },
];

export function ViewControls() {
  const store = useEditorStore();
  const mode = useEditor((s) => s.session.colourMode);
  const hasSelection = useEditor((s) => s.session.selection.length > 0);
  return (
    <>
      <div className="view-controls">
        <div className="segmented" role="group" aria-label="Camera">
          <button
            type="button"
            title="The whole pod: every rack and the floor"
            onClick={() => dispatch(store, 'camera', { preset: 'pod' })}
          >
            Pod
          </button>
          <button
            type="button"
            title="The racks of the current row, front on, with a U large enough to aim at"
            onClick={() => dispatch(store, 'camera', { preset: 'racks' })}
          >
            Racks
          </button>
          <button type="button" onClick={() => dispatch(store, 'camera', { preset: 'overview' })}>
            Overview
          </button>
          <button type="button" onClick={() => dispatch(store, 'camera', { preset: 'row' })}>
            Front of row
          </button>
          <button
            type="button"
            disabled={!hasSelection}
            onClick={() => dispatch(store, 'camera', { preset: 'selected' })}
          >
            Selected
          </button>
        </div>
        <label className="colour-by">
          Colour by{' '}
          <select
            value={mode}
            onChange={(e) => dispatch(store, 'setColourMode', { mode: e.target.value as ColourMode })}
          >
            {MODES.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="view-legend">
        <Legend mode={mode} />
      </div>
    </>
  );
}

function Legend({ mode }: { readonly mode: ColourMode }) {
  if (mode === 'kind') {
    const shown = ['server', 'switch', 'rackmount', 'pdu', 'power-shelf', 'cdu'] as const;
    return (
      <div className="legend" aria-label="Legend">
        {shown.map((k) => (
          <span key={k}>
            <i style={{ background: KIND_COLOURS_CSS[k] }} />
            {k === 'rackmount' ? 'other' : k === 'power-shelf' ? 'power shelf' : k}
          </span>
        ))}
        <span>
          <i style={{ background: '#e5484d' }} />
          error
        </span>
      </div>
    );
  }
  return (
    <div className="legend" aria-label="Legend">
      <span className="ramp" />
      <span className="muted">
        {mode === 'power' ? 'max kW / usable with one feed lost' : 'heat / cooling serving the rack'}: 50 % ·
        80 % · 100 %
      </span>
    </div>
  );
}
