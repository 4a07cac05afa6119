/**
 * The long lists of a layout file, for validation with bounded work (see boundedParse.ts): the pod's lists, the
 * catalog items it brings, and its scenarios, whose pods hold the same lists again.
 */
import { z } from 'zod';
import { catalogItemSchema } from '../catalog/customCatalog/catalogSchema';
import { MAX_CATALOG_ITEMS, MAX_LIST_LENGTH, MAX_SCENARIOS } from '../model/bounds';
import type { Collector, ListSpec } from './boundedParse';
import { elementOf, newCollector, parseWithLists } from './boundedParse';
import type { LayoutData } from './layoutSchema';
import { layoutSchema, podFields, scenarioSchema } from './layoutSchema';

const POD_LIST_KEYS = ['racks', 'devices', 'sideItems', 'floorUnits', 'links'] as const;

const POD_LISTS: readonly ListSpec[] = POD_LIST_KEYS.map((key) => ({
  key,
  max: MAX_LIST_LENGTH,
  element: elementOf(podFields[key].element),
}));

const podSchema = z.strictObject(podFields);
/** A scenario with its pod checked only for being an object: the pod is checked list by list. */
const scenarioShell = scenarioSchema.extend({ pod: z.record(z.string(), z.unknown()) });

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function scenarioElement(c: Collector, value: unknown, path: readonly PropertyKey[]): unknown {
  const shell = elementOf(scenarioShell)(c, value, path) as Record<string, unknown> | undefined;
  if (!isRecord(value) || !isRecord(value['pod'])) return undefined;
  const pod = parseWithLists(c, podSchema, POD_LISTS, value['pod'], [...path, 'pod']);
  return shell === undefined || pod === undefined ? undefined : { ...shell, pod };
}

const LAYOUT_LISTS: readonly ListSpec[] = [
  ...POD_LISTS,
  { key: 'catalogItems', max: MAX_CATALOG_ITEMS, element: elementOf(catalogItemSchema) },
  { key: 'scenarios', max: MAX_SCENARIOS, element: scenarioElement },
];

export interface BoundedLayoutResult {
  /** The validated layout data when there was no issue. */
  readonly data: LayoutData | undefined;
  /** At most `limit` issues: validation stopped at the limit. */
  readonly issues: readonly z.core.$ZodIssue[];
  /** List elements validated (bounded by the list maxima, and by `limit` when elements are bad). */
  readonly elements: number;
}

/** Validates a (migrated) layout file against the layout schema, stopping after `limit` issues. */
export function validateLayoutBounded(value: unknown, limit: number): BoundedLayoutResult {
  const c = newCollector(limit);
  const data = parseWithLists(c, layoutSchema, LAYOUT_LISTS, value, []);
  return {
    data: c.issues.length === 0 ? (data as LayoutData | undefined) : undefined,
    issues: c.issues,
    elements: c.elements,
  };
}
