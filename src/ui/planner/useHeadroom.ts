/**
 * "How many more fit" for the armed catalog item, shared by the palette and the inspector: in one rack (when one is
 * given) and in the whole pod, each with what Fill would place (PDUs added where power binds). Results are kept per
 * layout object, so the two panels showing the same question walk the pod once per edit.
 */
import { useMemo } from 'react';
import type { Catalog, Headroom, Layout, Sku } from '../../core';
import type { Planning } from '../../state/planning';

/** Racks above which the pod count is not walked live (it validates once per unit placed). */
export const LIVE_POD_RACKS = 64;

export interface HeadroomView {
  /** How many more fit with what the rack has; null without a rack. */
  readonly rack: Headroom | null;
  /** What Fill rack places: `rack`, or more with PDUs added when power binds. */
  readonly fillRack: Headroom | null;
  /** The pod; null on pods above `LIVE_POD_RACKS` racks. */
  readonly pod: Headroom | null;
  readonly fillPod: Headroom | null;
}

const cache = new WeakMap<Layout, Map<string, Headroom>>();

function cached(layout: Layout, key: string, make: () => Headroom): Headroom {
  let byKey = cache.get(layout);
  if (!byKey) cache.set(layout, (byKey = new Map()));
  let h = byKey.get(key);
  if (!h) byKey.set(key, (h = make()));
  return h;
}

/** Fill adds PDUs only where power is what binds; otherwise it places what the count says. */
const withPdus = (h: Headroom, again: () => Headroom): Headroom => (h.limit === 'power' ? again() : h);

export function headroomView(
  { headroomInPod, headroomInRack }: Planning,
  layout: Layout,
  catalog: Catalog,
  rack: string | null,
  sku: Sku,
): HeadroomView {
  const inRack =
    rack === null
      ? null
      : cached(layout, `rack|${rack}|${sku}`, () => headroomInRack(layout, catalog, rack, sku));
  const fillRack =
    rack === null || !inRack
      ? null
      : withPdus(inRack, () =>
          cached(layout, `fill|${rack}|${sku}`, () =>
            headroomInRack(layout, catalog, rack, sku, { addPdus: true }),
          ),
        );
  const live = layout.racks.length <= LIVE_POD_RACKS;
  const pod = live ? cached(layout, `pod|${sku}`, () => headroomInPod(layout, catalog, sku)) : null;
  const fillPod = pod
    ? withPdus(pod, () =>
        cached(layout, `fillpod|${sku}`, () => headroomInPod(layout, catalog, sku, { addPdus: true })),
      )
    : null;
  return { rack: inRack, fillRack, pod, fillPod };
}

/** Null without an item, or while the planning code is loading (`planning` undefined). */
export function useHeadroom(
  planning: Planning | undefined,
  layout: Layout,
  catalog: Catalog,
  rack: string | null,
  sku: Sku | null,
): HeadroomView | null {
  return useMemo(
    () => (sku === null || !planning ? null : headroomView(planning, layout, catalog, rack, sku)),
    [planning, layout, catalog, rack, sku],
  );
}
