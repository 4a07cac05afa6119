/**
 * Numbers with their units, formatted the same way in every panel, in the units the reader chose (Preferences):
 * `kw` is electrical power, `heatKw` heat and cooling; mass, lengths and flow follow the metric/imperial setting.
 */
import type { CatalogItem, CatalogKind } from '../core';
import {
  formatAreaM2,
  formatFlow,
  formatHeat,
  formatLengthM,
  formatLengthMm,
  formatMass,
  formatPower,
  formatTemperatureDelta,
  messageInUnits,
  pduUsableW,
  uHeightOf,
} from '../core';
import { currentUnits } from '../state/preferences';

const nf1 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const nf0 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Electrical power from kW (kW or kVA). */
export const kw = (v: number): string => formatPower(v, currentUnits());
/** Heat or cooling from kW (kW, BTU/h or tons). */
export const heatKw = (v: number): string => formatHeat(v, currentUnits());
export const kg = (v: number): string => formatMass(v, currentUnits());
export const mm = (v: number): string => formatLengthMm(v, currentUnits());
/** A length from m (m or ft). */
export const metres = (v: number): string => formatLengthM(v, currentUnits());
/** An area from m² (m² or ft²). */
export const areaM2 = (v: number): string => formatAreaM2(v, currentUnits());
/** A temperature difference from °C (°C or °F, no offset). */
export const deltaC = (v: number): string => formatTemperatureDelta(v, currentUnits());
/** A rule's message in the reader's units (`family` is the code's first part: heat in `cooling`, power elsewhere). */
export const inUnits = (message: string, code: string): string =>
  messageInUnits(message, code.split('.')[0] ?? '', currentUnits());
export const uText = (v: number): string => `${Number.isInteger(v) ? v : nf1.format(v)} U`;
export const pct = (r: number): string => (Number.isFinite(r) ? `${nf0.format(r * 100)} %` : '∞ %');
export const lpm = (v: number): string => formatFlow(v, currentUnits());
export const cfm = (v: number): string => `${nf0.format(v)} CFM`;
export const kwh = (v: number): string => `${nf0.format(v)} kWh`;
export const count = (v: number, noun: string): string => `${nf0.format(v)} ${noun}${v === 1 ? '' : 's'}`;
export const gbps = (v: number): string => (v >= 1000 ? `${v / 1000} Tb/s` : `${v} Gb/s`);
export const money = (amount: number, currency: string): string =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);

export const KIND_LABELS: Record<CatalogKind, string> = {
  rack: 'Racks',
  server: 'Servers',
  switch: 'Switches',
  rackmount: 'Storage & management',
  pdu: 'PDUs',
  'power-shelf': 'Power shelves',
  cdu: 'CDUs',
  rdhx: 'Rear-door heat exchangers',
  'inrow-cooler': 'In-row coolers',
  battery: 'Batteries',
  ups: 'UPS',
  transformer: 'Transformers',
  generator: 'Generators',
  service: 'Services',
};

export const KIND_SINGULAR: Record<CatalogKind, string> = {
  rack: 'rack',
  server: 'server',
  switch: 'switch',
  rackmount: 'rack-mount gear',
  pdu: 'PDU',
  'power-shelf': 'power shelf',
  cdu: 'CDU',
  rdhx: 'rear door',
  'inrow-cooler': 'in-row cooler',
  battery: 'battery',
  ups: 'UPS',
  transformer: 'transformer',
  generator: 'generator',
  service: 'service',
};

/** The few figures that tell items of a kind apart, each with its unit, for the palette and the tooltip. */
export function keyFigures(item: CatalogItem): string[] {
  const out: string[] = [];
  const u = uHeightOf(item);
  switch (item.kind) {
    case 'rack':
      out.push(
        uText(item.heightU),
        `${mm(item.widthMm)} × ${mm(item.depthMm)}`,
        `${kg(item.staticLoadKg)} load`,
      );
      if (item.maxW !== undefined) out.push(`${kw(item.maxW / 1000)} max`);
      break;
    case 'server':
    case 'switch':
    case 'rackmount': {
      out.push(uText(u), `${kw(item.power.maxW / 1000)} max`);
      if (item.gpuCount > 0) out.push(`${item.gpuCount} GPUs`);
      const ports = item.ports.filter((p) => p.role !== 'oob');
      const fastest = ports.reduce((m, p) => Math.max(m, p.speedGbps), 0);
      const n = ports.filter((p) => p.speedGbps === fastest).reduce((s, p) => s + p.count, 0);
      if (n > 0) out.push(`${n} × ${gbps(fastest)}`);
      if (item.thermal.liquidFraction > 0) out.push(`${pct(item.thermal.liquidFraction)} liquid`);
      break;
    }
    case 'pdu':
      out.push(
        item.placement === 'rack-0u' ? '0U' : uText(item.uHeight),
        `${item.voltageV} V ${item.phases === 3 ? '3φ' : '1φ'} ${item.inputAmps} A`,
        `${kw(pduUsableW(item, 0.8) / 1000)} usable at 80 %`,
      );
      break;
    case 'power-shelf':
      out.push(uText(item.uHeight), `${kw(item.outputW / 1000)} DC`, `${item.busbarV} V busbar`);
      break;
    case 'cdu':
      out.push(
        item.placement === 'floor' ? 'floor' : uText(item.uHeight),
        `${heatKw(item.liquidCapacityW / 1000)} liquid`,
        lpm(item.flowLpm),
      );
      break;
    case 'rdhx':
      out.push(
        `${heatKw(item.airCapacityW / 1000)} air`,
        item.passive ? 'passive' : `${kw(item.powerW / 1000)} fans`,
      );
      break;
    case 'inrow-cooler':
      out.push(`${heatKw(item.airCapacityW / 1000)} air`, `${mm(item.footprintMm.width)} wide`);
      break;
    case 'battery':
      out.push(kwh(item.energyKwh), `${nf0.format(item.powerKw)} kW`);
      break;
    case 'ups':
      out.push(
        item.placement === 'floor' ? 'floor' : uText(item.uHeight),
        `${kw(item.capacityW / 1000)}`,
        `${item.runtimeMin} min`,
      );
      break;
    case 'transformer':
      out.push(`${nf0.format(item.ratingVa / 1000)} kVA`, `${pct(item.efficiency)} efficient`);
      break;
    case 'generator':
      out.push(`${nf0.format(item.ratingVa / 1000)} kVA`, `${pct(item.blockLoadFraction)} block load`);
      break;
    case 'service':
      out.push(item.unit === 'year' ? 'per year' : 'per unit', 'added on the quote');
      break;
  }
  return out;
}
