/**
 * The loader's fast path for a file of the current version. The long lists of each pod (racks, devices, side items,
 * links: nearly all of a big file) are checked by hand (`podListChecks.ts`) with their ids, and the rest of the file,
 * those lists emptied, goes through the whole loader (`loadLayout`: forbidden keys, schema, ids). The key count of the
 * text is compared with the value's (duplicate keys) from the same passes. When anything is not accepted, the fast
 * path gives up and the caller runs the full loader over the whole file, whose issues and paths are the reference;
 * what the fast path accepts equals what the full loader returns (property test in `fastLayout.test.ts`).
 */
import { LAYOUT_SCHEMA_VERSION } from '../model/layout';
import type { Layout } from '../model/layout';
import type { ScenarioPod } from '../model/scenario';
import type { InputIssue, Result } from '../model/result';
import { MAX_LIST_LENGTH } from '../model/bounds';
import {
  device as canonicalDevice,
  link as canonicalLink,
  rack as canonicalRack,
  sideItem as canonicalSideItem,
} from './canonicalLayout';
import { keyCountsDiffer, tallyValue } from './duplicateKeys';
import { idsDistinct } from './distinctIds';
import type { ListPass } from './podListChecks';
import { deviceOk, linkOk, rackOk, sideItemOk } from './podListChecks';

type Rec = Readonly<Record<string, unknown>>;
type ListKey = 'racks' | 'devices' | 'sideItems' | 'links';
type Lists = Pick<ScenarioPod, ListKey>;

const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

interface ListSpec<K extends ListKey> {
  readonly key: K;
  readonly ok: (t: ListPass, v: unknown) => boolean;
  /** The record as it loads, rebuilt in the schema's order (for a list that cannot be taken as parsed). */
  readonly rebuild: (v: never) => Lists[K][number];
}

const RACKS: ListSpec<'racks'> = { key: 'racks', ok: rackOk, rebuild: canonicalRack };
const DEVICES: ListSpec<'devices'> = { key: 'devices', ok: deviceOk, rebuild: canonicalDevice };
const SIDE_ITEMS: ListSpec<'sideItems'> = { key: 'sideItems', ok: sideItemOk, rebuild: canonicalSideItem };
const LINKS: ListSpec<'links'> = { key: 'links', ok: linkOk, rebuild: canonicalLink };

/**
 * The list under `spec.key` of `pod` as it loads, when every element passes; `undefined` otherwise. Accepted
 * elements are taken as `JSON.parse` made them (checked to hold exactly the schema's fields, in its order, no -0:
 * what `canonicalLayout` would rebuild), unless one asks for the list to be rebuilt.
 */
function checkedList<K extends ListKey>(pod: Rec, spec: ListSpec<K>, t: ListPass): Lists[K] | undefined {
  const list = Object.hasOwn(pod, spec.key) ? pod[spec.key] : undefined;
  if (!Array.isArray(list) || list.length > MAX_LIST_LENGTH) return undefined;
  t.rebuild = false;
  for (let i = 0; i < list.length; i++) if (!spec.ok(t, list[i])) return undefined;
  return (t.rebuild ? list.map((e) => spec.rebuild(e as never)) : list) as unknown as Lists[K];
}

/** A pod whose lists all pass: the pod with those lists emptied, and the lists as they load. */
interface CheckedPod {
  readonly shell: Record<string, unknown>;
  readonly lists: Lists;
}

function checkPod(pod: Rec, t: ListPass): CheckedPod | undefined {
  const racks = checkedList(pod, RACKS, t);
  const devices = racks && checkedList(pod, DEVICES, t);
  const sideItems = devices && checkedList(pod, SIDE_ITEMS, t);
  const links = sideItems && checkedList(pod, LINKS, t);
  if (links === undefined) return undefined;
  // Devices and side items share one id space (links and PDUs refer to both).
  if (!idsDistinct([racks!]) || !idsDistinct([devices!, sideItems!]) || !idsDistinct([links]))
    return undefined;
  const shell = { ...pod, racks: [], devices: [], sideItems: [], links: [] };
  return { shell, lists: { racks: racks!, devices: devices!, sideItems: sideItems!, links } };
}

/**
 * The layout in `value` (parsed from `text`, a BOM already removed) when the fast path accepts it, else `undefined`
 * (the full loader then decides). `load` is the full loader, run here on the file without its long lists.
 */
export function loadLayoutFast(
  text: string,
  value: unknown,
  load: (value: unknown) => Result<Layout, InputIssue[]>,
): Layout | undefined {
  if (!isRecord(value) || value['schemaVersion'] !== LAYOUT_SCHEMA_VERSION) return undefined;
  const t: ListPass = { keys: 0, colons: 0, rebuild: false };
  const top = checkPod(value, t);
  if (top === undefined) return undefined;
  const scenarioPods: CheckedPod[] = [];
  if (Object.hasOwn(value, 'scenarios')) {
    const scenarios = value['scenarios'];
    if (!Array.isArray(scenarios)) return undefined;
    const shells: unknown[] = [];
    for (const scenario of scenarios as unknown[]) {
      const pod = isRecord(scenario) && Object.hasOwn(scenario, 'pod') ? scenario['pod'] : undefined;
      const checked = isRecord(pod) ? checkPod(pod, t) : undefined;
      if (checked === undefined) return undefined;
      scenarioPods.push(checked);
      shells.push({ ...(scenario as Rec), pod: checked.shell });
    }
    top.shell['scenarios'] = shells;
  }
  // The shell has the file's keys (its lists emptied); the lists' keys were counted as they were checked.
  tallyValue(top.shell, t);
  if (keyCountsDiffer(text, t)) return undefined;
  const rest = load(top.shell);
  if (!rest.ok) return undefined;
  const layout = { ...rest.value, ...top.lists };
  if (layout.scenarios === undefined) return layout;
  return {
    ...layout,
    scenarios: layout.scenarios.map((s, i) => ({ ...s, pod: { ...s.pod, ...scenarioPods[i]!.lists } })),
  };
}
