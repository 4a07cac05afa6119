/** The "Plan a pod" dialog, mounted beside the toolbar while it is open (a fresh form each time it opens). */
import { Later, lazyNamed } from '../lazySurface';
import { usePlannerOpen } from './plannerView';

const PlanPodDialog = lazyNamed(() => import('./PlanPodDialog'), 'PlanPodDialog');

export function PlannerDialogs() {
  return usePlannerOpen() ? (
    <Later what="the pod planner">
      <PlanPodDialog />
    </Later>
  ) : null;
}
