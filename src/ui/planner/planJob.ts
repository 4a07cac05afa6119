/**
 * What the "Plan a pod" worker is asked and answers. The planning itself is the core's `planVariants`, run on the
 * catalog the pod is placed with (built-in items and the pod's own imported ones).
 */
import type { Layout, PlanVariant, PodPlanRequest } from '../../core';
import { builtinCatalog, catalogForLayout, planVariants } from '../../core';

export interface PlanJobRequest {
  readonly request: PodPlanRequest;
  /** The pod the plan is laid on (`planBase`): its limits, floor pitch and imported items. */
  readonly base: Layout;
}

export interface PlanJobResult {
  readonly variants: readonly PlanVariant[];
  /** The planned pod with every variant saved as a scenario (the first one open). */
  readonly layout: Layout;
}

export type PlanJobMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number; readonly next: string }
  | { readonly type: 'done'; readonly result: PlanJobResult }
  | { readonly type: 'error'; readonly message: string };

/** Runs one job, reporting progress before each variant; the last message is `done` or `error`. */
export function runPlanJob(job: PlanJobRequest, post: (m: PlanJobMessage) => void): void {
  try {
    const catalog = catalogForLayout(builtinCatalog, job.base);
    const r = planVariants(job.request, catalog, job.base, (done, total, next) =>
      post({ type: 'progress', done, total, next }),
    );
    post(r.ok ? { type: 'done', result: r.value } : { type: 'error', message: r.error });
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
}
