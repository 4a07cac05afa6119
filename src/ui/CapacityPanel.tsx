/**
 * Capacity: pod totals against the site's limits, then one row of bars per rack (U, power with one feed lost and
 * with both feeds, liquid and air heat against the cooling that serves the rack, weight against the rating).
 */
import { memo, useCallback } from 'react';
import type { PodFigures, PodLimit, RackFigures, RackLimit } from '../core';
import { openErrors } from '../core';
import { dispatch } from '../state/commands/registry';
import { useEditor, useEditorStore } from '../state/editorContext';
import { levelOf, powerRatio, coolingRatio, selectReport } from '../state/selectors';
import { racksInFloorOrder } from '../core';
import { count, gbps, heatKw, kg, kw, kwh, lpm, uText } from './format';
import { Gauge } from './Gauge';
import { WorstRacks } from './WorstRacks';
import { PowerChainSection } from './PowerChainSection';
import { useGrowingList } from './useGrowingList';

/** Rack rows drawn at first, and added each time the list's end scrolls into view. */
const RACK_ROWS_PAGE = 40;

const POD_ERROR_TEXT: Readonly<Record<PodLimit, string>> = {
  utility: 'The pod draws more than the utility feed: see Diagnostics.',
  liquid: 'A rack has more liquid heat than the CDUs serving it (or none serves it): see Diagnostics.',
  facilityWater: 'Facility water is over capacity: see Diagnostics.',
  roomAir: 'Room air cooling is over capacity: see Diagnostics.',
};
const podError = (open: ReadonlySet<PodLimit>, limit: PodLimit): string | undefined =>
  open.has(limit) ? POD_ERROR_TEXT[limit] : undefined;
const rackError = (open: ReadonlySet<RackLimit> | undefined, limit: RackLimit): string | undefined =>
  open?.has(limit) ? 'An error of this limit is open for this rack: see Diagnostics.' : undefined;
const NO_ERRORS: ReadonlySet<RackLimit> = new Set();
const sameSet = <T,>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean =>
  a.size === b.size && [...a].every((x) => b.has(x));

function PodTotals({ pod, open }: { readonly pod: PodFigures; readonly open: ReadonlySet<PodLimit> }) {
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
        error={podError(open, 'utility')}
      />
      <Gauge
        label="Liquid heat vs CDU capacity"
        value={pod.liquidHeatKw}
        limit={pod.liquidCapacityKw}
        format={heatKw}
        noLimit="no CDUs"
        testId="pod-liquid"
        error={podError(open, 'liquid')}
      />
      <Gauge
        label="Liquid + door heat vs facility water"
        value={pod.liquidHeatKw + pod.airHeatToWaterKw}
        limit={pod.facilityWaterKw}
        format={heatKw}
        error={podError(open, 'facilityWater')}
      />
      <Gauge
        label="Air heat left for the room"
        value={pod.roomAirHeatKw}
        limit={pod.roomAirKw}
        format={heatKw}
        error={podError(open, 'roomAir')}
      />
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
    open,
  }: {
    readonly r: RackFigures;
    readonly selected: boolean;
    readonly onSelect: (id: string) => void;
    /** Limits with an open error naming this rack. */
    readonly open: ReadonlySet<RackLimit>;
  }) {
    const worst = Math.max(
      open.size > 0 ? 2 : 0,
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
          <Gauge
            label="U used"
            value={r.usedU}
            limit={r.heightU}
            format={uText}
            error={rackError(open, 'space')}
          />
          <Gauge
            label="Max draw, one feed lost"
            value={r.kwMax}
            limit={r.oneFeedLostKw}
            format={kw}
            noLimit={bothFeeds > 0 ? '0 kW (single feed)' : 'no PDUs'}
            title={`Feed A ${kw(r.usableKwByFeed.A)} usable, feed B ${kw(r.usableKwByFeed.B)} usable (after derating)`}
            testId="rack-feed-lost"
            error={rackError(open, 'feedLost')}
          />
          <Gauge
            label="Max draw, both feeds"
            value={r.kwMax}
            limit={bothFeeds}
            format={kw}
            noLimit="no PDUs"
            error={rackError(open, 'bothFeeds')}
          />
          {(r.liquidHeatKw > 0 || r.liquidCapacityKw > 0) && (
            <Gauge
              label="Liquid heat"
              value={r.liquidHeatKw}
              limit={r.liquidCapacityKw}
              format={heatKw}
              noLimit="no CDU"
              error={rackError(open, 'liquid')}
            />
          )}
          <Gauge
            label="Air heat (door, in-row)"
            value={r.airHeatKw}
            limit={r.airCapacityKw}
            format={heatKw}
            noLimit="room air"
            strict={false}
          />
          <Gauge
            label="Weight"
            value={r.weightKg}
            limit={r.staticLoadKg}
            format={kg}
            error={rackError(open, 'weight')}
          />
        </div>
      </li>
    );
  },
  (a, b) =>
    a.selected === b.selected &&
    a.onSelect === b.onSelect &&
    sameSet(a.open, b.open) &&
    sameFigures(a.r, b.r),
);

const levelRank = (r: number): number => ({ ok: 0, near: 1, over: 2 })[levelOf(r)];

export function CapacityPanel() {
  const store = useEditorStore();
  const report = useEditor(selectReport);
  const order = useEditor((s) => racksInFloorOrder(s.layout.racks));
  const shown = useEditor((s) => s.session.elevationRack ?? order[0]?.id ?? null);
  const byId = new Map(report.racks.map((r) => [r.id, r]));
  const open = openErrors(report.diagnostics);
  const onSelect = useCallback(
    (id: string) => dispatch(store, 'select', { refs: [{ kind: 'rack', id }] }),
    [store],
  );
  const rows = useGrowingList(order.length, RACK_ROWS_PAGE);
  return (
    <section className="panel capacity" aria-label="Capacity">
      <header className="panel-header">
        <h2>Capacity</h2>
        <span className="muted">at max draw</span>
      </header>
      <WorstRacks />
      <PodTotals pod={report.pod} open={open.pod} />
      <PowerChainSection chain={report.pod.powerChain} />
      <ul className="rack-rows">
        {order.slice(0, rows.shown).map((rack) => {
          const r = byId.get(rack.id);
          return r ? (
            <RackRow
              key={rack.id}
              r={r}
              selected={rack.id === shown}
              onSelect={onSelect}
              open={open.racks.get(rack.id) ?? NO_ERRORS}
            />
          ) : null;
        })}
        {rows.more > 0 && (
          <li ref={rows.sentinel} className="rack-rows-more muted">
            {count(rows.more, 'more rack')} below
          </li>
        )}
      </ul>
    </section>
  );
}
