/** Shown over the 3D view while the pod has no racks. */
import { useEditor } from '../state/editorContext';
import { openPlanner } from './planner/plannerView';

export function EmptyHint() {
  const empty = useEditor((s) => s.layout.racks.length === 0 && s.layout.floorUnits.length === 0);
  if (!empty) return null;
  return (
    <div className="empty-hint">
      <strong>An empty pod floor</strong>
      <span>
        Drag a rack from the catalog onto the floor (or onto the floor plan), or start from an example with
        New pod.
      </span>
      <button type="button" className="empty-hint-plan" onClick={openPlanner} data-testid="empty-plan-pod">
        Plan a pod from a GPU count…
      </button>
    </div>
  );
}
