/**
 * "Plan a pod": the inputs, a live preview of the plan and its alternatives (planned in a worker, with progress
 * and cancel, re-planned a moment after each change), and Apply, which replaces the working pod in one undo step
 * with every alternative saved as a scenario. Replacing a pod that holds anything asks first. Esc closes.
 */
import './planner.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { openScenario } from '../../core';
import { dispatch } from '../../state/commands/registry';
import { useEditor, useEditorStore } from '../../state/editorContext';
import { selectCatalog } from '../../state/selectors';
import type { PlanDraft } from './planForm';
import { initialDraft, planBase, requestOf } from './planForm';
import type { PlanJobResult } from './planJob';
import { PlanPodForm } from './PlanPodForm';
import { PlanPreview } from './PlanPreview';
import { closePlanner } from './plannerView';
import type { PlanProgressUpdate, RunningPlan } from './runPlan';
import { runPlan } from './runPlan';

/** Pause after the last keystroke before re-planning, ms. */
const REPLAN_DELAY_MS = 400;

type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly progress: PlanProgressUpdate | null }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'done'; readonly result: PlanJobResult };

/** The layout Apply writes: the plan with its scenarios, the chosen alternative open as the working pod. */
function appliedLayout(result: PlanJobResult, chosen: number) {
  const scenarios = result.layout.scenarios ?? [];
  const id = scenarios[scenarios.length - result.variants.length + chosen]?.id;
  return chosen === 0 || id === undefined ? result.layout : openScenario(result.layout, id);
}

export function PlanPodDialog() {
  const store = useEditorStore();
  const catalog = useEditor(selectCatalog);
  const layout = useEditor((s) => s.layout);
  const ref = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<PlanDraft>(() => initialDraft(catalog, layout));
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [chosen, setChosen] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const running = useRef<RunningPlan | null>(null);
  const parsed = useMemo(() => requestOf(draft, catalog), [draft, catalog]);
  const base = useMemo(() => planBase(layout), [layout]);

  const start = () => {
    running.current?.cancel();
    running.current = null;
    if (!parsed.ok) return;
    setStatus({ kind: 'running', progress: null });
    setConfirming(false);
    const job = runPlan({ request: parsed.request, base }, (progress) =>
      setStatus((s) => (s.kind === 'running' ? { kind: 'running', progress } : s)),
    );
    running.current = job;
    void job.result.then((r) => {
      if (running.current !== job) return;
      running.current = null;
      if (r === null) return;
      setChosen(0);
      setStatus(r.ok ? { kind: 'done', result: r.value } : { kind: 'failed', message: r.error });
    });
  };
  const cancel = () => {
    running.current?.cancel();
    running.current = null;
    setStatus({ kind: 'cancelled' });
  };

  // Live preview: re-plan a moment after the inputs settle.
  useEffect(() => {
    if (!parsed.ok) return undefined;
    const t = setTimeout(start, REPLAN_DELAY_MS);
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `start` reads the latest request and base
  }, [parsed, base]);
  useEffect(() => () => running.current?.cancel(), []);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);

  const podHolds = layout.racks.length + layout.floorUnits.length + layout.devices.length > 0;
  const result = status.kind === 'done' ? status.result : null;
  const apply = () => {
    if (!result) return;
    if (podHolds && !confirming) {
      setConfirming(true);
      return;
    }
    const gpus = result.variants[chosen]?.plan.counts.gpus ?? 0;
    dispatch(store, 'replaceLayout', {
      layout: appliedLayout(result, chosen),
      label: `Plan a pod (${gpus.toLocaleString('en-US')} GPUs)`,
    });
    closePlanner();
  };

  return (
    <dialog
      ref={ref}
      className="network-dialog plan-pod-dialog"
      aria-labelledby="plan-pod-title"
      data-testid="plan-pod-dialog"
      onCancel={(e) => {
        e.preventDefault();
        closePlanner();
      }}
      onKeyDown={(e) => e.stopPropagation()}
    >
      <header className="dialog-header">
        <h2 id="plan-pod-title">Plan a pod</h2>
        <button type="button" className="icon" aria-label="Close" onClick={closePlanner}>
          ×
        </button>
      </header>
      <div className="dialog-body">
        <PlanPodForm
          draft={draft}
          catalog={catalog}
          derating={layout.limits.deratingFraction}
          onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
        />
        {result && <PlanPreview variants={result.variants} chosen={chosen} onChoose={setChosen} />}
      </div>
      <footer className="dialog-footer">
        <PlanStatus parsedError={parsed.ok ? null : parsed.error} status={status} />
        {confirming ? (
          <>
            <span className="plan-confirm" role="alert">
              Replace the current pod ({layout.racks.length} racks, {layout.devices.length} devices)? Undo
              brings it back.
            </span>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
            <button type="button" className="primary" onClick={apply} data-testid="plan-confirm-replace">
              Replace pod
            </button>
          </>
        ) : (
          <>
            {status.kind === 'running' ? (
              <button type="button" onClick={cancel} data-testid="plan-cancel">
                Cancel planning
              </button>
            ) : (
              <button type="button" onClick={start} disabled={!parsed.ok} data-testid="plan-run">
                Plan again
              </button>
            )}
            <button
              type="button"
              className="primary"
              disabled={!result || status.kind !== 'done'}
              onClick={apply}
              data-testid="plan-apply"
            >
              Apply {result?.variants[chosen]?.label.toLowerCase() ?? 'plan'}
            </button>
          </>
        )}
      </footer>
    </dialog>
  );
}

function PlanStatus({
  parsedError,
  status,
}: {
  readonly parsedError: string | null;
  readonly status: Status;
}) {
  if (parsedError)
    return (
      <p className="preview error" role="alert" data-testid="plan-status">
        {parsedError}
      </p>
    );
  const text =
    status.kind === 'running'
      ? status.progress && status.progress.next !== ''
        ? `Planning ${status.progress.done + 1} of ${status.progress.total}: ${status.progress.next}…`
        : 'Planning…'
      : status.kind === 'cancelled'
        ? 'Planning cancelled; change an input or press Plan again.'
        : status.kind === 'failed'
          ? status.message
          : status.kind === 'done'
            ? planHeadline(status.result)
            : 'Planning starts when the inputs settle.';
  return (
    <p
      className={status.kind === 'failed' ? 'preview error' : 'preview'}
      role={status.kind === 'failed' ? 'alert' : 'status'}
      data-testid="plan-status"
    >
      {status.kind === 'running' && status.progress && (
        <progress value={status.progress.done} max={status.progress.total} aria-label="Planning progress" />
      )}{' '}
      {text}
    </p>
  );
}

function planHeadline(result: PlanJobResult): string {
  const first = result.variants[0]?.plan;
  if (!first) return '';
  return first.binding
    ? `Short of the target: ${first.binding.text}`
    : `${first.counts.gpus.toLocaleString('en-US')} GPUs fit with ${first.errors === 0 ? 'no errors' : `${first.errors} errors`}; ${result.variants.length} plans to compare.`;
}
