/** The Network menu's items: "Plan network…", the 3D cable layer and the cable schedule (on/off). */
import './network.css';
import { useEditor } from '../../state/editorContext';
import { setNetworkView, toggleNetworkView, useNetworkView } from '../../state/networkView';
import { MenuItem } from '../menus/ToolbarMenu';
import { Later, lazyNamed } from '../lazySurface';

const CableSchedule = lazyNamed(() => import('./CableSchedule'), 'CableSchedule');
const PlanNetworkDialog = lazyNamed(() => import('./PlanNetworkDialog'), 'PlanNetworkDialog');

export function NetworkMenuItems() {
  const cables = useNetworkView((s) => s.cables);
  const schedule = useNetworkView((s) => s.schedule);
  const links = useEditor((s) => s.layout.links.length);
  const devices = useEditor((s) => s.layout.devices.length);
  return (
    <>
      <MenuItem
        disabled={devices === 0}
        onSelect={() => setNetworkView({ planner: true })}
        hint="Size the fabrics, place the switches, create every link (one undo step)"
        testId="plan-network"
      >
        Plan network…
      </MenuItem>
      <MenuItem
        checked={cables}
        onSelect={() => toggleNetworkView('cables')}
        hint={`The ${links.toLocaleString('en-US')} links in 3D, coloured by network`}
        testId="toggle-cables"
      >
        Cables in 3D
      </MenuItem>
      <MenuItem
        checked={schedule}
        onSelect={() => toggleNetworkView('schedule')}
        hint="Every link with its medium, length and SKU; CSV export"
        testId="toggle-schedule"
      >
        Cable schedule
      </MenuItem>
    </>
  );
}

/** The "Plan network" dialog, mounted beside the toolbar while it is open. */
export function NetworkDialogs() {
  const planner = useNetworkView((s) => s.planner);
  return planner ? (
    <Later what="the network planner">
      <PlanNetworkDialog />
    </Later>
  ) : null;
}

/** The schedule when it is open (App mounts it in the workspace, under the 3D view and the rack column). */
export function CableSchedulePanel() {
  const open = useNetworkView((s) => s.schedule);
  return open ? (
    <Later what="the cable schedule">
      <CableSchedule />
    </Later>
  ) : null;
}
