/**
 * The link diagnostics of a layout as the whole-layout rules give them (`checkLinks` and `planCabling`, as validation
 * used them before it became incremental), to compare with what `validate` reports.
 */
import type { CatalogItem, Diagnostic, Layout } from '../../src/core';
import { builtinCatalog, cablingFigures } from '../../src/core';
import { checkLinks } from '../../src/core/rules/network';

/** Codes the link and cabling checks give (other rules give the rest). */
const LINK_CODES = new Set([
  'reference.linkDevice',
  'network.unknownPort',
  'network.portReused',
  'network.linkSpeedMismatch',
  'network.linkRoleMismatch',
  'network.linkBeyondReach',
  'network.mediumUnavailable',
  'network.switchOverPorts',
  'network.oversubscriptionAboveTarget',
]);
const ALREADY_CHECKED = new Set(['network.portReused', 'network.linkSpeedMismatch', 'network.linkNotCabled']);

/** The link diagnostics among `ds`, one sorted line each (code, message, targets). */
export const linkText = (ds: readonly Diagnostic[]): string[] =>
  ds
    .filter((d) => LINK_CODES.has(d.code))
    .map((d) => `${d.code} ${d.message} ${d.targets.map((t) => t.id).join(',')}`)
    .sort();

/** The link diagnostics as the whole-layout rules give them. */
export function referenceLinkText(l: Layout): string[] {
  const out: Diagnostic[] = [];
  const items = new Map<string, CatalogItem>();
  for (const list of [l.devices, l.sideItems])
    for (const d of list) {
      const item = builtinCatalog.items.get(d.sku);
      if (item) items.set(d.id, item);
    }
  checkLinks(l.links, (id) => items.get(id), out);
  for (const d of cablingFigures(l, builtinCatalog)?.plan.diagnostics ?? [])
    if (!ALREADY_CHECKED.has(d.code)) out.push(d);
  return linkText(out);
}
