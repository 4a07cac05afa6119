/**
 * Layout files as written to disk: canonical JSON, so that saving an unchanged layout gives the same bytes and diffs
 * between versions of a file show only what changed.
 */
import type { Layout } from '../model/layout';
import { canonicalLayout } from './canonicalLayout';

/**
 * The layout as canonical JSON text: keys in schema order, 2-space indent, trailing newline, absent optional fields
 * left out. `parseLayoutJson(serializeLayout(layout))` gives back a layout deep-equal to `layout`.
 */
export function serializeLayout(layout: Layout): string {
  return `${JSON.stringify(canonicalLayout(layout), null, 2)}\n`;
}
