/** Reading and checking a pod that is about to be opened: the loader, then one pass of the rules. */
import type { Layout } from '../../core';
import { builtinCatalog, parseLayoutJson, serializeLayout } from '../../core';
import { checkPod } from './restore';

/**
 * A pod to check: a file's text or a layout. `replyWith: 'snapshot'` (a file's text only) asks, after an ok result,
 * for the pod's saved text too (`serializeLayout`), which the autosave writes as its first snapshot of it.
 */
export type PodCheckRequest =
  { readonly text: string; readonly replyWith?: 'snapshot' } | { readonly layout: Layout };

export type PodCheckResult =
  | { readonly ok: true; readonly layout: Layout }
  | { readonly ok: false; readonly problems: readonly string[] };

/** The pod's saved text, after an ok result (`replyWith: 'snapshot'`). */
export interface PodSnapshot {
  readonly snapshot: string;
}

export type PodCheckMessage = PodCheckResult | PodSnapshot;

export function readAndCheck(request: PodCheckRequest): PodCheckResult {
  let layout: Layout;
  if ('text' in request) {
    const parsed = parseLayoutJson(request.text);
    if (!parsed.ok) return { ok: false, problems: parsed.error.map((i) => `${i.path}: ${i.message}`) };
    layout = parsed.value;
  } else layout = request.layout;
  const problem = checkPod(layout, builtinCatalog);
  return problem ? { ok: false, problems: [`$: ${problem}`] } : { ok: true, layout };
}

/** What the check worker posts for a request: the result, then the snapshot when asked for and ok. */
export function answerPodCheck(request: PodCheckRequest, post: (message: PodCheckMessage) => void): void {
  const result = readAndCheck(request);
  post(result);
  if ('text' in request && request.replyWith === 'snapshot' && result.ok)
    post({ snapshot: serializeLayout(result.layout) });
}
