/** Files in and out: layout import (through the core's loader), layout and BOM export, the example list. */
import type { Catalog, Layout, Result } from '../core';
import { err, ok, serializeLayout } from '../core';
import { loadZodChecks } from './checks';
import { bomJsonOf } from './selectors';

/**
 * Reads a layout file's text; a rejected file gives its problems as `JSON path: message` lines. The loader (zod)
 * is fetched on first use (checks.ts).
 */
export async function readLayoutText(text: string): Promise<Result<Layout, string[]>> {
  const parsed = (await loadZodChecks()).parseLayoutJson(text);
  return parsed.ok ? ok(parsed.value) : err(parsed.error.map((i) => `${i.path}: ${i.message}`));
}

/** A file name from the pod name: `Pod 1 (Hall B)` → `pod-1-hall-b`. */
export function fileStem(name: string): string {
  const stem = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return stem || 'pod';
}

export const layoutExport = (layout: Layout) => ({
  fileName: `${fileStem(layout.name)}.layout.json`,
  text: serializeLayout(layout),
  mime: 'application/json',
});

/** Identical bytes to `podplan bom <file>`: both call the core's `bomToJson(bom(layout, catalog))`. */
export const bomExport = (layout: Layout, catalog: Catalog) => ({
  fileName: `${fileStem(layout.name)}.bom.json`,
  text: bomJsonOf(layout, catalog),
  mime: 'application/json',
});

export interface ExampleEntry {
  readonly file: string;
  readonly name: string;
  readonly description: string;
}

/** Parses `examples/index.json`; entries that are not `{file, name, description}` are skipped. */
export function parseExampleIndex(value: unknown): ExampleEntry[] {
  if (!Array.isArray(value)) return [];
  const out: ExampleEntry[] = [];
  for (const v of value as unknown[]) {
    if (typeof v !== 'object' || v === null) continue;
    const { file, name, description } = v as Record<string, unknown>;
    if (typeof file === 'string' && typeof name === 'string' && /^[\w.-]+\.json$/.test(file))
      out.push({ file, name, description: typeof description === 'string' ? description : '' });
  }
  return out;
}
