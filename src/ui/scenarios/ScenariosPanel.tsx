/**
 * Scenarios: save the working pod under a name, open, update, duplicate, rename and delete saved ones (each a
 * command with one undo step), and compare two or more side by side. Scenarios live in the layout, so autosave and
 * the layout file keep them.
 */
import { useId, useMemo, useState } from 'react';
import type { Layout, Scenario } from '../../core';
import { compareScenarios, podOf, SCENARIO_POD_KEYS } from '../../core';
import { dispatch } from '../../state/commands/registry';
import { SCENARIO_NAME_MAX } from '../../state/commands/scenarioCommands';
import { useEditor, useEditorStore } from '../../state/editorContext';
import { selectLocale } from '../../state/quoteSelectors';
import { CompareTable } from './CompareTable';

export const WORKING_ID = 'working';

const modifiedCache = new WeakMap<Layout, boolean>();
/** Whether the working pod differs from the scenario it was opened from or saved to. */
export function workingDiffers(layout: Layout): boolean {
  const cached = modifiedCache.get(layout);
  if (cached !== undefined) return cached;
  const active = layout.scenarios?.find((s) => s.id === layout.activeScenario);
  const differs =
    !active ||
    SCENARIO_POD_KEYS.some(
      (k) => active.pod[k] !== layout[k] && JSON.stringify(active.pod[k]) !== JSON.stringify(layout[k]),
    );
  modifiedCache.set(layout, differs);
  return differs;
}

function nameProblem(name: string): string | null {
  if (name.trim() === '') return 'Give the scenario a name.';
  if (name.length > SCENARIO_NAME_MAX) return `At most ${SCENARIO_NAME_MAX} characters.`;
  return null;
}

function NameForm({
  label,
  initial,
  submit,
  onDone,
  testId,
}: {
  readonly label: string;
  readonly initial: string;
  readonly submit: string;
  readonly onDone: (name: string) => void;
  readonly testId: string;
}) {
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  return (
    <form
      className="name-form"
      onSubmit={(e) => {
        e.preventDefault();
        const problem = nameProblem(name);
        if (problem) return setError(problem);
        onDone(name.trim());
        setName('');
      }}
    >
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={name}
        maxLength={SCENARIO_NAME_MAX + 1}
        data-testid={testId}
        aria-invalid={error !== null}
        onChange={(e) => {
          setName(e.target.value);
          setError(null);
        }}
      />
      <button type="submit">{submit}</button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}

function ScenarioRow({
  scenario,
  active,
  modified,
  compared,
  onCompare,
}: {
  readonly scenario: Scenario;
  readonly active: boolean;
  readonly modified: boolean;
  readonly compared: boolean;
  readonly onCompare: (on: boolean) => void;
}) {
  const store = useEditorStore();
  const [mode, setMode] = useState<'idle' | 'rename' | 'duplicate'>('idle');
  const { id, name } = scenario;
  return (
    <li className={`scenario-row${active ? ' active' : ''}`} data-scenario={name}>
      <label className="scenario-compare">
        <input type="checkbox" checked={compared} onChange={(e) => onCompare(e.target.checked)} />
        <span className="sr-only">Compare {name}</span>
      </label>
      <span className="scenario-name">
        {name}
        {active && <span className="badge ok">{modified ? 'open, changed since saved' : 'open'}</span>}
      </span>
      <span className="scenario-buttons">
        <button
          type="button"
          onClick={() => dispatch(store, 'openScenario', { id })}
          title="Replace the working pod with this scenario (Undo returns)"
        >
          Open
        </button>
        <button
          type="button"
          onClick={() => dispatch(store, 'saveScenario', { id })}
          title="Overwrite this scenario with the working pod"
        >
          Update
        </button>
        <button type="button" onClick={() => setMode(mode === 'duplicate' ? 'idle' : 'duplicate')}>
          Duplicate…
        </button>
        <button type="button" onClick={() => setMode(mode === 'rename' ? 'idle' : 'rename')}>
          Rename…
        </button>
        <button type="button" className="danger" onClick={() => dispatch(store, 'removeScenario', { id })}>
          Delete
        </button>
      </span>
      {mode === 'rename' && (
        <NameForm
          label={`New name for ${name}`}
          initial={name}
          submit="Rename"
          testId="scenario-rename"
          onDone={(n) => {
            dispatch(store, 'renameScenario', { id, name: n });
            setMode('idle');
          }}
        />
      )}
      {mode === 'duplicate' && (
        <NameForm
          label={`Name of the copy of ${name}`}
          initial={`${name} (copy)`}
          submit="Duplicate"
          testId="scenario-duplicate"
          onDone={(n) => {
            dispatch(store, 'duplicateScenario', { id, name: n });
            setMode('idle');
          }}
        />
      )}
    </li>
  );
}

export function ScenariosPanel() {
  const store = useEditorStore();
  const layout = useEditor((s) => s.layout);
  const catalog = useEditor((s) => s.catalog);
  const locale = useEditor(selectLocale);
  const scenarios = useMemo(() => layout.scenarios ?? [], [layout.scenarios]);
  const modified = workingDiffers(layout);
  /** Ids left out of the comparison (so new scenarios join it by default). */
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(() => new Set([WORKING_ID]));
  const setCompared = (id: string, on: boolean) =>
    setExcluded((prev) => {
      const next = new Set(prev);
      if (on) next.delete(id);
      else next.add(id);
      return next;
    });

  const columns = useMemo(
    () => [
      ...scenarios.filter((s) => !excluded.has(s.id)),
      ...(excluded.has(WORKING_ID) ? [] : [{ id: WORKING_ID, name: 'Working pod', pod: podOf(layout) }]),
    ],
    [scenarios, excluded, layout],
  );
  const comparison = useMemo(
    () => (columns.length >= 2 ? compareScenarios(layout, columns, catalog) : null),
    [columns, layout, catalog],
  );

  return (
    <div className="scenarios-panel" data-testid="scenarios-panel">
      <NameForm
        label="Save the working pod as a scenario"
        initial=""
        submit="Save scenario"
        testId="scenario-name"
        onDone={(name) => dispatch(store, 'saveScenarioAs', { name })}
      />
      {scenarios.length === 0 ? (
        <p className="muted">
          No scenarios yet. Save the pod as one (e.g. “air-cooled”), change it, save it again as another (e.g.
          “liquid-cooled”), then compare them here.
        </p>
      ) : (
        <>
          <ul className="scenario-list" aria-label="Saved scenarios">
            {scenarios.map((s) => (
              <ScenarioRow
                key={s.id}
                scenario={s}
                active={s.id === layout.activeScenario}
                modified={modified}
                compared={!excluded.has(s.id)}
                onCompare={(on) => setCompared(s.id, on)}
              />
            ))}
          </ul>
          <label className="compare-working">
            <input
              type="checkbox"
              checked={!excluded.has(WORKING_ID)}
              onChange={(e) => setCompared(WORKING_ID, e.target.checked)}
            />{' '}
            Include the working pod{modified ? ' (unsaved changes)' : ''}
          </label>
        </>
      )}
      <h3>Compare</h3>
      {comparison ? (
        <CompareTable comparison={comparison} locale={locale} />
      ) : (
        <p className="muted">Tick two or more scenarios (or the working pod) to compare them side by side.</p>
      )}
    </div>
  );
}
