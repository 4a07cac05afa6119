/** The selected item's figures and its editable settings; with nothing selected, the pod's own settings. */
import type { CatalogItem, DeviceFigures, FeedSide, FloorPosition, RackFigures } from '../core';
import { deviceId, findRecord, fmtKva, floorUnitId, provenanceOf, rackId, sku } from '../core';
import { dispatch } from '../state/commands/registry';
import { PodSettings } from './PodSettings';
import { PowerSettings } from './PowerSettings';
import { PhaseBars } from './PhaseBars';
import { DevicePowerFactor } from './DevicePowerFactor';
import { StoragePanel } from './storage/StoragePanel';
import { ServesField } from './ServesField';
import { useEditor, useEditorStore } from '../state/editorContext';
import { effectivePrice } from '../state/importedItems';
import { deviceFiguresOf, rackFiguresById, selectCatalog, selectReport } from '../state/selectors';
import { Figure, NumberField, SelectField, TextField } from './fields';
import { cfm, heatKw, kg, keyFigures, KIND_SINGULAR, kw, lpm, mm, money, uText } from './format';
import { DeviceLinks } from './network/DeviceLinks';
import { Later, lazyNamed } from './lazySurface';
import { ImportedItemSection } from './imports/ImportedItemSection';
import { HeadroomCard } from './planner/HeadroomCard';

const LinkInspector = lazyNamed(() => import('./network/LinkInspector'), 'LinkInspector');

/** Row and position on the floor grid (shown from 1); a change moves the record like a drag would. */
function FloorPositionFields({ id, position }: { readonly id: string; readonly position: FloorPosition }) {
  const store = useEditorStore();
  const floor = useEditor((s) => s.layout.floor);
  const moveTo = (to: FloorPosition) =>
    dispatch(store, 'drop', {
      payload: { kind: 'move', ids: [id] },
      target: { kind: 'floor', position: to },
    });
  return (
    <div className="field-row">
      <NumberField
        label="Row"
        value={position.row + 1}
        min={1}
        max={floor.rows}
        onCommit={(row) => moveTo({ row: row - 1, slot: position.slot })}
      />
      <NumberField
        label="Position"
        value={position.slot + 1}
        min={1}
        max={floor.positionsPerRow}
        onCommit={(slot) => moveTo({ row: position.row, slot: slot - 1 })}
      />
    </div>
  );
}

const FEEDS = [
  { value: 'A', label: 'Feed A' },
  { value: 'B', label: 'Feed B' },
] as const;

function Actions({ move = true }: { readonly move?: boolean }) {
  const store = useEditorStore();
  return (
    <div className="actions">
      {move && (
        <button
          type="button"
          onClick={() => dispatch(store, 'armSelectionForMove')}
          title="Pick up, then click a target (M)"
        >
          Move…
        </button>
      )}
      <button type="button" onClick={() => dispatch(store, 'duplicateSelection')} title="Duplicate (Ctrl+D)">
        Duplicate
      </button>
      <button
        type="button"
        className="danger"
        onClick={() => dispatch(store, 'deleteSelection')}
        title="Delete (Del)"
      >
        Delete
      </button>
    </div>
  );
}

/** Max draw in kW, with its kVA and power factor beside it when they differ (a PDU-fed device below PF 1). */
const maxDraw = (d: DeviceFigures): string =>
  d.powerFactor === null || d.powerFactor === 1
    ? kw(d.kwMax)
    : `${kw(d.kwMax)} (${fmtKva(d.kvaMax * 1000, 2)} at PF ${d.powerFactor})`;

function ItemFigures({
  item,
  device,
}: {
  readonly item: CatalogItem;
  readonly device?: DeviceFigures | undefined;
}) {
  const grade = (field: string) => provenanceOf(item, field).grade;
  const price = useEditor((s) => effectivePrice(s.layout, item));
  return (
    <dl className="figures">
      <Figure
        label="Model"
        value={item.name.startsWith(item.vendor) ? item.name : `${item.vendor} ${item.name}`}
      />
      <Figure label="Key figures" value={keyFigures(item).join(' · ')} />
      {device && (
        <>
          <Figure label="Max draw" value={maxDraw(device)} grade={grade('power.maxW')} />
          <Figure label="Typical draw" value={kw(device.kwTypical)} grade={grade('power.typicalW')} />
          <Figure
            label="Heat to liquid / air"
            value={`${heatKw(device.liquidHeatKw)} / ${heatKw(device.airHeatKw)}`}
          />
          <Figure label="Airflow" value={cfm(device.airflowCfm)} />
        </>
      )}
      <Figure label="Weight" value={kg(item.weightKg)} grade={grade('weightKg')} />
      <Figure
        label="Price"
        value={`${money(price.amount, price.currency)}${'example' in price ? (price.example ? ' (example)' : '') : ' (price list)'}`}
      />
    </dl>
  );
}

