/**
 * Gathers the pod's power-chain elements from the floor units (UPS, transformers, generators, floor CDU pumps) and
 * the rack sums, works the chain and checks it. O(floor units): it runs on every validation.
 */
import type { Catalog, Generator, Transformer, Ups } from '../model/catalog';
import type { Layout } from '../model/layout';
import type { Diagnostic, PowerChainFigures } from '../model/report';
import { powerChain, powerChainFigures } from '../rules/powerChain';
import { checkPowerChain } from '../rules/powerChainChecks';
import type { Aggregate } from './podAggregate';

export function podPowerChain(
  layout: Layout,
  catalog: Catalog,
  sum: Aggregate,
  coolingEquipmentW: number,
  batteryKw: number,
  out: Diagnostic[],
): PowerChainFigures {
  const ups: Ups[] = [];
  const transformers: Transformer[] = [];
  const generators: Generator[] = [];
  let cduPumpW = 0;
  for (const unit of layout.floorUnits) {
    const item = catalog.items.get(unit.sku);
    if (item?.kind === 'ups' && item.placement === 'floor') ups.push(item);
    else if (item?.kind === 'transformer') transformers.push(item);
    else if (item?.kind === 'generator') generators.push(item);
    else if (item?.kind === 'cdu' && item.placement === 'floor') cduPumpW += item.powerW;
  }
  const chain = powerChain({
    itW: sum.maxW,
    shelfLossW: sum.shelfLossW,
    rackUpsLossW: sum.rackUpsLossW,
    ownPfExtraVa: sum.ownPfExtraVa,
    coolingEquipmentW,
    cduPumpW,
    ups,
    transformers,
    generators,
    batteryW: batteryKw * 1000,
    limits: layout.limits,
  });
  checkPowerChain(chain, sum.typicalW, layout.limits.upsMinRuntimeMin, out);
  return powerChainFigures(chain);
}
