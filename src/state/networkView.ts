/**
 * What the network views show: the 3D cable layer and the cable schedule panel. View state only (never saved, never
 * undone, never fed to the rules), kept apart from the editor's session so these views add no fields to shared types.
 * The 3D layer reads it through `networkView.subscribe`, the panels through `useNetworkView`.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

export interface NetworkView {
  /** The cable layer in the 3D view. */
  readonly cables: boolean;
  /** The cable schedule panel under the 3D view. */
  readonly schedule: boolean;
  /** The "Plan network" dialog. */
  readonly planner: boolean;
}

export const networkView = createStore<NetworkView>(() => ({
  cables: false,
  schedule: false,
  planner: false,
}));

export const setNetworkView = (patch: Partial<NetworkView>): void => networkView.setState(patch);

export const toggleNetworkView = (key: 'cables' | 'schedule' | 'planner'): void =>
  networkView.setState((s) => ({ [key]: !s[key] }));

export function useNetworkView<T>(select: (s: NetworkView) => T): T {
  return useStore(networkView, select);
}
