/**
 * Runs a plan without freezing the page: in a Web Worker (cancel terminates it), or, where no worker starts, on the
 * page after a yield so the dialog shows "planning" first. Resolves to the plan, or null when cancelled.
 */
import type { PlanJobMessage, PlanJobRequest, PlanJobResult } from './planJob';
import { runPlanJob } from './planJob';

export type PlanProgressUpdate = { readonly done: number; readonly total: number; readonly next: string };

export interface RunningPlan {
  readonly result: Promise<
    | { readonly ok: true; readonly value: PlanJobResult }
    | { readonly ok: false; readonly error: string }
    | null
  >;
  cancel(): void;
}

export function runPlan(job: PlanJobRequest, onProgress: (p: PlanProgressUpdate) => void): RunningPlan {
  let cancelled = false;
  let worker: Worker | null = null;
  let settle: ((v: null) => void) | null = null;
  const finish = (m: PlanJobMessage) =>
    m.type === 'done'
      ? { ok: true as const, value: m.result }
      : { ok: false as const, error: m.type === 'error' ? m.message : '' };
  const onPage = () =>
    new Promise<ReturnType<typeof finish> | null>((resolve) => {
      settle = resolve;
      setTimeout(() => {
        if (cancelled) return;
        let last: PlanJobMessage | null = null;
        runPlanJob(job, (m) => {
          if (m.type === 'progress') onProgress(m);
          else last = m;
        });
        resolve(cancelled || !last ? null : finish(last));
      }, 0);
    });
  const inWorker = () =>
    new Promise<ReturnType<typeof finish> | null>((resolve, reject) => {
      settle = resolve;
      worker = new Worker(new URL('./planPod.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<PlanJobMessage>) => {
        const m = e.data;
        if (m.type === 'progress') {
          onProgress(m);
          return;
        }
        worker?.terminate();
        resolve(cancelled ? null : finish(m));
      };
      worker.onerror = (e) => {
        worker?.terminate();
        reject(new Error(e.message || 'the planning worker failed to start'));
      };
      worker.postMessage(job);
    });
  const result =
    typeof Worker === 'undefined' ? onPage() : inWorker().catch(() => (cancelled ? null : onPage()));
  return {
    result,
    cancel() {
      cancelled = true;
      worker?.terminate();
      settle?.(null);
    },
  };
}
