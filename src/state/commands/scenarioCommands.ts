/** Commands on the layout's saved scenarios: save, open, duplicate, rename, delete. Each is one undo step. */
import {
  duplicateScenario,
  openScenario,
  removeScenario,
  renameScenario,
  saveScenario,
  saveScenarioAs,
} from '../../core';
import type { Layout } from '../../core';
import type { CommandDef } from './commandTypes';

export interface ScenarioCommandArgs {
  saveScenarioAs: { readonly name: string };
  saveScenario: { readonly id: string };
  openScenario: { readonly id: string };
  duplicateScenario: { readonly id: string; readonly name: string };
  renameScenario: { readonly id: string; readonly name: string };
  removeScenario: { readonly id: string };
}

/** Longest scenario name the layout schema takes. */
export const SCENARIO_NAME_MAX = 200;

const nameOf = (layout: Layout, id: string) => layout.scenarios?.find((s) => s.id === id)?.name ?? id;
const nameProblem = (name: string): string | null =>
  name.trim() === ''
    ? 'A scenario needs a name.'
    : name.length > SCENARIO_NAME_MAX
      ? `A scenario name is at most ${SCENARIO_NAME_MAX} characters.`
      : null;

export const scenarioCommands: {
  readonly [K in keyof ScenarioCommandArgs]: CommandDef<ScenarioCommandArgs[K]>;
} = {
  saveScenarioAs: {
    label: 'Save scenario',
    undoable: true,
    run: (state, { name }) => {
      const problem = nameProblem(name);
      if (problem) return { session: { status: problem } };
      return {
        layout: saveScenarioAs(state.layout, name.trim()),
        label: `Save scenario '${name.trim()}'`,
        session: { status: `Saved the pod as scenario '${name.trim()}'.` },
      };
    },
  },
  saveScenario: {
    label: 'Update scenario',
    undoable: true,
    run: (state, { id }) => ({
      layout: saveScenario(state.layout, id),
      label: `Update scenario '${nameOf(state.layout, id)}'`,
      session: { status: `Scenario '${nameOf(state.layout, id)}' now holds the working pod.` },
    }),
  },
  openScenario: {
    label: 'Open scenario',
    undoable: true,
    run: (state, { id }) => ({
      layout: openScenario(state.layout, id),
      label: `Open scenario '${nameOf(state.layout, id)}'`,
      session: {
        selection: [],
        status: `Opened scenario '${nameOf(state.layout, id)}'. Undo returns to the pod you had.`,
      },
    }),
  },
  duplicateScenario: {
    label: 'Duplicate scenario',
    undoable: true,
    run: (state, { id, name }) => {
      const problem = nameProblem(name);
      if (problem) return { session: { status: problem } };
      return {
        layout: duplicateScenario(state.layout, id, name.trim()),
        label: `Duplicate scenario '${nameOf(state.layout, id)}'`,
        session: { status: `Copied '${nameOf(state.layout, id)}' as '${name.trim()}'.` },
      };
    },
  },
  renameScenario: {
    label: 'Rename scenario',
    undoable: true,
    run: (state, { id, name }) => {
      const problem = nameProblem(name);
      if (problem) return { session: { status: problem } };
      return {
        layout: renameScenario(state.layout, id, name.trim()),
        label: `Rename scenario to '${name.trim()}'`,
      };
    },
  },
  removeScenario: {
    label: 'Delete scenario',
    undoable: true,
    run: (state, { id }) => ({
      layout: removeScenario(state.layout, id),
      label: `Delete scenario '${nameOf(state.layout, id)}'`,
      session: { status: `Deleted scenario '${nameOf(state.layout, id)}' (Undo brings it back).` },
    }),
  },
};
