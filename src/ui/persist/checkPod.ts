/**
 * Before a pod from a file or a link replaces the working one, it is read and checked in a worker with a time
 * limit: a pod that the rules cannot check, or that would keep the page busy for longer than the limit, is refused
 * with a message and the working pod stays. Without workers, the same check runs on the page (no time limit).
 */
import type { PodCheckRequest, PodCheckResult } from '../../state/persist/podCheck';

/** Seconds a pod may take to read and check before it is refused. */
export const POD_CHECK_LIMIT_S = 20;

function inWorker(request: PodCheckRequest, limitMs: number): Promise<PodCheckResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./podCheck.worker.ts', import.meta.url), { type: 'module' });
    const timer = setTimeout(() => {
      worker.terminate();
      resolve({
        ok: false,
        problems: [
          `$: reading and checking this pod took longer than ${limitMs / 1000} s, so it was not opened (are its sizes or counts absurd?)`,
        ],
      });
    }, limitMs);
    worker.onmessage = (e: MessageEvent<PodCheckResult>) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      clearTimeout(timer);
      worker.terminate();
      reject(new Error(e.message || 'the check worker failed to start'));
    };
    worker.postMessage(request);
  });
}

export async function checkPodOffPage(
  request: PodCheckRequest,
  limitMs = POD_CHECK_LIMIT_S * 1000,
): Promise<PodCheckResult> {
  if (typeof Worker !== 'undefined') {
    try {
      return await inWorker(request, limitMs);
    } catch {
      // A worker that cannot start: check on the page.
    }
  }
  // The page's own check loads the loader (zod) only here, off the first screen's code.
  const { readAndCheck } = await import('../../state/persist/podCheck');
  return readAndCheck(request);
}
