/** Reads and checks a pod off the main thread (see `checkPod.ts`); the page stops it after a time limit. */
import type { PodCheckRequest, PodCheckResult } from '../../state/persist/podCheck';
import { readAndCheck } from '../../state/persist/podCheck';

interface WorkerScope {
  onmessage: ((e: MessageEvent<PodCheckRequest>) => void) | null;
  postMessage(message: PodCheckResult): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => scope.postMessage(readAndCheck(e.data));
