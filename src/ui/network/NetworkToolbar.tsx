/** The toolbar's network group: "Plan network…", the 3D cable layer and the cable schedule (toggles). */
import './network.css';
import { useEditor } from '../../state/editorContext';
import { setNetworkView, toggleNetworkView, useNetworkView } from '../../state/networkView';
import { PlanNetworkDialog } from './PlanNetworkDialog';

export function NetworkToolbar() {
  const planner = useNetworkView((s) => s.planner);
  const cables = useNetworkView((s) => s.cables);
  const schedule = useNetworkView((s) => s.schedule);
  const links = useEditor((s) => s.layout.links.length);
  const devices = useEditor((s) => s.layout.devices.length);
  return (
    <nav className="toolbar-group" aria-label="Network">
      <button
        type="button"
        disabled={devices === 0}
        onClick={() => setNetworkView({ planner: true })}
        title="Size the pod's networks, place the switches and create every link (one undo step)"
        data-testid="plan-network"
      >
        Plan network…
      </button>
      <button
        type="button"
        aria-pressed={cables}
        className={cables ? 'active' : ''}
        onClick={() => toggleNetworkView('cables')}
        title={`Cables in 3D: the ${links.toLocaleString('en-US')} links, coloured by network`}
        data-testid="toggle-cables"
      >
        Cables
      </button>
      <button
        type="button"
        aria-pressed={schedule}
        className={schedule ? 'active' : ''}
        onClick={() => toggleNetworkView('schedule')}
        title="Cable schedule: every link with its medium, length and SKU; CSV export"
        data-testid="toggle-schedule"
      >
        Schedule
      </button>
      {planner && <PlanNetworkDialog />}
    </nav>
  );
}
