/**
 * The cable schedule under the 3D view: every link (from, to, fabric, medium, speed, length, reach, SKU), sortable
 * and filterable, exported as CSV (all rows, the core's `cableScheduleToCsv`). Clicking a row (or Enter on its link
 * button) selects the link: the inspector shows it and the 3D view highlights it. Rows of the selected device's
 * links are marked.
 */
import { useMemo, useState } from 'react';
import type { CableScheduleRow, Layout } from '../../core';
import { cableSchedule, cableScheduleToCsv, scheduleLength, scheduleLengthUnit } from '../../core';
import { dispatch } from '../../state/commands/registry';
import { useEditor, useEditorStore } from '../../state/editorContext';
import { fileStem } from '../../state/layoutFiles';
import { setNetworkView } from '../../state/networkView';
import { usePreferences } from '../../state/preferences';
import { selectCatalog } from '../../state/selectors';
import { downloadText } from '../download';
import { count } from '../format';
import { downloadCableScheduleXlsx, useExport } from '../xlsxDownloads';
import { FABRIC_COLOURS_CSS, FABRIC_SHORT, fabricKey, MEDIUM_SHORT } from './fabricColours';

type Column = 'link' | 'from' | 'to' | 'fabric' | 'medium' | 'speedGbps' | 'lengthM' | 'reachM' | 'cableSku';
/** The table's columns, lengths headed with the reader's unit (m or ft). */
const columnsIn = (
  unit: string,
): readonly { readonly key: Column; readonly label: string; readonly num?: boolean }[] => [
  { key: 'link', label: 'Link' },
  { key: 'from', label: 'From' },
  { key: 'to', label: 'To' },
  { key: 'fabric', label: 'Fabric' },
  { key: 'medium', label: 'Medium' },
  { key: 'speedGbps', label: 'Speed (Gb/s)', num: true },
  { key: 'lengthM', label: `Length (${unit})`, num: true },
  { key: 'reachM', label: `Reach (${unit})`, num: true },
  { key: 'cableSku', label: 'Cable SKU' },
];
const SHOWN = 400;

const namesCache = new WeakMap<Layout['devices'], Map<string, string>>();
function deviceNames(layout: Layout): Map<string, string> {
  let m = namesCache.get(layout.devices);
  if (!m) {
    m = new Map();
    for (const d of layout.devices) m.set(d.id, d.name ?? d.id);
    namesCache.set(layout.devices, m);
  }
  return m;
}

const endText = (rack: string, device: string, port: string, names: Map<string, string>) =>
  `${rack} · ${names.get(device) ?? device} · ${port}`;

function sortValue(r: CableScheduleRow, c: Column, names: Map<string, string>): string | number {
  switch (c) {
    case 'from':
      return endText(r.fromRack, r.fromDevice, r.fromPort, names);
    case 'to':
      return endText(r.toRack, r.toDevice, r.toPort, names);
    case 'fabric':
      return r.fabric ?? '';
    case 'medium':
      return r.mediumLabel;
    default:
      return r[c];
  }
}

const collator = new Intl.Collator('en', { numeric: true });

