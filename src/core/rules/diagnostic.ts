/** Helpers every rule family uses to build diagnostics and name things the way users see them. */
import type { Diagnostic, Severity, Target, TargetKind } from '../model/report';
import type { CatalogItem } from '../model/catalog';
import type { DevicePlacement, RackPlacement, SideItemPlacement } from '../model/layout';

export const target = (kind: TargetKind, id: string): Target => ({ kind, id });

export function diagnostic(
  severity: Severity,
  code: string,
  message: string,
  targets: readonly Target[],
): Diagnostic {
  return { severity, code, message, targets };
}

/** `Rack B3` */
export const rackLabel = (rack: RackPlacement): string => `Rack ${rack.name}`;

/** `'gpu-3' (NVIDIA DGX H100) at U10–U17 front` */
export function deviceLabel(device: DevicePlacement, item: CatalogItem | undefined, uHeight: number): string {
  const model = item ? item.name : device.sku;
  const top = device.u + Math.max(uHeight, 1) - 1;
  const span = uHeight > 1 ? `U${device.u}–U${formatU(top)}` : `U${device.u}`;
  return `'${device.name ?? device.id}' (${model}) at ${span} ${device.face}`;
}

export function sideItemLabel(item: SideItemPlacement, catalogItem: CatalogItem | undefined): string {
  return `'${item.name ?? item.id}' (${catalogItem ? catalogItem.name : item.sku}, ${item.side} side channel)`;
}

const formatU = (u: number): string => (Number.isInteger(u) ? String(u) : u.toFixed(1));

/** Sorts diagnostics: errors first, then warnings, then infos; stable by code and message within a severity. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return list.sort(
    (a, b) =>
      rank[a.severity] - rank[b.severity] ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}
