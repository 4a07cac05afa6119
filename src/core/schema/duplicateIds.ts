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

/** Each repeated id, at the path of the repeat, naming where it was first used; scenarios are checked each alone. */
export function findDuplicateIds(file: unknown): InputIssue[] {
  if (typeof file !== 'object' || file === null) return [];
  const record = file as Readonly<Record<string, unknown>>;
  const issues = duplicatesIn(record, []);
  const scenarios = Object.hasOwn(record, 'scenarios') ? record.scenarios : undefined;
  if (!Array.isArray(scenarios)) return issues;
  const scenarioIds = new Map<string, string>();
  scenarios.forEach((scenario: unknown, index) => {
    const id = idOf(scenario);
    if (id !== undefined) {
      const first = scenarioIds.get(id);
      if (first === undefined) scenarioIds.set(id, jsonPath(['scenarios', index]));
      else
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
      issues.push(...duplicatesIn(pod as Readonly<Record<string, unknown>>, ['scenarios', index, 'pod']));
  });
  const active = Object.hasOwn(record, 'activeScenario') ? record.activeScenario : undefined;
  if (typeof active === 'string' && !scenarioIds.has(active))
    issues.push({ path: jsonPath(['activeScenario']), message: `no scenario has the id '${active}'` });
  return issues;
}

function duplicatesIn(
  record: Readonly<Record<string, unknown>>,
  prefix: readonly (string | number)[],
): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const space of ID_SPACES) {
    const firstAt = new Map<string, string>();
    for (const list of space.lists) {
      const entries = Object.hasOwn(record, list) ? record[list] : undefined;
      if (!Array.isArray(entries)) continue;
      entries.forEach((entry: unknown, index) => {
        const id = idOf(entry);
        if (id === undefined) return;
        const first = firstAt.get(id);
        if (first === undefined) firstAt.set(id, jsonPath([...prefix, list, index]));
        else
          issues.push({
            path: jsonPath([...prefix, list, index, 'id']),
            message: `duplicate ${space.label} id '${id}' (first at ${first})`,
          });
      });
    }
  }
  return issues;
}
