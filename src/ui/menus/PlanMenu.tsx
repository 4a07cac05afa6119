/**
 * The Plan menu: whole-pod planning. Plan-a-pod (sizing a pod from a target) is added here by its own module; keep
 * one item per planning entry point.
 */
import { dispatch } from '../../state/commands/registry';
import { useEditorStore } from '../../state/editorContext';
import { setPreferences } from '../../state/preferences';
import { openPlanner } from '../planner/plannerView';
import { MenuItem } from './ToolbarMenu';

export function PlanMenuItems() {
  const store = useEditorStore();
  return (
    <>
      <MenuItem
        hint="From a GPU count, an IT load or the pod's envelope to a whole pod, with alternatives"
        testId="plan-pod"
        onSelect={openPlanner}
      >
        Plan a pod…
      </MenuItem>
      <MenuItem
        hint="Utility feed, cooling, derating and the floor grid, in the inspector"
        testId="pod-limits"
        onSelect={() => {
          dispatch(store, 'select', { refs: [] });
          requestAnimationFrame(() => {
            const details = document.querySelector<HTMLDetailsElement>('.pod-settings');
            if (details) {
              details.open = true;
              details.querySelector<HTMLElement>('summary')?.focus();
            }
          });
        }}
      >
        Pod limits and floor…
      </MenuItem>
      <MenuItem
        hint="What each panel shows, and every shortcut (?)"
        onSelect={() => setPreferences({ helpOpen: true })}
      >
        Help and keyboard map
      </MenuItem>
    </>
  );
}
