/** Ids of the racks the focused CDU or in-row cooler serves (see `servedFocusOf`), for the floor plan. */
import { useMemo } from 'react';
import { useEditor } from '../state/editorContext';
import { servedFocusOf } from '../state/servedFocus';

export function useServedRacks(): ReadonlySet<string> {
  const focus = useEditor(servedFocusOf);
  return useMemo(() => new Set(focus?.rackIds ?? []), [focus]);
}
