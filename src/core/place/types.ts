/**
 * The shapes placement works with: what can be selected, where a drop lands, what it carries and the core's verdict
 * on it. Shared by the app's session state, the planner and the fixes.
 */
import type { Sku } from '../model/ids';
import type { Face, FloorPosition, Layout } from '../model/layout';
import type { Target } from '../model/report';

/** Things that can be selected: racks, devices (U-mounted and 0U side items), floor units and links. */
export type SelectableKind = 'rack' | 'device' | 'floorUnit' | 'link';
export interface SelectionRef extends Target {
  readonly kind: SelectableKind;
}

/** Where a palette item or a moved record would land. */
export type DropTarget =
  | {
      readonly kind: 'slot';
      readonly rack: string;
      /** The item's lowest U. */
      readonly u: number;
      readonly face: Face;
      /** The U the pointer or the focused slot named, when the ghost snapped away from it (see `anchorSlot`). */
      readonly pointedU?: number;
    }
  | { readonly kind: 'rack'; readonly rack: string }
  | { readonly kind: 'floor'; readonly position: FloorPosition };

/** What the pointer (or keyboard) carries: a catalog item to add, or existing records to move. */
export type Payload =
  { readonly kind: 'sku'; readonly sku: Sku } | { readonly kind: 'move'; readonly ids: readonly string[] };

/** The core's verdict on a candidate drop, computed while hovering and never committed. */
export interface DropVerdict {
  /** The layout the verdict was computed on; a drop on any other layout is planned again. */
  readonly base: Layout;
  readonly target: DropTarget;
  /** The candidate layout, so that the drop commits exactly what was checked. */
  readonly candidate: Layout;
  /** False when the drop is physically impossible (overlap, outside the rack, wrong place); the drop is refused. */
  readonly allowed: boolean;
  /** New errors the drop would cause; empty means green. */
  readonly problems: readonly string[];
  /** The diagnostic code of each of `problems`, in the same order (`power.feedOverBudget`…), so a reader can show the
   * message in its units (heat in the `cooling` family). Absent on verdicts made before it existed. */
  readonly problemCodes?: readonly string[];
  /** What the drop does, in words (`NVIDIA DGX H100 → A1 U5–U12 front`). */
  readonly summary: string;
  /** The record the candidate adds or moves, for the ghost. */
  readonly subjectId: string;
}
