/** Reads and checks a pod off the main thread (see `checkPod.ts`); the page stops it after a time limit. */
import type { PodCheckMessage, PodCheckRequest } from '../../state/persist/podCheck';
import { answerPodCheck } from '../../state/persist/podCheck';

interface WorkerScope {
  onmessage: ((e: MessageEvent<PodCheckRequest>) => void) | null;
  postMessage(message: PodCheckMessage): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => answerPodCheck(e.data, (m) => scope.postMessage(m));
