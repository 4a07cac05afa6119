/** `podplan catalog [--kind K] [--json]`: the built-in catalog with each item's key figures. */
import type { CatalogItem, CatalogKind } from '../../core';
import { BUILTIN_ITEMS, CATALOG_KINDS } from '../../core';
import { parse } from '../args';
import type { CliCommand } from '../command';
import { EXIT } from '../command';

const USAGE = `podplan catalog [--kind ${CATALOG_KINDS.join('|')}] [--json]`;

/** One line of key figures, with units. */
export function keyFigures(item: CatalogItem): string {
  const kw = (w: number) => `${(w / 1000).toFixed(w % 100 === 0 ? 1 : 2)} kW`;
  switch (item.kind) {
    case 'rack':
      return `${item.heightU}U, ${item.widthMm}×${item.depthMm} mm, static load ${item.staticLoadKg} kg${item.maxW ? `, max ${kw(item.maxW)}` : ''}`;
    case 'server':
    case 'switch':
    case 'rackmount': {
      const ports = item.ports.map((g) => `${g.count}×${g.speedGbps}G`).join(' ');
      return `${item.uHeight}U, max ${kw(item.power.maxW)}, ${item.weightKg} kg${item.gpuCount ? `, ${item.gpuCount} GPUs` : ''}${ports ? `, ports ${ports}` : ''}`;
    }
    case 'pdu':
      return `${item.placement === 'rack-0u' ? '0U' : `${item.uHeight}U`}, ${item.voltageV} V ${item.phases === 3 ? '3-phase' : '1-phase'} ${item.inputAmps} A, ${item.outlets.map((o) => `${o.count}×${o.type}`).join(' ')}`;
    case 'power-shelf':
      return `${item.uHeight}U, ${kw(item.outputW)} to a ${item.busbarV} V busbar`;
    case 'cdu':
      return `${item.placement === 'floor' ? 'floor' : `${item.uHeight}U in-rack`}, ${kw(item.liquidCapacityW)} liquid, ${item.flowLpm} L/min, own draw ${kw(item.powerW)}`;
    case 'rdhx':
      return `${kw(item.airCapacityW)} air, ${item.passive ? 'passive' : `fans ${kw(item.powerW)}`}`;
    case 'inrow-cooler':
      return `${kw(item.airCapacityW)} air, own draw ${kw(item.powerW)}`;
    case 'battery':
      return `${item.energyKwh.toLocaleString('en-US')} kWh, ${item.powerKw.toLocaleString('en-US')} kW, RTE ${Math.round(item.roundTripEfficiency * 100)}%`;
    case 'ups':
      return `${kw(item.capacityW)}${item.capacityVa ? ` / ${(item.capacityVa / 1000).toFixed(1)} kVA` : ''}, ${item.runtimeMin} min at full load, ${Math.round(item.efficiency * 1000) / 10}% efficient`;
    case 'transformer':
      return `${(item.ratingVa / 1000).toLocaleString('en-US')} kVA, ${item.primaryV.toLocaleString('en-US')} V → ${item.secondaryV} V, ${Math.round(item.efficiency * 1000) / 10}% efficient`;
    case 'generator':
      return `${(item.ratingVa / 1000).toLocaleString('en-US')} kVA / ${kw(item.ratingW)}, block load ${Math.round(item.blockLoadFraction * 100)}% per step, start ${item.startSeconds} s`;
    case 'service':
      return `service, priced per ${item.unit === 'year' ? 'year' : 'unit'}; added on the quote, not placed`;
  }
}

export const catalogListCommand: CliCommand = {
  words: ['catalog'],
  summary: 'list the built-in catalog with key figures',
  help: `${USAGE}

Lists every built-in item: SKU, kind, name and key figures with units. Prices are illustrative examples.

Options:
  --kind <kind>  only items of this kind
  --json         print the items as JSON (every figure with its provenance)
  -h, --help     show this help
`,
  run(args, io) {
    const parsed = parse(args, { kind: { type: 'string' }, json: { type: 'boolean' } }, io, USAGE);
    if (!parsed) return EXIT.badInput;
    const kind = parsed.values.kind;
    if (typeof kind === 'string' && !CATALOG_KINDS.includes(kind as CatalogKind)) {
      io.stderr(`podplan: unknown --kind '${kind}'; expected one of ${CATALOG_KINDS.join(', ')}\n`);
      return EXIT.badInput;
    }
    const items = BUILTIN_ITEMS.filter((i) => kind === undefined || i.kind === kind);
    if (parsed.values.json) io.stdout(`${JSON.stringify(items, null, 2)}\n`);
    else
      for (const i of items)
        io.stdout(`${i.sku.padEnd(34)}${i.kind.padEnd(14)}${i.name} — ${keyFigures(i)}\n`);
    return EXIT.ok;
  },
};
