/**
 * Before a pod from a file or a link replaces the working one, it is read and checked in a worker with a time
 * limit: a pod that the rules cannot check, or that would keep the page busy for longer than the limit, is refused
 * with a message and the working pod stays. Without workers, the same check runs on the page (no time limit).
 */
import type { Layout } from '../../core';
import type { PodCheckMessage, PodCheckRequest, PodCheckResult } from '../../state/persist/podCheck';

/** Seconds a pod may take to read and check before it is refused. */
export const POD_CHECK_LIMIT_S = 20;

type Refused = Extract<PodCheckResult, { ok: false }>;

const tooLong = (limitMs: number): Refused => ({
  ok: false,
  problems: [
    `$: reading and checking this pod took longer than ${limitMs / 1000} s, so it was not opened (are its sizes or counts absurd?)`,
  ],
});

interface WorkerRun {
  /** The first answer; rejects when the worker cannot start. */
  readonly verdict: Promise<PodCheckResult>;
  /** The pod's saved text when asked for (`replyWith: 'snapshot'`) and the verdict was ok; else null. */
  readonly snapshot: Promise<string | null>;
}

function inWorker(request: PodCheckRequest, limitMs: number): WorkerRun {
  const worker = new Worker(new URL('./podCheck.worker.ts', import.meta.url), { type: 'module' });
  let answered = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let giveSnapshot: (text: string | null) => void = () => undefined;
  const snapshot = new Promise<string | null>((resolve) => (giveSnapshot = resolve));
  const stop = (text: string | null) => {
    clearTimeout(timer);
    worker.terminate();
    giveSnapshot(text);
  };
  const verdict = new Promise<PodCheckResult>((resolve, reject) => {
    timer = setTimeout(() => {
      stop(null);
      if (!answered) resolve(tooLong(limitMs));
    }, limitMs);
    worker.onmessage = (e: MessageEvent<PodCheckMessage>) => {
      const m = e.data;
      if ('snapshot' in m) return stop(m.snapshot);
      answered = true;
      resolve(m);
      // Only an ok result asked with its snapshot is followed by it; the worker may go after anything else.
      if (!m.ok || !('text' in request) || request.replyWith !== 'snapshot') stop(null);
      else {
        clearTimeout(timer);
        timer = setTimeout(() => stop(null), limitMs);
      }
    };
    worker.onerror = (e) => {
      stop(null);
      if (!answered) reject(new Error(e.message || 'the check worker failed to start'));
    };
    worker.postMessage(request);
  });
  return { verdict, snapshot };
}

/** The page's own check loads the loader (zod) only here, off the first screen's code. */
const pageCheck = () => import('../../state/persist/podCheck');

export async function checkPodOffPage(
  request: PodCheckRequest,
  limitMs = POD_CHECK_LIMIT_S * 1000,
): Promise<PodCheckResult> {
  if (typeof Worker !== 'undefined') {
    try {
      return await inWorker(request, limitMs).verdict;
    } catch {
      // A worker that cannot start: check on the page.
    }
  }
  return (await pageCheck()).readAndCheck(request);
}

/** A file's pod, checked; `snapshot` is its saved text when the worker made it (the autosave writes it). */
export type OpenedPod =
  { readonly ok: true; readonly layout: Layout; readonly snapshot: Promise<string | null> } | Refused;

/**
 * A layout file's text, checked as {@link checkPodOffPage} does; the worker then also sends the pod's saved text, so
 * the autosave's first snapshot of it is not serialized on the page.
 */
export async function openPodText(text: string, limitMs = POD_CHECK_LIMIT_S * 1000): Promise<OpenedPod> {
  if (typeof Worker !== 'undefined') {
    try {
      const run = inWorker({ text, replyWith: 'snapshot' }, limitMs);
      const result = await run.verdict;
      return result.ok ? { ...result, snapshot: run.snapshot } : result;
    } catch {
      // A worker that cannot start: check on the page.
    }
  }
  const checked = (await pageCheck()).readAndCheck({ text });
  return checked.ok ? { ...checked, snapshot: Promise.resolve(null) } : checked;
}
