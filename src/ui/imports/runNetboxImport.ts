/**
 * Runs the core's NetBox import without freezing the page: in a Web Worker when the browser gives one, else on the
 * main thread in chunks with a yield between them. Either way the result equals one call over all the files.
 */
import type { NetboxImportReport, SourceFile } from '../../core';
import { mergeNetboxReports } from '../../state/catalogImportPlan';
import type { NetboxWorkerMessage, NetboxWorkerRequest } from './netboxImport.worker';

/** Files per chunk: ~10 ms of work each, so progress moves and input stays responsive. */
const CHUNK = 16;

export type Progress = (done: number, total: number) => void;

export async function runNetboxImport(
  files: readonly SourceFile[],
  onProgress: Progress,
): Promise<NetboxImportReport> {
  if (files.length === 0) return { imported: [], partial: [], rejected: [] };
  if (typeof Worker !== 'undefined') {
    try {
      return await inWorker(files, onProgress);
    } catch {
      // A worker that cannot start (blocked, old browser): fall back to chunks on the main thread.
    }
  }
  return inChunks(files, onProgress);
}

function inWorker(files: readonly SourceFile[], onProgress: Progress): Promise<NetboxImportReport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./netboxImport.worker.ts', import.meta.url), { type: 'module' });
    const finish = () => worker.terminate();
    worker.onmessage = (e: MessageEvent<NetboxWorkerMessage>) => {
      const m = e.data;
      if (m.type === 'progress') onProgress(m.done, files.length);
      else if (m.type === 'done') {
        finish();
        resolve(m.report);
      } else {
        finish();
        reject(new Error(m.message));
      }
    };
    worker.onerror = (e) => {
      finish();
      reject(new Error(e.message || 'the import worker failed to start'));
    };
    const request: NetboxWorkerRequest = { files, chunk: CHUNK };
    worker.postMessage(request);
  });
}

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function inChunks(files: readonly SourceFile[], onProgress: Progress): Promise<NetboxImportReport> {
  // Loaded on demand: the importer and its YAML parser stay out of the first screen's JavaScript.
  const { importNetboxDeviceTypes } = await import('../../core/catalog/netbox');
  const reports: NetboxImportReport[] = [];
  for (let i = 0; i < files.length; i += CHUNK) {
    reports.push(importNetboxDeviceTypes(files.slice(i, i + CHUNK)));
    onProgress(Math.min(files.length, i + CHUNK), files.length);
    await nextTask();
  }
  return mergeNetboxReports(reports);
}
