/**
 * Imports NetBox device-type files off the main thread, in chunks, reporting progress after each; the chunks'
 * reports are merged into the one a single call would give (duplicates across chunks rejected alike).
 */
import type { NetboxImportReport, SourceFile } from '../../core';
import { importNetboxDeviceTypes } from '../../core/catalog/netbox';
import { mergeNetboxReports } from '../../state/catalogImportPlan';

export interface NetboxWorkerRequest {
  readonly files: readonly SourceFile[];
  readonly chunk: number;
}

export type NetboxWorkerMessage =
  | { readonly type: 'progress'; readonly done: number }
  | { readonly type: 'done'; readonly report: NetboxImportReport }
  | { readonly type: 'error'; readonly message: string };

interface WorkerScope {
  onmessage: ((e: MessageEvent<NetboxWorkerRequest>) => void) | null;
  postMessage(message: NetboxWorkerMessage): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => {
  try {
    const { files, chunk } = e.data;
    const reports: NetboxImportReport[] = [];
    for (let i = 0; i < files.length; i += chunk) {
      reports.push(importNetboxDeviceTypes(files.slice(i, i + chunk)));
      scope.postMessage({ type: 'progress', done: Math.min(files.length, i + chunk) });
    }
    scope.postMessage({ type: 'done', report: mergeNetboxReports(reports) });
  } catch (err) {
    scope.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
