/**
 * The planning code (`planningCode.ts`: network placement, one-click fixes, headroom) is fetched on first use, so the
 * first screen does not carry it. The chunk is local (built with the app), so this works offline. Surfaces load it
 * before they offer its actions (`ui/planner/usePlanning.ts` shows a loading state meanwhile); the commands that run it
 * (`placeNetwork`, `fillRack`, `fillPod`, `applyFix`) are only dispatched from those surfaces.
 */
import type { planningCode } from './planningCode';

export type Planning = typeof planningCode;

let loading: Promise<Planning> | undefined;
let loaded: Planning | undefined;

/** Called by `planningCode.ts` when its chunk runs. */
export function providePlanning(code: Planning): void {
  loaded = code;
}

export function loadPlanning(): Promise<Planning> {
  loading ??= import('./planningCode').then(
    (m) => m.planningCode,
    (e: unknown) => {
      loading = undefined; // a failed fetch is tried again on the next use
      throw e;
    },
  );
  return loading;
}

/** The planning code, for a command dispatched from a surface that has loaded it. */
export function planning(): Planning {
  if (!loaded)
    throw new Error('The planning code is not loaded yet: the surface must call loadPlanning() first.');
  return loaded;
}

/** The planning code when already loaded. */
export const planningLoaded = (): Planning | undefined => loaded;