function RackFigureList({ r }: { readonly r: RackFigures }) {
  return (
    <dl className="figures">
      <Figure label="U used" value={`${uText(r.usedU)} of ${uText(r.heightU)}`} />
      <Figure label="Max / typical draw" value={`${kw(r.kwMax)} / ${kw(r.kwTypical)}`} />
      <Figure label="Usable per feed" value={`A ${kw(r.usableKwByFeed.A)} · B ${kw(r.usableKwByFeed.B)}`} />
      <Figure label="One feed lost" value={kw(r.oneFeedLostKw)} />
      <Figure
        label="Liquid heat / capacity"
        value={`${heatKw(r.liquidHeatKw)} / ${heatKw(r.liquidCapacityKw)}`}
      />
      <Figure
        label="Air heat / local capacity"
        value={`${heatKw(r.airHeatKw)} / ${heatKw(r.airCapacityKw)}`}
      />
      <Figure label="Coolant flow" value={lpm(r.coolantLitresPerMinute)} />
      <Figure label="Weight / rating" value={`${kg(r.weightKg)} / ${kg(r.staticLoadKg)}`} />
      <Figure label="Floor load" value={`${Math.round(r.floorLoadKgPerM2).toLocaleString('en-US')} kg/m²`} />
    </dl>
  );
}

