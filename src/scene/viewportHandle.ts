/**
 * The mounted 3D view, for the test hook and the benchmark: its R3F root state and a few probes. Holds no three.js
 * objects in the store (habit 6); the main chunk imports only this module's types and accessors.
 */
import type { RootState } from '@react-three/fiber';
import type { FloorPosition } from '../core';

export interface ViewportHandle {
  readonly root: () => RootState;
  /** Screen position (client px) of the middle of a U slot on a rack face, or null when the rack is unknown. */
  readonly slotToClient: (rack: string, u: number, face: 'front' | 'rear') => { x: number; y: number } | null;
  readonly floorToClient: (position: FloorPosition) => { x: number; y: number } | null;
  /** The screen box (client px) around a rack's eight corners, or null when the rack is unknown. */
  readonly rackToClient: (
    rack: string,
  ) => { left: number; top: number; right: number; bottom: number } | null;
  /** Renders a frame now and samples the canvas: distinct colours among sampled pixels. */
  readonly sample: () => {
    width: number;
    height: number;
    distinctColours: number;
    calls: number;
    triangles: number;
  };
}

let current: ViewportHandle | null = null;
export const setViewport = (handle: ViewportHandle | null): void => {
  current = handle;
};
export const getViewport = (): ViewportHandle | null => current;