export function CableSchedule() {
  const store = useEditorStore();
  const layout = useEditor((s) => s.layout);
  const catalog = useEditor(selectCatalog);
  const selection = useEditor((s) => s.session.selection);
  const rows = useMemo(() => cableSchedule(layout, catalog), [layout, catalog]);
  const units = usePreferences((s) => s.units);
  const COLUMNS = columnsIn(scheduleLengthUnit(units));
  const length = (m: number) => scheduleLength(m, units).toLocaleString('en-US');
  const names = deviceNames(layout);
  const [filter, setFilter] = useState('');
  const [fabric, setFabric] = useState('');
  const [sort, setSort] = useState<{ key: Column; dir: 1 | -1 }>({ key: 'link', dir: 1 });

  const shown = useMemo(() => {
    const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
    const kept = rows.filter((r) => {
      if (fabric !== '' && fabricKey(r.fabric) !== fabric) return false;
      if (words.length === 0) return true;
      const text =
        `${r.link} ${endText(r.fromRack, r.fromDevice, r.fromPort, names)} ${endText(r.toRack, r.toDevice, r.toPort, names)} ${r.fromDevice} ${r.toDevice} ${r.mediumLabel} ${r.cableSku} ${r.fabric ?? ''}`.toLowerCase();
      return words.every((w) => text.includes(w));
    });
    const { key, dir } = sort;
    return kept.sort((a, b) => {
      const x = sortValue(a, key, names);
      const y = sortValue(b, key, names);
      const c =
        typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      return c * dir || collator.compare(a.link, b.link);
    });
  }, [rows, filter, fabric, sort, names]);

  const selectedLinks = new Set(selection.filter((r) => r.kind === 'link').map((r) => r.id));
  const selectedDevices = new Set(selection.filter((r) => r.kind === 'device').map((r) => r.id));
  const fabrics = [...new Set(rows.map((r) => fabricKey(r.fabric)))];
  const exportCsv = () =>
    downloadText(
      `${fileStem(layout.name)}.cables.csv`,
      cableScheduleToCsv(rows, units),
      'text/csv;charset=utf-8',
    );
  const xlsx = useExport();
  const exportXlsx = () => xlsx.run(() => downloadCableScheduleXlsx(layout.name, rows));
  const select = (link: string) => dispatch(store, 'select', { refs: [{ kind: 'link', id: link }] });

  return (
    <section className="panel cable-schedule" aria-label="Cable schedule">
      <header className="panel-header">
        <h2>Cable schedule</h2>
        <span className="muted" data-testid="schedule-count">
          {shown.length === rows.length
            ? count(rows.length, 'cable')
            : `${shown.length.toLocaleString('en-US')} of ${count(rows.length, 'cable')}`}
        </span>
        <input
          type="search"
          className="schedule-filter"
          placeholder="Filter: rack, device, port, SKU…"
          aria-label="Filter the cable schedule"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <select aria-label="Fabric" value={fabric} onChange={(e) => setFabric(e.target.value)}>
          <option value="">All fabrics</option>
          {fabrics.map((f) => (
            <option key={f} value={f}>
              {FABRIC_SHORT[f]}
            </option>
          ))}
        </select>
        <button
          type="button"
          onClick={exportCsv}
          disabled={rows.length === 0}
          data-testid="export-cables-csv"
        >
          Export CSV
        </button>
        <button
          type="button"
          onClick={exportXlsx}
          disabled={rows.length === 0 || xlsx.busy}
          title={xlsx.error ?? 'The schedule as a spreadsheet (the CSV columns)'}
          data-testid="export-cables-xlsx"
        >
          XLSX
        </button>
        <button
          type="button"
          className="icon"
          aria-label="Close the cable schedule"
          onClick={() => setNetworkView({ schedule: false })}
        >
          ×
        </button>
      </header>
      {rows.length === 0 ? (
        <p className="muted empty">No links yet. Use Plan network… to size the fabrics and create them.</p>
      ) : (
        <div className="schedule-scroll">
          <table className="schedule-table">
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th
                    key={c.key}
                    scope="col"
                    className={c.num ? 'num' : undefined}
                    aria-sort={sort.key === c.key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}
                  >
                    <button
                      type="button"
                      onClick={() =>
                        setSort((s) => ({ key: c.key, dir: s.key === c.key ? (s.dir === 1 ? -1 : 1) : 1 }))
                      }
                    >
                      {c.label}
                      {sort.key === c.key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.slice(0, SHOWN).map((r) => {
                const related = selectedDevices.has(r.fromDevice) || selectedDevices.has(r.toDevice);
                const f = fabricKey(r.fabric);
                return (
                  <tr
                    key={r.link}
                    data-link={r.link}
                    className={selectedLinks.has(r.link) ? 'selected' : related ? 'related' : undefined}
                    aria-selected={selectedLinks.has(r.link)}
                    onClick={() => select(r.link)}
                  >
                    <td>
                      <button
                        type="button"
                        className="link-button"
                        onClick={(e) => (e.stopPropagation(), select(r.link))}
                      >
                        {r.link}
                      </button>
                    </td>
                    <td>{endText(r.fromRack, r.fromDevice, r.fromPort, names)}</td>
                    <td>{endText(r.toRack, r.toDevice, r.toPort, names)}</td>
                    <td>
                      <i className="swatch" style={{ background: FABRIC_COLOURS_CSS[f] }} />
                      {FABRIC_SHORT[f]}
                    </td>
                    <td title={r.mediumLabel}>{MEDIUM_SHORT[r.medium] ?? r.mediumLabel}</td>
                    <td className="num">
                      {r.speedGbps}
                      {r.breakout > 1 ? ` (1/${r.breakout})` : ''}
                    </td>
                    <td className={`num${r.lengthM > r.reachM ? ' over' : ''}`}>{length(r.lengthM)}</td>
                    <td className="num">{length(r.reachM)}</td>
                    <td className="sku">{r.cableSku}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {shown.length > SHOWN && (
            <p className="muted more">
              Showing the first {SHOWN} of {shown.length.toLocaleString('en-US')}; filter to narrow, or export
              the CSV for all.
            </p>
          )}
        </div>
      )}
    </section>
  );
}
