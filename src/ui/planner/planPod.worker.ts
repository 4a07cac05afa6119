/** Plans a pod and its alternatives off the main thread (see `runPlan.ts`); the page terminates it to cancel. */
import type { PlanJobMessage, PlanJobRequest } from './planJob';
import { runPlanJob } from './planJob';

interface WorkerScope {
  onmessage: ((e: MessageEvent<PlanJobRequest>) => void) | null;
  postMessage(message: PlanJobMessage): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => runPlanJob(e.data, (m) => scope.postMessage(m));
