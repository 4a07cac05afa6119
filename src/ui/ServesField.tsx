/**
 * Which racks a floor CDU or in-row cooler serves, editable: the racks of its own row (the rule when `serves` is
 * absent), or an explicit list. Each change is one undo step (`updateFloorUnit`).
 */
import type { FloorUnitPlacement } from '../core';
import { floorName, floorUnitId, rackId, racksInFloorOrder, servedRacksOf } from '../core';
import { dispatch } from '../state/commands/registry';
import { useEditor, useEditorStore } from '../state/editorContext';

export function ServesField({ unit }: { readonly unit: FloorUnitPlacement }) {
  const store = useEditorStore();
  const racks = useEditor((s) => racksInFloorOrder(s.layout.racks));
  const served = servedRacksOf(unit, racks);
  const servedIds = new Set<string>(served.racks.map((r) => r.id));
  const setServes = (ids: readonly string[] | undefined) =>
    dispatch(store, 'updateFloorUnit', {
      id: floorUnitId(unit.id),
      patch: { serves: ids?.map(rackId) },
    });
  const rowName = floorName({ row: unit.position.row, slot: 0 }).replace(/\d+$/, '');
  const names = served.racks.map((r) => r.name).join(', ') || 'none';
  return (
    <fieldset className="serves-field" data-testid="serves-field">
      <legend>Serves</legend>
      <p className="muted" data-testid="serves-summary">
        {served.rule === 'row' ? `The racks of its row ${rowName}: ${names}` : `Its own list: ${names}`}
      </p>
      <label>
        <input
          type="radio"
          name={`serves-${unit.id}`}
          checked={served.rule === 'row'}
          onChange={() => setServes(undefined)}
        />
        The racks of its row
      </label>
      <label>
        <input
          type="radio"
          name={`serves-${unit.id}`}
          checked={served.rule === 'explicit'}
          onChange={() => setServes(served.racks.map((r) => r.id))}
        />
        Only the racks ticked
      </label>
      <div className="serves-racks" role="group" aria-label="Racks served">
        {racks.map((r) => (
          <label key={r.id} title={`${r.name} at ${floorName(r.position)}`}>
            <input
              type="checkbox"
              data-rack={r.id}
              checked={servedIds.has(r.id)}
              onChange={(e) =>
                setServes(
                  racks
                    .filter((x) => (x.id === r.id ? e.target.checked : servedIds.has(x.id)))
                    .map((x) => x.id),
                )
              }
            />
            {r.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
