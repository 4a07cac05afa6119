/** The "Plan a pod" dialog, mounted beside the toolbar while it is open (a fresh form each time it opens). */
import { PlanPodDialog } from './PlanPodDialog';
import { usePlannerOpen } from './plannerView';

export function PlannerDialogs() {
  return usePlannerOpen() ? <PlanPodDialog /> : null;
}
