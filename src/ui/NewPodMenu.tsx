/** New pod: empty, or from one of the example layouts listed in `examples/index.json` (fetched relative to the page). */
import { useEffect, useRef, useState } from 'react';
import { emptyLayout } from '../core';
import { dispatch } from '../state/commands/registry';
import { useEditorStore } from '../state/editorContext';
import type { ExampleEntry } from '../state/layoutFiles';
import { parseExampleIndex, readLayoutText } from '../state/layoutFiles';

type Examples =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly list: readonly ExampleEntry[] }
  | { readonly state: 'failed'; readonly why: string };

export function NewPodMenu() {
  const store = useEditorStore();
  const [open, setOpen] = useState(false);
  const [examples, setExamples] = useState<Examples>({ state: 'loading' });
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open || examples.state === 'ready') return;
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
  }, [open, examples.state]);

  useEffect(() => {
    if (!open) return;
    const close = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', close);
    return () => window.removeEventListener('pointerdown', close);
  }, [open]);

  const openExample = async (entry: ExampleEntry) => {
    setOpen(false);
    try {
      const r = await fetch(`./examples/${entry.file}`);
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      const result = readLayoutText(await r.text());
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
    <div className="menu" ref={root}>
      <button type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        New pod ▾
      </button>
      {open && (
        <div className="menu-popover" role="menu" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
          <button
            type="button"
            role="menuitem"
            autoFocus
            onClick={() => {
              setOpen(false);
              dispatch(store, 'replaceLayout', { layout: emptyLayout(), label: 'New empty pod' });
            }}
          >
            <strong>Empty pod</strong>
            <span className="muted">2 rows × 10 positions, nothing placed</span>
          </button>
          {examples.state === 'loading' && <p className="muted menu-note">Loading examples…</p>}
          {examples.state === 'failed' && (
            <p className="muted menu-note">Examples unavailable ({examples.why}).</p>
          )}
          {examples.state === 'ready' &&
            examples.list.map((ex) => (
              <button key={ex.file} type="button" role="menuitem" onClick={() => void openExample(ex)}>
                <strong>{ex.name}</strong>
                <span className="muted">{ex.description}</span>
              </button>
            ))}
        </div>
      )}
    </div>
  );
}
