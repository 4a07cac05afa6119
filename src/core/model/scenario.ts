/**
 * Scenarios: named snapshots of a pod ("air-cooled", "liquid-cooled") saved with the layout, to compare side by side
 * or to reopen. The layout's own racks, devices and limits are the working copy; `activeScenario` names the snapshot
 * it was last opened from or saved to.
 */
import type { Layout } from './layout';

/** The parts of a layout that make up one pod design. */
export type ScenarioPod = Pick<
  Layout,
  'limits' | 'floor' | 'racks' | 'devices' | 'sideItems' | 'floorUnits' | 'links'
>;

export const SCENARIO_POD_KEYS = [
  'limits',
  'floor',
  'racks',
  'devices',
  'sideItems',
  'floorUnits',
  'links',
] as const;

export interface Scenario {
  readonly id: string;
  readonly name: string;
  readonly pod: ScenarioPod;
}
