/**
 * Which racks a floor unit (a floor CDU or an in-row cooler) serves: its explicit `serves` list when it has one,
 * else every rack in its own row. The cooling rule groups racks by this; the app shows it (3D lines, floor plan,
 * inspector, drop ghost) from the same function so what is drawn is what is checked.
 */
import type { FloorUnitPlacement, RackPlacement } from '../model/layout';

export interface ServedRacks<R> {
  /** The racks served, in the order of `racks`. */
  readonly racks: readonly R[];
  /** `explicit`: from the unit's `serves` list; `row`: the racks of the unit's row. */
  readonly rule: 'explicit' | 'row';
}

/** The racks `unit` serves among `racks` (explicit ids that name no rack are left out; the references rule flags them). */
export function servedRacksOf<R extends Pick<RackPlacement, 'id' | 'position'>>(
  unit: Pick<FloorUnitPlacement, 'serves' | 'position'>,
  racks: readonly R[],
): ServedRacks<R> {
  if (unit.serves) {
    const wanted = new Set<string>(unit.serves);
    return { racks: racks.filter((r) => wanted.has(r.id)), rule: 'explicit' };
  }
  return { racks: racks.filter((r) => r.position.row === unit.position.row), rule: 'row' };
}
