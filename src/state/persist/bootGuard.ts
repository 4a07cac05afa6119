/**
 * Remembers which save the app is starting with until it has started. When a visit begins and the marker still
 * names the stored save, the last visit never came up with it (a freeze the user had to close, a crash before the
 * first frame): that save is set aside instead of being opened again, so a pod cannot brick the app on every visit.
 */
import type { SavedPod, StorageLike } from './saveStore';

export const BOOT_KEY = 'podplan.booting';

const stamp = (pod: SavedPod) => `${pod.rev}:${pod.writer}:${pod.savedAt}`;

export interface BootGuard {
  /** True when the last visit started with this very save and never finished starting. */
  readonly failedBefore: (pod: SavedPod) => boolean;
  readonly starting: (pod: SavedPod) => void;
  /** The app is up: the marker goes. */
  readonly started: () => void;
}

export function bootGuard(storage: StorageLike | null): BootGuard {
  const safely = (f: () => void) => {
    try {
      f();
    } catch {
      // A full or refused localStorage only loses this safety net, never the pod.
    }
  };
  return {
    failedBefore: (pod) => storage?.getItem(BOOT_KEY) === stamp(pod),
    starting: (pod) => safely(() => storage?.setItem(BOOT_KEY, stamp(pod))),
    started: () => safely(() => storage?.removeItem(BOOT_KEY)),
  };
}
