/** The inspector for a selected link: its two ends, medium, speed, route and sold length against reach, SKUs. */
import type { CableScheduleRow } from '../../core';
import { cableSchedule } from '../../core';
import { dispatch } from '../../state/commands/registry';
import { useEditor, useEditorStore } from '../../state/editorContext';
import { selectCatalog, selectReport } from '../../state/selectors';
import { Figure } from '../fields';
import { FABRIC_COLOURS_CSS, FABRIC_SHORT, fabricKey } from './fabricColours';

const m = (v: number) => `${v.toLocaleString('en-US', { maximumFractionDigits: 2 })} m`;

function End({
  label,
  rack,
  device,
  port,
  optic,
}: {
  label: string;
  rack: string;
  device: string;
  port: string;
  optic: string | null;
}) {
  const store = useEditorStore();
  const name = useEditor((s) => s.layout.devices.find((d) => d.id === device)?.name ?? device);
  return (
    <div className="link-end">
      <span className="muted">{label}</span>{' '}
      <button
        type="button"
        className="link-button"
        onClick={() => dispatch(store, 'reveal', { ref: { kind: 'device', id: device } })}
        title="Select this device and fly to it"
      >
        {name}
      </button>{' '}
      port <code>{port}</code> in rack {rack}
      {optic ? (
        <>
          {' '}
          · optic <code>{optic}</code>
        </>
      ) : null}
    </div>
  );
}

export function LinkInspector({ id }: { readonly id: string }) {
  const store = useEditorStore();
  const row: CableScheduleRow | undefined = useEditor((s) =>
    cableSchedule(s.layout, selectCatalog(s)).find((r) => r.link === id),
  );
  const problems = useEditor((s) => selectReport(s).diagnostics);
  const mine = problems.filter((d) => d.targets.some((t) => t.kind === 'link' && t.id === id));
  const f = fabricKey(row?.fabric ?? null);
  return (
    <section className="panel inspector" aria-label="Inspector">
      <header className="panel-header">
        <h2>
          Link <span className="muted">{id}</span>
        </h2>
      </header>
      {!row ? (
        <p className="muted">This link could not be cabled: a device, rack or port it names is unknown.</p>
      ) : (
        <>
          <End
            label="From"
            rack={row.fromRack}
            device={row.fromDevice}
            port={row.fromPort}
            optic={row.fromTransceiverSku}
          />
          <End
            label="To"
            rack={row.toRack}
            device={row.toDevice}
            port={row.toPort}
            optic={row.toTransceiverSku}
          />
          <dl className="figures" data-testid="link-figures">
            <div className="figure">
              <dt>Fabric</dt>
              <dd>
                <i className="swatch" style={{ background: FABRIC_COLOURS_CSS[f] }} />
                {FABRIC_SHORT[f]}
              </dd>
            </div>
            <Figure label="Medium" value={row.mediumLabel} />
            <Figure
              label="Speed"
              value={`${row.speedGbps} Gb/s${row.breakout > 1 ? ` (one lane of a ${row.breakout}-way breakout)` : ''}`}
            />
            <Figure label="Route, with slack" value={m(row.routeM)} />
            <Figure label="Cable length (sold)" value={m(row.lengthM)} />
            <Figure
              label="Reach of the medium"
              value={`${m(row.reachM)} · ${row.lengthM <= row.reachM ? 'within reach' : `${m(row.lengthM - row.reachM)} beyond`}`}
            />
            <Figure label="Cable SKU" value={row.cableSku} />
          </dl>
        </>
      )}
      {mine.length > 0 && (
        <ul className="link-problems">
          {mine.map((d) => (
            <li key={d.message} className={d.severity}>
              {d.message}
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button
          type="button"
          className="danger"
          onClick={() => dispatch(store, 'deleteSelection')}
          title="Delete (Del)"
        >
          Delete link
        </button>
      </div>
    </section>
  );
}
