/**
 * "How many more fit": for a catalog item, how many more a rack (or the whole pod) takes before the next one would
 * raise a new error, and which limit stops it. Found by placing them one by one where a drop on the rack would put
 * them (`planDrop`) and validating each, so the rules decide, not a second copy of them. The same walk gives the
 * layout with them placed, for "Fill rack" and "Fill pod".
 */
import type { Catalog } from '../model/catalog';
import type { Sku } from '../model/ids';
import type { Layout } from '../model/layout';
import type { Diagnostic } from '../model/report';
import { validate } from '../derive/validate';
import { planDrop } from '../place/dropPlanner';
import { racksInFloorOrder } from '../place/layoutIndex';
import { addPdus } from './fixes';
import { POWER_SHORT } from './fixableCodes';

/** Rule family of a diagnostic code, in words (the limit that stops the next unit). */
const FAMILY_WORDS: Readonly<Record<string, string>> = {
  space: 'rack space',
  power: 'power',
  cooling: 'cooling',
  weight: 'weight',
  network: 'network ports',
  airflow: 'airflow',
  references: 'references',
};

export interface Headroom {
  /** How many more of the item fit (no new error). */
  readonly count: number;
  /** The layout with those placed (the same object when none fit). */
  readonly layout: Layout;
  /** The limit that stops the next one, in words (`rack space`, `power`, `cooling`, `weight`...). */
  readonly limit: string;
  /** The code of the first new error the next one raises (`space.full` when there is no room to place it). */
  readonly code: string;
  /** What the next one breaks, verbatim from the rules (or why it cannot be placed). */
  readonly reason: string;
  /** PDUs added on the way (with `addPdus`), each one side item. */
  readonly pdusAdded: number;
}

export interface HeadroomOptions {
  /**
   * When the next unit leaves its rack short of power, add PDUs the way the power fix does (the rack's own model, one
   * per feed or one more N+1 circuit, while the side channels have room) and keep going if that clears it with no
   * new error. "Fill rack" and "Fill pod" do this; "how many more fit" counts with the PDUs the rack has.
   */
  readonly addPdus?: boolean;
}

/**
 * An error is new when its rule and what it points at are new: a limit the pod already broke (a network with no
 * switch yet, say) does not stop the count just because its figures grow.
 */
const errorKey = (d: Diagnostic) => `${d.code}|${d.targets.map((t) => `${t.kind}:${t.id}`).join(',')}`;

function errorKeys(layout: Layout, catalog: Catalog): Set<string> {
  const keys = new Set<string>();
  for (const d of validate(layout, catalog).diagnostics) if (d.severity === 'error') keys.add(errorKey(d));
  return keys;
}

type OneMore =
  | { readonly ok: true; readonly layout: Layout; readonly pdus: number }
  | { readonly ok: false; readonly code: string; readonly reason: string };

/** One more of `sku` in `rack`: the layout with it (and the PDUs it needed, when asked), or what stops it. */
function oneMore(
  layout: Layout,
  catalog: Catalog,
  rack: string,
  sku: Sku,
  before: ReadonlySet<string>,
  withPdus: boolean,
): OneMore {
  const verdict = planDrop(layout, catalog, { kind: 'sku', sku }, { kind: 'rack', rack });
  const name = catalog.items.get(sku)?.name ?? sku;
  if (!verdict || verdict.candidate === layout)
    return { ok: false, code: 'space.full', reason: `no free place in the rack for one more ${name}` };
  let candidate = verdict.candidate;
  let pdus = 0;
  for (let round = 0; ; round++) {
    const fresh = newErrors(candidate, catalog, before);
    // Physical problems first, as a drop reports them.
    const first = fresh.find((d) => d.code.startsWith('space.')) ?? fresh[0];
    if (!first) return { ok: true, layout: candidate, pdus };
    const shortOfPower = fresh.every((d) => POWER_SHORT.has(d.code));
    const more = withPdus && shortOfPower && round < 3 ? addPdus(candidate, catalog, rack) : null;
    if (!more) return { ok: false, code: first.code, reason: first.message };
    pdus += more.layout.sideItems.length - candidate.sideItems.length;
    candidate = more.layout;
  }
}

const newErrors = (layout: Layout, catalog: Catalog, before: ReadonlySet<string>) =>
  validate(layout, catalog).diagnostics.filter((d) => d.severity === 'error' && !before.has(errorKey(d)));

const familyOf = (code: string) => FAMILY_WORDS[code.split('.')[0] ?? ''] ?? code;

/** Items that go into a rack (U-mounted or 0U); others have no headroom in a rack. */
function rackItem(catalog: Catalog, sku: Sku): string | null {
  const item = catalog.items.get(sku);
  if (!item) return `'${sku}' is not in the catalog`;
  if (item.placement !== 'rack-u' && item.placement !== 'rack-0u')
    return `${item.name} is not mounted in a rack`;
  return null;
}

/** How many more of `sku` fit in `rack`, stopping at `max` (a guard; a rack holds well under 200). */
export function headroomInRack(
  layout: Layout,
  catalog: Catalog,
  rack: string,
  sku: Sku,
  options: HeadroomOptions = {},
  max = 200,
): Headroom {
  const bad = rackItem(catalog, sku);
  if (bad) return { count: 0, layout, limit: 'placement', code: 'placement', reason: bad, pdusAdded: 0 };
  const before = errorKeys(layout, catalog);
  let current = layout;
  let pdusAdded = 0;
  for (let count = 0; count < max; count++) {
    const next = oneMore(current, catalog, rack, sku, before, options.addPdus === true);
    if (!next.ok)
      return {
        count,
        layout: current,
        limit: familyOf(next.code),
        code: next.code,
        reason: next.reason,
        pdusAdded,
      };
    current = next.layout;
    pdusAdded += next.pdus;
  }
  return {
    count: max,
    layout: current,
    limit: 'the search limit',
    code: 'limit',
    reason: `stopped at ${max}`,
    pdusAdded,
  };
}

/**
 * How many more of `sku` fit in the whole pod: each rack in floor order takes as many as fit, with what earlier
 * racks took counted against the pod's limits. `limit` names what stopped most racks; `reason` is the last rack's.
 */
export function headroomInPod(
  layout: Layout,
  catalog: Catalog,
  sku: Sku,
  options: HeadroomOptions = {},
): Headroom {
  const bad = rackItem(catalog, sku);
  if (bad) return { count: 0, layout, limit: 'placement', code: 'placement', reason: bad, pdusAdded: 0 };
  let current = layout;
  let count = 0;
  let pdusAdded = 0;
  const stops = new Map<string, number>();
  let last: Headroom | null = null;
  for (const rack of racksInFloorOrder(layout.racks)) {
    const h = headroomInRack(current, catalog, rack.id, sku, options);
    count += h.count;
    pdusAdded += h.pdusAdded;
    current = h.layout;
    stops.set(h.code, (stops.get(h.code) ?? 0) + 1);
    last = h;
  }
  if (!last)
    return {
      count: 0,
      layout,
      limit: 'no racks',
      code: 'space.noRack',
      reason: 'the pod has no racks',
      pdusAdded: 0,
    };
  const [code] = [...stops].sort((a, b) => b[1] - a[1])[0] ?? [last.code];
  return { count, layout: current, limit: familyOf(code), code, reason: last.reason, pdusAdded };
}
