/**
 * Placement: lookups over a layout, where there is room (free U, free floor), the verdict on a drop, and "Plan
 * network" (sizing, switch placement and wiring). Shared by the app, the pod planner, the fixes and the CLI.
 */
export type { DropTarget, DropVerdict, Payload, SelectableKind, SelectionRef } from './types';
export type { RecordOf } from './layoutIndex';
export {
  devicesByRack,
  findLink,
  findRecord,
  linkEndsByDevice,
  rackOf,
  racksById,
  racksInFloorOrder,
  refExists,
  refOfId,
  sideItemsByRack,
} from './layoutIndex';
export {
  faceOccupancy,
  firstFreeFloor,
  firstFreeU,
  fits,
  floorName,
  floorSpanOf,
  occupiedFloor,
} from './freeSpace';
export { freshId, idPrefixFor, landsOnFloor, lighterFeed, planDrop } from './dropPlanner';
export { anchorSlot, spanText } from './slotAnchor';
export type {
  NetworkPlacement,
  NetworkPlacementTarget,
  NetworkRequest,
  PlacedSwitch,
  SwitchTier,
} from './networkPlacement';
export {
  defaultChoices,
  defaultSpineFor,
  existingSwitches,
  NETWORK_LABELS,
  placeNetwork,
  switchesFor,
} from './networkPlacement';
