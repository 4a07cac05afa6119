/** Display units: one setting for every panel, tooltip, message and people-facing export (files stay SI). */
import type { DisplayUnits } from '../../core';
import { setUnits, usePreferences } from '../../state/preferences';
import { MenuHeading, ToolbarMenu } from './ToolbarMenu';

const CHOICES: readonly {
  readonly key: keyof DisplayUnits;
  readonly heading: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
}[] = [
  {
    key: 'power',
    heading: 'Power',
    options: [
      { value: 'kW', label: 'kW' },
      { value: 'kVA', label: "kVA (at the pod's power factor)" },
    ],
  },
  {
    key: 'heat',
    heading: 'Heat and cooling',
    options: [
      { value: 'kW', label: 'kW' },
      { value: 'BTU/h', label: 'BTU/h' },
      { value: 'tons', label: 'tons of refrigeration' },
    ],
  },
  {
    key: 'system',
    heading: 'Length, mass, flow, temperature',
    options: [
      { value: 'metric', label: 'Metric: mm, kg, L/min, °C' },
      { value: 'imperial', label: 'Imperial: in, lb, GPM, °F' },
    ],
  },
];

/** Short label for the menu button: "kW · kW · metric". */
export const unitsLabel = (u: DisplayUnits): string => `${u.power} · ${u.heat} · ${u.system}`;

export function UnitsMenu() {
  const units = usePreferences((s) => s.units);
  return (
    <ToolbarMenu label="Units" testId="units-menu">
      {CHOICES.map((c) => (
        <div key={c.key} role="group" aria-label={c.heading}>
          <MenuHeading>{c.heading}</MenuHeading>
          {c.options.map((o) => (
            <button
              key={o.value}
              type="button"
              role="menuitemradio"
              aria-checked={units[c.key] === o.value}
              data-testid={`units-${c.key}-${o.value}`}
              onClick={() => setUnits({ [c.key]: o.value } as Partial<DisplayUnits>)}
            >
              <strong>
                <span className="menu-check" aria-hidden="true">
                  {units[c.key] === o.value ? '●' : ''}
                </span>
                {o.label}
              </strong>
            </button>
          ))}
        </div>
      ))}
      <p className="muted menu-note">Saved files and the BOM JSON stay in SI units.</p>
    </ToolbarMenu>
  );
}
