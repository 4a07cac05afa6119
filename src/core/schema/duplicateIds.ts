/**
 * Ids must be unique within their kind: racks, devices (U-mounted devices and side items share one id space, since
 * links and PDUs refer to both), floor units and links. Works on the unvalidated file so that duplicates are reported
 * alongside every other issue; entries whose id is not a string are left to the schema.
 */
import type { InputIssue } from '../model/result';
import { jsonPath } from './jsonPath';

interface IdSpace {
  readonly label: string;
  readonly lists: readonly string[];
}

const ID_SPACES: readonly IdSpace[] = [
  { label: 'rack', lists: ['racks'] },
  { label: 'device', lists: ['devices', 'sideItems'] },
  { label: 'floor unit', lists: ['floorUnits'] },
  { label: 'link', lists: ['links'] },
];

function idOf(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null || !Object.hasOwn(entry, 'id')) return undefined;
  const id: unknown = (entry as { readonly id: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Each repeated id, at the path of the repeat, naming where it was first used; scenarios are checked each alone. At
 * most `limit` are reported.
 */
export function findDuplicateIds(file: unknown, limit = Number.POSITIVE_INFINITY): InputIssue[] {
  if (typeof file !== 'object' || file === null) return [];
  const record = file as Readonly<Record<string, unknown>>;
  const issues: InputIssue[] = [];
  duplicatesIn(record, [], issues, limit);
  const scenarios = Object.hasOwn(record, 'scenarios') ? record.scenarios : undefined;
  if (!Array.isArray(scenarios)) return issues;
  const scenarioIds = new Map<string, string>();
  scenarios.forEach((scenario: unknown, index) => {
    const id = idOf(scenario);
    if (id !== undefined) {
      const first = scenarioIds.get(id);
      if (first === undefined) scenarioIds.set(id, jsonPath(['scenarios', index]));
      else if (issues.length < limit)
        issues.push({
          path: jsonPath(['scenarios', index, 'id']),
          message: `duplicate scenario id '${id}' (first at ${first})`,
        });
    }
    const pod =
      typeof scenario === 'object' && scenario !== null && Object.hasOwn(scenario, 'pod')
        ? (scenario as { pod: unknown }).pod
        : undefined;
    if (typeof pod === 'object' && pod !== null)
      duplicatesIn(pod as Readonly<Record<string, unknown>>, ['scenarios', index, 'pod'], issues, limit);
  });
  const active = Object.hasOwn(record, 'activeScenario') ? record.activeScenario : undefined;
  if (typeof active === 'string' && !scenarioIds.has(active) && issues.length < limit)
    issues.push({ path: jsonPath(['activeScenario']), message: `no scenario has the id '${active}'` });
  return issues;
}

function duplicatesIn(
  record: Readonly<Record<string, unknown>>,
  prefix: readonly (string | number)[],
  issues: InputIssue[],
  limit: number,
): void {
  for (const space of ID_SPACES) {
    const firstAt = new Map<string, readonly [string, number]>();
    for (const list of space.lists) {
      const entries = Object.hasOwn(record, list) ? record[list] : undefined;
      if (!Array.isArray(entries)) continue;
      for (let index = 0; index < entries.length; index++) {
        if (issues.length >= limit) return;
        const id = idOf(entries[index]);
        if (id === undefined) continue;
        const first = firstAt.get(id);
        if (first === undefined) firstAt.set(id, [list, index]);
        else
          issues.push({
            path: jsonPath([...prefix, list, index, 'id']),
            message: `duplicate ${space.label} id '${id}' (first at ${jsonPath([...prefix, ...first])})`,
          });
      }
    }
  }
}
