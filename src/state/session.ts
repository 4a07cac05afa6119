/**
 * Session state: what the user is looking at and pointing at, apart from the document. Never saved, never undone,
 * never fed to the rules or the BOM.
 */
import type { DropVerdict, Payload, SelectionRef } from '../core';

export type { DropTarget, DropVerdict, Payload, SelectableKind, SelectionRef } from '../core';

export type ColourMode = 'kind' | 'power' | 'cooling';
/**
 * `pod`: the whole pod, every rack and the floor (the default, and after opening a pod); `racks`: the racks in use
 * with a readable U, falling back to `overview` on an empty floor.
 */
export type CameraPreset = 'pod' | 'racks' | 'overview' | 'row' | 'selected';

/** A camera request; `nonce` lets the same request be made twice. */
export interface CameraRequest {
  readonly preset: CameraPreset;
  readonly focus?: SelectionRef;
  readonly nonce: number;
  /**
   * Go there at once instead of flying: a pod just opened has nothing to fly from, and on a big pod each frame of
   * the flight is a whole draw of it (about a second each with software WebGL) while the user waits for the view.
   */
  readonly jump?: boolean;
}

export interface Notice {
  readonly tone: 'info' | 'error';
  readonly text: string;
  /** JSON paths and messages of a rejected file. */
  readonly details?: readonly string[];
  /** Raw text kept aside (a corrupt save), offered for download. */
  readonly keptText?: string;
  /** Offer the layout export beside the text (saving failed: a file keeps the work). */
  readonly offerExport?: boolean;
}

/** Another tab saved this pod since this tab last read or wrote it; the user chooses which version to keep. */
export interface TabConflict {
  /** When the other tab saved (epoch milliseconds). */
  readonly theirsSavedAt: number;
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
  readonly tabConflict: TabConflict | null;
}

export const initialSession: Session = {
  selection: [],
  hover: null,
  armed: null,
  drag: null,
  preview: null,
  colourMode: 'kind',
  camera: { preset: 'pod', nonce: 0 },
  elevationRack: null,
  notice: null,
  status: '',
  tabConflict: null,
};

export const sameRef = (a: SelectionRef | null, b: SelectionRef | null): boolean =>
  a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
