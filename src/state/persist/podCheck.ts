/** Reading and checking a pod that is about to be opened: the loader, then one pass of the rules. */
import type { Layout } from '../../core';
import { builtinCatalog, parseLayoutJson } from '../../core';
import { checkPod } from './restore';

export type PodCheckRequest = { readonly text: string } | { readonly layout: Layout };

export type PodCheckResult =
  | { readonly ok: true; readonly layout: Layout }
  | { readonly ok: false; readonly problems: readonly string[] };

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
