/** Pure edits of a layout's scenarios: save the working copy, open, duplicate, rename, remove. */
import type { Layout } from '../model/layout';
import type { Scenario, ScenarioPod } from '../model/scenario';

/** The working copy's pod parts (shares the layout's records). */
export const podOf = (layout: Layout): ScenarioPod => ({
  limits: layout.limits,
  floor: layout.floor,
  racks: layout.racks,
  devices: layout.devices,
  sideItems: layout.sideItems,
  floorUnits: layout.floorUnits,
  links: layout.links,
});

/** The layout as it would be with `scenario` open (for validating and pricing a scenario without opening it). */
export const withPod = (layout: Layout, pod: ScenarioPod): Layout => ({ ...layout, ...pod });

function freshScenarioId(layout: Layout): string {
  const taken = new Set((layout.scenarios ?? []).map((s) => s.id));
  let n = taken.size + 1;
  while (taken.has(`scenario-${n}`)) n++;
  return `scenario-${n}`;
}

/** Saves the working copy as a new scenario and makes it active. */
export function saveScenarioAs(layout: Layout, name: string): Layout {
  const id = freshScenarioId(layout);
  const scenario: Scenario = { id, name, pod: podOf(layout) };
  return { ...layout, scenarios: [...(layout.scenarios ?? []), scenario], activeScenario: id };
}

/** Overwrites the scenario `id` with the working copy. */
export function saveScenario(layout: Layout, id: string): Layout {
  const scenarios = layout.scenarios ?? [];
  const i = scenarios.findIndex((s) => s.id === id);
  if (i < 0) return layout;
  const copy = scenarios.slice();
  copy[i] = { ...(scenarios[i] as Scenario), pod: podOf(layout) };
  return { ...layout, scenarios: copy, activeScenario: id };
}

/** Replaces the working copy with scenario `id`. */
export function openScenario(layout: Layout, id: string): Layout {
  const s = layout.scenarios?.find((x) => x.id === id);
  return s ? { ...withPod(layout, s.pod), activeScenario: id } : layout;
}

/** Copies scenario `id` under a new name (to explore a variant). */
export function duplicateScenario(layout: Layout, id: string, name: string): Layout {
  const s = layout.scenarios?.find((x) => x.id === id);
  if (!s) return layout;
  return {
    ...layout,
    scenarios: [...(layout.scenarios ?? []), { id: freshScenarioId(layout), name, pod: s.pod }],
  };
}

export function renameScenario(layout: Layout, id: string, name: string): Layout {
  const scenarios = layout.scenarios ?? [];
  if (!scenarios.some((s) => s.id === id && s.name !== name)) return layout;
  return { ...layout, scenarios: scenarios.map((s) => (s.id === id ? { ...s, name } : s)) };
}

export function removeScenario(layout: Layout, id: string): Layout {
  const scenarios = layout.scenarios ?? [];
  if (!scenarios.some((s) => s.id === id)) return layout;
  const { activeScenario, ...rest } = layout;
  const next = scenarios.filter((s) => s.id !== id);
  return {
    ...rest,
    scenarios: next,
    ...(activeScenario !== undefined && activeScenario !== id && { activeScenario }),
  };
}
