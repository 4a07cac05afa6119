/**
 * The one command registry. Palette, keyboard, inspector, elevation, diagnostics and 3D gestures all call
 * `dispatch`; a command that changes the layout and is `undoable` records exactly one undo step.
 */
import type { EditorState, EditorStore } from '../editorStore';
import { record } from '../history';
import { refExists } from '../../core';
import type { Session } from '../session';
import type { CatalogCommandArgs } from './catalogCommands';
import { catalogCommands } from './catalogCommands';
import type { CommandDef } from './commandTypes';
import type { DocumentCommandArgs } from './documentCommands';
import { documentCommands } from './documentCommands';
import type { NetworkCommandArgs } from './networkCommands';
import { networkCommands } from './networkCommands';
import type { PlannerCommandArgs } from './plannerCommands';
import { plannerCommands } from './plannerCommands';
import type { PodCommandArgs } from './podCommands';
import { podCommands } from './podCommands';
import type { QuoteWorkflowCommandArgs } from './quoteWorkflowCommands';
import { quoteWorkflowCommands } from './quoteWorkflowCommands';
import type { SessionCommandArgs } from './sessionCommands';
import type { StorageCommandArgs } from './storageCommands';
import { storageCommands } from './storageCommands';
import { sessionCommands } from './sessionCommands';

export type CommandArgs = DocumentCommandArgs &
  SessionCommandArgs &
  CatalogCommandArgs &
  QuoteWorkflowCommandArgs &
  NetworkCommandArgs &
  PodCommandArgs &
  PlannerCommandArgs &
  StorageCommandArgs;
export type CommandId = keyof CommandArgs;

export const commands: { readonly [K in CommandId]: CommandDef<CommandArgs[K]> } = {
  ...documentCommands,
  ...sessionCommands,
  ...quoteWorkflowCommands,
  ...catalogCommands,
  ...networkCommands,
  ...podCommands,
  ...plannerCommands,
  ...storageCommands,
};

/** Commands whose argument is `void` (those a key or a button can run by name). */
export type PlainCommandId = { [K in CommandId]: CommandArgs[K] extends void ? K : never }[CommandId];

/** Keeps only the selected records that still exist (after undo, delete or import). */
function pruneSelection(state: EditorState, session: Session): Session {
  const selection = session.selection.filter((ref) => refExists(state.layout, ref));
  const hover = session.hover && refExists(state.layout, session.hover) ? session.hover : null;
  const elevationRack =
    session.elevationRack !== null && state.layout.racks.some((r) => r.id === session.elevationRack)
      ? session.elevationRack
      : null;
  if (
    selection.length === session.selection.length &&
    hover === session.hover &&
    elevationRack === session.elevationRack
  )
    return session;
  return { ...session, selection, hover, elevationRack };
}

/** Runs a command. Returns true when it changed anything. */
export function dispatch<K extends CommandId>(
  store: EditorStore,
  id: K,
  ...rest: CommandArgs[K] extends void ? [] : [CommandArgs[K]]
): boolean {
  const def = commands[id] as CommandDef<CommandArgs[K]>;
  const state = store.getState();
  const outcome = def.run(state, rest[0] as CommandArgs[K]);
  if (!outcome) return false;
  const layoutChanged = outcome.layout !== undefined && outcome.layout !== state.layout;
  let history = outcome.history ?? state.history;
  if (layoutChanged && def.undoable)
    history = record(state.history, state.layout, outcome.label ?? def.label);
  else if (layoutChanged && !outcome.history)
    throw new Error(`Command '${String(id)}' changed the layout without an undo step.`);
  let session = outcome.session ? { ...state.session, ...outcome.session } : state.session;
  const layout = layoutChanged && outcome.layout ? outcome.layout : state.layout;
  if (layoutChanged) session = pruneSelection({ ...state, layout }, session);
  if (!layoutChanged && session === state.session && history === state.history) return false;
  store.setState({ layout, history, session });
  return true;
}
