/**
 * Airflow direction: devices in one rack must all move air the same way. A device mounted on the rear face turns
 * its airflow around: a front-to-rear switch on the rear rails blows into the cold aisle.
 */
import type { AirflowDirection } from '../model/catalog';
import type { Face } from '../model/layout';
import type { Diagnostic } from '../model/report';
import type { RackScope } from '../derive/rackScope';
import { diagnostic, rackLabel, target } from './diagnostic';

/** Direction relative to the rack (front = cold aisle) for a device's airflow mounted on `face`. */
export function rackRelativeAirflow(direction: AirflowDirection, face: Face): AirflowDirection {
  if (face === 'front') return direction;
  if (direction === 'front-to-rear') return 'rear-to-front';
  if (direction === 'rear-to-front') return 'front-to-rear';
  return direction;
}

export function checkRackAirflow(scope: RackScope, out: Diagnostic[]): void {
  const forward: string[] = [];
  const backward: { id: string; label: string }[] = [];
  for (const { placement, item } of scope.devices) {
    if (item.kind !== 'server' && item.kind !== 'switch' && item.kind !== 'rackmount') continue;
    const dir = rackRelativeAirflow(item.thermal.airflow, placement.face);
    const label = `'${placement.name ?? placement.id}' (${item.name}, ${placement.face} at U${placement.u})`;
    if (dir === 'front-to-rear') forward.push(placement.id);
    else if (dir === 'rear-to-front') backward.push({ id: placement.id, label });
  }
  if (forward.length > 0 && backward.length > 0) {
    const shown = backward.slice(0, 3).map((b) => b.label);
    const more = backward.length > 3 ? ` and ${backward.length - 3} more` : '';
    out.push(
      diagnostic(
        'warning',
        'airflow.mixed',
        `${rackLabel(scope.rack)}: ${forward.length} devices move air front-to-rear but ${backward.length} move it rear-to-front (${shown.join(', ')}${more}); hot exhaust recirculates into inlets.`,
        [target('rack', scope.rack.id), ...backward.map((b) => target('device', b.id))],
      ),
    );
  }
}