export function Inspector() {
  const store = useEditorStore();
  const selection = useEditor((s) => s.session.selection);
  const layout = useEditor((s) => s.layout);
  const catalog = useEditor(selectCatalog);
  const report = useEditor(selectReport);

  if (selection.length === 0) {
    return (
      <section className="panel inspector" aria-label="Inspector">
        <header className="panel-header">
          <h2>Pod</h2>
        </header>
        <TextField
          label="Name"
          value={layout.name}
          onCommit={(name) => dispatch(store, 'renamePod', { name })}
        />
        <dl className="figures">
          <Figure
            label="Utility feed"
            value={`${kw(layout.limits.utilityFeedKw)} at ${layout.limits.utilityVoltageV} V`}
          />
          <Figure
            label="Facility water / room air"
            value={`${heatKw(layout.limits.facilityWaterKw)} / ${heatKw(layout.limits.roomAirKw)}`}
          />
          <Figure label="PDU derating" value={`${Math.round(layout.limits.deratingFraction * 100)} %`} />
          <Figure
            label="Floor"
            value={`${layout.floor.rows} ${layout.floor.rows === 1 ? 'row' : 'rows'} × ${layout.floor.positionsPerRow} positions, ${mm(layout.floor.pitchMm)} pitch`}
          />
        </dl>
        <PodSettings />
        <PowerSettings />
        <StoragePanel />
        <p className="muted hint">
          Select a rack or device to see its figures. Shift-click adds to the selection.
        </p>
      </section>
    );
  }
  if (selection.length > 1) {
    return (
      <section className="panel inspector" aria-label="Inspector">
        <header className="panel-header">
          <h2>{selection.length} selected</h2>
        </header>
        <p className="muted">{selection.map((r) => r.id).join(', ')}</p>
        <Actions />
      </section>
    );
  }
  const ref = selection[0];
  if (ref?.kind === 'link')
    return (
      <Later what="the link">
        <LinkInspector id={ref.id} />
      </Later>
    );
  const found = ref ? findRecord(layout, ref) : null;
  if (!found) return null;
  const item = catalog.items.get(found.record.sku);
  const title = item
    ? `${KIND_SINGULAR[item.kind][0]?.toUpperCase()}${KIND_SINGULAR[item.kind].slice(1)}`
    : 'Unknown item';

  return (
    <section className="panel inspector" aria-label="Inspector">
      <header className="panel-header">
        <h2>
          {title} <span className="muted">{found.record.id}</span>
        </h2>
      </header>
      {found.kind === 'rack' && (
        <>
          <TextField
            label="Name"
            value={found.record.name}
            testId="rack-name"
            onCommit={(name) => dispatch(store, 'updateRack', { id: found.record.id, patch: { name } })}
          />
          <FloorPositionFields id={found.record.id} position={found.record.position} />
          <SelectField
            label="Rear door"
            value={found.record.rearDoor ?? ''}
            testId="rear-door"
            options={[
              { value: '', label: 'None' },
              ...[...catalog.items.values()]
                .filter((i) => i.kind === 'rdhx')
                .map((i) => ({ value: i.sku as string, label: i.name })),
            ]}
            onChange={(v) =>
              dispatch(store, 'updateRack', {
                id: rackId(found.record.id),
                patch: { rearDoor: v === '' ? undefined : sku(v) },
              })
            }
          />
          {rackFiguresById(report).get(found.record.id) && (
            <>
              <RackFigureList r={rackFiguresById(report).get(found.record.id)!} />
              <PhaseBars r={rackFiguresById(report).get(found.record.id)!} />
            </>
          )}
          <HeadroomCard rack={found.record.id} />
          {item && <ItemFigures item={item} />}
        </>
      )}
      {found.kind === 'device' && (
        <>
          <TextField
            label="Name"
            value={found.record.name ?? found.record.id}
            onCommit={(name) => dispatch(store, 'updateDevice', { id: found.record.id, patch: { name } })}
          />
          <div className="field-row">
            <NumberField
              label="Lowest U"
              value={found.record.u}
              min={1}
              max={60}
              unit="U"
              onCommit={(u) =>
                dispatch(store, 'drop', {
                  payload: { kind: 'move', ids: [found.record.id] },
                  target: { kind: 'slot', rack: found.record.rack, u, face: found.record.face },
                })
              }
            />
            <SelectField
              label="Face"
              value={found.record.face}
              options={[
                { value: 'front', label: 'Front' },
                { value: 'rear', label: 'Rear' },
              ]}
              onChange={(face) =>
                dispatch(store, 'drop', {
                  payload: { kind: 'move', ids: [found.record.id] },
                  target: { kind: 'slot', rack: found.record.rack, u: found.record.u, face },
                })
              }
            />
          </div>
          {(item?.kind === 'pdu' || item?.kind === 'power-shelf') && (
            <SelectField<FeedSide>
              label="Feed"
              value={found.record.feed ?? 'A'}
              options={FEEDS}
              testId="feed"
              onChange={(feed) => dispatch(store, 'updateDevice', { id: found.record.id, patch: { feed } })}
            />
          )}
          {item && <DevicePowerFactor device={found.record} item={item} />}
          {item && <ItemFigures item={item} device={deviceFiguresOf(report, found.record.id)} />}
          <DeviceLinks id={found.record.id} />
        </>
      )}
      {found.kind === 'side' && (
        <>
          <TextField
            label="Name"
            value={found.record.name ?? found.record.id}
            onCommit={(name) =>
              dispatch(store, 'updateSideItem', { id: deviceId(found.record.id), patch: { name } })
            }
          />
          <div className="field-row">
            <SelectField<FeedSide>
              label="Feed"
              value={found.record.feed}
              options={FEEDS}
              testId="feed"
              onChange={(feed) => dispatch(store, 'updateSideItem', { id: found.record.id, patch: { feed } })}
            />
            <SelectField
              label="Side channel"
              value={found.record.side}
              options={[
                { value: 'left', label: 'Left' },
                { value: 'right', label: 'Right' },
              ]}
              onChange={(side) => dispatch(store, 'updateSideItem', { id: found.record.id, patch: { side } })}
            />
          </div>
          {item && <ItemFigures item={item} />}
        </>
      )}
      {found.kind === 'floorUnit' && (
        <>
          <TextField
            label="Name"
            value={found.record.name ?? found.record.id}
            onCommit={(name) =>
              dispatch(store, 'updateFloorUnit', { id: floorUnitId(found.record.id), patch: { name } })
            }
          />
          <FloorPositionFields id={found.record.id} position={found.record.position} />
          {(item?.kind === 'cdu' || item?.kind === 'inrow-cooler') && <ServesField unit={found.record} />}
          {item && <ItemFigures item={item} />}
        </>
      )}
      {item && <ImportedItemSection item={item} />}
      <Actions />
    </section>
  );
}
