/**
 * Alternatives a customer cares about, planned from the same request and saved as scenarios of one layout so that
 * scenario compare shows GPUs, kW, racks, floor positions, price, price per GPU and errors side by side.
 */
import type { Catalog } from '../model/catalog';
import type { Layout } from '../model/layout';
import { emptyLayout } from '../model/layout';
import type { Result } from '../model/result';
import { err, ok } from '../model/result';
import { podOf, saveScenarioAs, withPod } from '../ops/scenarioOps';
import { RACK_SCALE_PRESETS } from './platform';
import { planPod } from './planPod';
import type { PodPlan, PodPlanRequest } from './types';

/** Called before each plan (`done` of `total` finished, `next` the label about to be planned) and once at the end. */
export type PlanProgress = (done: number, total: number, next: string) => void;

export interface PlanVariant {
  readonly label: string;
  /** What differs from the request, in words. */
  readonly change: string;
  readonly plan: PodPlan;
}

interface Patch {
  readonly label: string;
  readonly change: string;
  /** Fields to set; `undefined` drops the request's own value so the default applies. */
  readonly patch: { readonly [K in keyof PodPlanRequest]?: PodPlanRequest[K] | undefined };
}

function applyPatch(request: PodPlanRequest, patch: Patch['patch']): PodPlanRequest {
  const out: Record<string, unknown> = { ...request };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out as unknown as PodPlanRequest;
}

function patchesFor(request: PodPlanRequest, catalog: Catalog): Patch[] {
  const rackScale = RACK_SCALE_PRESETS.some((p) => p.id === request.platform);
  const item = catalog.items.get(request.platform as never);
  const liquid =
    rackScale ||
    (item?.kind === 'server' && item.thermal.liquidFraction > 0) ||
    request.cooling?.startsWith('liquid');
  const out: Patch[] = [];
  if (!rackScale)
    out.push({
      label: 'Densest racks',
      change: '48U racks and no cap on kW per rack: more servers per rack, fewer floor positions',
      patch: { rackSku: 'rack-48u-600x1200', maxRackKw: undefined },
    });
  if (!rackScale && request.pduSku !== undefined)
    out.push({
      label: 'Fewest power circuits',
      change: 'the PDU with the most usable power in the catalog, so the fewest circuits per rack',
      patch: { pduSku: undefined },
    });
  else if (!rackScale)
    out.push({
      label: '32 A PDUs',
      change: '415 V 32 A PDUs instead of 60 A: smaller circuits, more of them',
      patch: { pduSku: 'pdu-415v-3ph-32a-0u' },
    });
  if (rackScale)
    out.push({
      label: 'Smaller power shelves',
      change: '18 kW power shelves: more shelves, smaller circuits',
      patch: { powerShelfSku: 'orv3-power-shelf-18kw' },
    });
  if (liquid) {
    const other = (request.cooling ?? 'liquid-floor') === 'liquid-floor' ? 'liquid-inrack' : 'liquid-floor';
    out.push({
      label: other === 'liquid-inrack' ? 'In-rack CDUs' : 'Floor CDUs',
      change:
        other === 'liquid-inrack'
          ? 'a CDU in every rack instead of floor CDUs'
          : 'floor CDUs instead of in-rack CDUs',
      patch: { cooling: other, cduSku: undefined },
    });
  } else {
    const other = (request.cooling ?? 'rear-door') === 'rear-door' ? 'air' : 'rear-door';
    out.push({
      label: other === 'air' ? 'Room air only' : 'Rear doors',
      change:
        other === 'air'
          ? 'no rear doors: all heat to the room air'
          : 'rear-door heat exchangers on every rack',
      patch: { cooling: other, doorSku: undefined },
    });
  }
  return out;
}

/**
 * Plans the request and its alternatives; returns them and one layout (the request's plan as the working copy)
 * with every plan saved as a scenario. Alternatives that cannot be planned are left out.
 */
export function planVariants(
  request: PodPlanRequest,
  catalog: Catalog,
  base: Layout = emptyLayout(request.name ?? 'Planned pod'),
  onProgress?: PlanProgress,
): Result<{ readonly variants: readonly PlanVariant[]; readonly layout: Layout }, string> {
  const patches = patchesFor(request, catalog);
  const total = patches.length + 1;
  onProgress?.(0, total, 'As asked');
  const first = planPod(request, catalog, base);
  if (!first.ok) return err(first.error);
  const variants: PlanVariant[] = [{ label: 'As asked', change: 'the request as given', plan: first.value }];
  patches.forEach((p, i) => {
    onProgress?.(i + 1, total, p.label);
    const planned = planPod(applyPatch(request, p.patch), catalog, base);
    if (planned.ok) variants.push({ label: p.label, change: p.change, plan: planned.value });
  });
  onProgress?.(total, total, '');
  const keep = { ...first.value.layout, scenarios: base.scenarios ?? [] };
  let layout: Layout = keep;
  for (const v of variants) layout = saveScenarioAs(withPod(layout, podOf(v.plan.layout)), v.label);
  const working = withPod(layout, podOf(first.value.layout));
  const id = layout.scenarios?.[layout.scenarios.length - variants.length]?.id;
  return ok({ variants, layout: id === undefined ? working : { ...working, activeScenario: id } });
}
