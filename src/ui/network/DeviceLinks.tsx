/** In the inspector of a device: its links (fabric, port, far end, length), each selectable. */
import type { CableScheduleRow } from '../../core';
import { cableSchedule, linkEndsByDevice } from '../../core';
import { dispatch } from '../../state/commands/registry';
import { useEditor, useEditorStore } from '../../state/editorContext';
import { selectCatalog } from '../../state/selectors';
import { FABRIC_COLOURS_CSS, fabricKey } from './fabricColours';

const SHOWN = 12;
const cache = new WeakMap<readonly CableScheduleRow[], Map<string, CableScheduleRow[]>>();
function byDevice(rows: readonly CableScheduleRow[]): Map<string, CableScheduleRow[]> {
  let m = cache.get(rows);
  if (!m) {
    m = new Map();
    for (const r of rows)
      for (const d of r.fromDevice === r.toDevice ? [r.fromDevice] : [r.fromDevice, r.toDevice]) {
        const list = m.get(d);
        if (list) list.push(r);
        else m.set(d, [r]);
      }
    cache.set(rows, m);
  }
  return m;
}

export function DeviceLinks({ id }: { readonly id: string }) {
  const store = useEditorStore();
  // A device without links (a server just placed) needs no cable rows: the pod's schedule is not built for it.
  const rows = useEditor((s) =>
    linkEndsByDevice(s.layout.links).has(id)
      ? byDevice(cableSchedule(s.layout, selectCatalog(s))).get(id)
      : undefined,
  );
  if (!rows || rows.length === 0) return null;
  return (
    <div className="device-links">
      <h3>
        {rows.length} link{rows.length === 1 ? '' : 's'}{' '}
        <span className="muted">(highlighted in the 3D cable layer)</span>
      </h3>
      <ul>
        {rows.slice(0, SHOWN).map((r) => {
          const mineA = r.fromDevice === id;
          return (
            <li key={r.link}>
              <button
                type="button"
                className="link-button"
                onClick={() => dispatch(store, 'select', { refs: [{ kind: 'link', id: r.link }] })}
              >
                <i className="swatch" style={{ background: FABRIC_COLOURS_CSS[fabricKey(r.fabric)] }} />
                {mineA ? r.fromPort : r.toPort} → {mineA ? r.toDevice : r.fromDevice}{' '}
                {mineA ? r.toPort : r.fromPort} · {r.lengthM} m
              </button>
            </li>
          );
        })}
      </ul>
      {rows.length > SHOWN && <p className="muted">…and {rows.length - SHOWN} more in the cable schedule.</p>}
    </div>
  );
}
