/**
 * New pod items of the File menu: empty, or from one of the example layouts listed in `examples/index.json`
 * (fetched relative to the page when the items first mount).
 */
import { useEffect, useState } from 'react';
import { emptyLayout } from '../core';
import { dispatch } from '../state/commands/registry';
import { useEditorStore } from '../state/editorContext';
import type { ExampleEntry } from '../state/layoutFiles';
import { parseExampleIndex, readLayoutText } from '../state/layoutFiles';
import { MenuHeading, MenuItem } from './menus/ToolbarMenu';

type Examples =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly list: readonly ExampleEntry[] }
  | { readonly state: 'failed'; readonly why: string };

export function NewPodItems() {
  const store = useEditorStore();
  const [examples, setExamples] = useState<Examples>({ state: 'loading' });

  useEffect(() => {
    let live = true;
    fetch('./examples/index.json')
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((v: unknown) => live && setExamples({ state: 'ready', list: parseExampleIndex(v) }))
      .catch(
        (e: unknown) =>
          live && setExamples({ state: 'failed', why: e instanceof Error ? e.message : String(e) }),
      );
    return () => {
      live = false;
    };
  }, []);

  const openExample = async (entry: ExampleEntry) => {
    try {
      const r = await fetch(`./examples/${entry.file}`);
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      const result = await readLayoutText(await r.text());
      if (!result.ok) {
        dispatch(store, 'notify', {
          notice: {
            tone: 'error',
            text: `Example ${entry.name} could not be loaded.`,
            details: result.error,
          },
        });
        return;
      }
      dispatch(store, 'replaceLayout', { layout: result.value, label: `New pod from ${entry.name}` });
    } catch (e) {
      dispatch(store, 'notify', {
        notice: { tone: 'error', text: `Example ${entry.name} could not be fetched: ${String(e)}` },
      });
    }
  };

  return (
    <div role="group" aria-label="New pod" data-testid="new-pod-items">
      <MenuHeading>New pod</MenuHeading>
      <MenuItem
        hint="2 rows × 10 positions, nothing placed"
        testId="new-empty-pod"
        onSelect={() => dispatch(store, 'replaceLayout', { layout: emptyLayout(), label: 'New empty pod' })}
      >
        Empty pod
      </MenuItem>
      {examples.state === 'loading' && <p className="muted menu-note">Loading examples…</p>}
      {examples.state === 'failed' && (
        <p className="muted menu-note">Examples unavailable ({examples.why}).</p>
      )}
      {examples.state === 'ready' &&
        examples.list.map((ex) => (
          <MenuItem
            key={ex.file}
            hint={ex.description}
            testId="new-pod-example"
            onSelect={() => void openExample(ex)}
          >
            {ex.name}
          </MenuItem>
        ))}
    </div>
  );
}
