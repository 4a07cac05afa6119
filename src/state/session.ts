/**
 * Session state: what the user is looking at and pointing at, apart from the document. Never saved, never undone,
 * never fed to the rules or the BOM.
 */
import type { Face, FloorPosition, Layout, Sku, Target } from '../core';

/** Things that can be selected: racks, devices (U-mounted and 0U side items), floor units and links. */
export type SelectableKind = 'rack' | 'device' | 'floorUnit' | 'link';
export interface SelectionRef extends Target {
  readonly kind: SelectableKind;
}

/** Where a palette item or a moved record would land. */
export type DropTarget =
  | { readonly kind: 'slot'; readonly rack: string; readonly u: number; readonly face: Face }
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
  /** What the drop does, in words (`NVIDIA DGX H100 → A1 U5–U12 front`). */
  readonly summary: string;
  /** The record the candidate adds or moves, for the ghost. */
  readonly subjectId: string;
}

export type ColourMode = 'kind' | 'power' | 'cooling';
export type CameraPreset = 'overview' | 'row' | 'selected';

/** A camera request; `nonce` lets the same request be made twice. */
export interface CameraRequest {
  readonly preset: CameraPreset;
  readonly focus?: SelectionRef;
  readonly nonce: number;
}

export interface Notice {
  readonly tone: 'info' | 'error';
  readonly text: string;
  /** JSON paths and messages of a rejected file. */
  readonly details?: readonly string[];
  /** Raw text kept aside (a corrupt save), offered for download. */
  readonly keptText?: string;
}

export interface Session {
  readonly selection: readonly SelectionRef[];
  readonly hover: SelectionRef | null;
  /** The non-drag path (WCAG 2.5.7): an item picked up by click or key, waiting for a target. */
  readonly armed: Payload | null;
  /** The live drag, from the palette, the elevation or the 3D view. */
  readonly drag: Payload | null;
  readonly preview: DropVerdict | null;
  readonly colourMode: ColourMode;
  readonly camera: CameraRequest;
  /** The rack shown in the elevation when nothing in a rack is selected. */
  readonly elevationRack: string | null;
  readonly notice: Notice | null;
  /** Short confirmation of the last command, for the status bar and screen readers. */
  readonly status: string;
}

export const initialSession: Session = {
  selection: [],
  hover: null,
  armed: null,
  drag: null,
  preview: null,
  colourMode: 'kind',
  camera: { preset: 'overview', nonce: 0 },
  elevationRack: null,
  notice: null,
  status: '',
};

export const sameRef = (a: SelectionRef | null, b: SelectionRef | null): boolean =>
  a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
