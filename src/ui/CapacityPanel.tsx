/**
 * Capacity: pod totals against the site's limits, then one row of bars per rack (U, power with one feed lost and
 * with both feeds, liquid and air heat against the cooling that serves the rack, weight against the rating).
 */
import { memo, useCallback } from 'react';
import type { PodFigures, RackFigures } from '../core';
import { dispatch } from '../state/commands/registry';
import { useEditor, useEditorStore } from '../state/editorContext';
import { levelOf, powerRatio, coolingRatio, selectReport } from '../state/selectors';
import { racksInFloorOrder } from '../state/layoutIndex';
import { count, gbps, kg, kw, kwh, lpm, uText } from './format';
import { Gauge } from './Gauge';

function PodTotals({ pod }: { readonly pod: PodFigures }) {
  const ports = Object.entries(pod.portsBySpeedGbps).filter(([, n]) => n > 0);
  return (
    <div className="pod-totals">
      <div className="stat-row">
        <Stat label="Racks" value={String(pod.racks)} />
        <Stat label="Devices" value={String(pod.devices)} />
        <Stat label="GPUs" value={String(pod.gpus)} />
        <Stat label="IT max" value={kw(pod.itKwMax)} testId="pod-it-kw-max" data={pod.itKwMax} />
        <Stat label="IT typical" value={kw(pod.itKwTypical)} />
      </div>
      <Gauge
        label="Utility feed (IT + cooling)"
        value={pod.totalKwMax}
        limit={pod.utilityFeedKw}
        format={kw}
        testId="pod-power"
      />
      <Gauge
        label="Liquid heat vs CDU capacity"
        value={pod.liquidHeatKw}
        limit={pod.liquidCapacityKw}
        format={kw}
        noLimit="no CDUs"
      />
      <Gauge
        label="Liquid + door heat vs facility water"
        value={pod.liquidHeatKw + pod.airHeatToWaterKw}
        limit={pod.facilityWaterKw}
        format={kw}
      />
      <Gauge label="Air heat left for the room" value={pod.roomAirHeatKw} limit={pod.roomAirKw} format={kw} />
      <div className="stat-row small">
        <Stat label="Weight" value={kg(pod.weightKg)} />
        <Stat label="Coolant" value={lpm(pod.coolantLitresPerMinute)} />
        {pod.batteryKwh > 0 && <Stat label="Battery" value={kwh(pod.batteryKwh)} />}
      </div>
      {ports.length > 0 && (
        <div className="ports" aria-label="Ports by speed">
          <span className="muted">Ports</span>
          {ports.map(([speed, n]) => (
            <span key={speed} className="port-chip">
              {n} × {gbps(Number(speed))}
            </span>
          ))}
        </div>
      )}
    </div>
  );
}

function Stat({
  label,
  value,
  testId,
  data,
}: {
  label: string;
  value: string;
  testId?: string;
  data?: number;
}) {
  return (
    <div className="stat" data-testid={testId} data-value={data}>
      <span className="stat-value">{value}</span>
      <span className="stat-label">{label}</span>
    </div>
  );
}

const sameFigures = (a: RackFigures, b: RackFigures): boolean =>
  (Object.keys(a) as (keyof RackFigures)[]).every((k) =>
    k === 'usableKwByFeed'
      ? a.usableKwByFeed.A === b.usableKwByFeed.A && a.usableKwByFeed.B === b.usableKwByFeed.B
      : a[k] === b[k],
  );

const RackRow = memo(
  function RackRow({
    r,
    selected,
    onSelect,
  }: {
    readonly r: RackFigures;
    readonly selected: boolean;
    readonly onSelect: (id: string) => void;
  }) {
    const worst = Math.max(
      levelRank(powerRatio(r)),
      levelRank(coolingRatio(r)),
      levelRank(r.staticLoadKg > 0 ? r.weightKg / r.staticLoadKg : 0),
      levelRank(r.heightU > 0 ? r.usedU / r.heightU : 0),
    );
    const bothFeeds = r.usableKwByFeed.A + r.usableKwByFeed.B;
    return (
      <li
        className={`rack-row${selected ? ' selected' : ''} worst-${['ok', 'near', 'over'][worst]}`}
        data-rack-id={r.id}
        data-kw-max={r.kwMax}
      >
        <button
          type="button"
          className="rack-row-title"
          onClick={() => onSelect(r.id)}
          aria-pressed={selected}
        >
          <span className="rack-name">{r.name}</span>
          <span className="muted">
            {count(r.devices, 'device')} · {r.gpus} GPUs
          </span>
          <span className="rack-kw" data-testid="rack-kw-max">
            {kw(r.kwMax)}
          </span>
        </button>
        <div className="rack-gauges">
          <Gauge label="U used" value={r.usedU} limit={r.heightU} format={uText} />
          <Gauge
            label="Max draw, one feed lost"
            value={r.kwMax}
            limit={r.usableKwPerFeed}
            format={kw}
            noLimit="no PDUs"
            title={`Feed A ${kw(r.usableKwByFeed.A)} usable, feed B ${kw(r.usableKwByFeed.B)} usable (after derating)`}
          />
          <Gauge
            label="Max draw, both feeds"
            value={r.kwMax}
            limit={bothFeeds}
            format={kw}
            noLimit="no PDUs"
          />
          {(r.liquidHeatKw > 0 || r.liquidCapacityKw > 0) && (
            <Gauge
              label="Liquid heat"
              value={r.liquidHeatKw}
              limit={r.liquidCapacityKw}
              format={kw}
              noLimit="no CDU"
            />
          )}
          <Gauge
            label="Air heat (door, in-row)"
            value={r.airHeatKw}
            limit={r.airCapacityKw}
            format={kw}
            noLimit="room air"
            strict={false}
          />
          <Gauge label="Weight" value={r.weightKg} limit={r.staticLoadKg} format={kg} />
        </div>
      </li>
    );
  },
  (a, b) => a.selected === b.selected && a.onSelect === b.onSelect && sameFigures(a.r, b.r),
);

const levelRank = (r: number): number => ({ ok: 0, near: 1, over: 2 })[levelOf(r)];

export function CapacityPanel() {
  const store = useEditorStore();
  const report = useEditor(selectReport);
  const order = useEditor((s) => racksInFloorOrder(s.layout.racks));
  const shown = useEditor((s) => s.session.elevationRack ?? order[0]?.id ?? null);
  const byId = new Map(report.racks.map((r) => [r.id, r]));
  const onSelect = useCallback(
    (id: string) => dispatch(store, 'select', { refs: [{ kind: 'rack', id }] }),
    [store],
  );
  return (
    <section className="panel capacity" aria-label="Capacity">
      <header className="panel-header">
        <h2>Capacity</h2>
        <span className="muted">at max draw</span>
      </header>
      <PodTotals pod={report.pod} />
      <ul className="rack-rows">
        {order.map((rack) => {
          const r = byId.get(rack.id);
          return r ? <RackRow key={rack.id} r={r} selected={rack.id === shown} onSelect={onSelect} /> : null;
        })}
      </ul>
    </section>
  );
}
