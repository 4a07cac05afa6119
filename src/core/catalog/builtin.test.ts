import { describe, expect, it } from 'vitest';
import { CATALOG_KINDS, isItGear, provenanceOf } from '../model/catalog';
import type { CatalogItem, CatalogKind } from '../model/catalog';
import { sku } from '../model/ids';
import { circuitVa } from '../model/units';
import { BUILTIN_ITEMS, builtinCatalog } from './builtin';

type ItemOfKind<K extends CatalogKind> = Extract<CatalogItem, { kind: K }>;

function itemOf<K extends CatalogKind>(skuText: string, kind: K): ItemOfKind<K> {
  const found = builtinCatalog.items.get(sku(skuText));
  if (found === undefined || found.kind !== kind) throw new Error(`${skuText} is not a built-in ${kind}`);
  return found as ItemOfKind<K>;
}

/** The value at a dotted path such as `power.maxW`, or undefined when the path names no field. */
function valueAt(root: unknown, path: string): unknown {
  let current: unknown = root;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object' || !(key in current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

const portCount = (item: ItemOfKind<'switch'>, role: 'downlink' | 'uplink'): number =>
  item.ports.filter((group) => group.role === role).reduce((sum, group) => sum + group.count, 0);

/** SKUs other modules and example layouts refer to by name. */
const REQUIRED_SKUS = [
  'rack-42u-600x1200',
  'rack-48u-600x1200',
  'rack-48u-800x1200-ai',
  'rack-nvl72',
  'nvidia-dgx-h100',
  'nvidia-dgx-h200',
  'nvidia-dgx-b200',
  'nvidia-gb200-compute-tray',
  'nvidia-gb200-nvlink-switch-tray',
  'dell-xe9680',
  'supermicro-sys-821ge-tnhr',
  'cpu-server-1u',
  'mgmt-server-1u',
  'nvidia-qm9700',
  'nvidia-qm9700-storage',
  'nvidia-qm9790',
  'nvidia-sn5600',
  'nvidia-sn5610',
  'nvidia-sn2201',
  'nvidia-sn2201-c2p',
  'nvidia-sn4600c',
  'nvidia-ufm-enterprise-ndr',
  'storage-node-2u-nvme',
  'cable-manager-1u',
  'raritan-px3-5878-415v-60a',
  'pdu-415v-3ph-32a-0u',
  'apc-ap8868-208v-50a',
  'pdu-230v-1ph-32a-0u',
  'pdu-1u-230v-16a',
  'orv3-power-shelf-33kw',
  'orv3-power-shelf-18kw',
  'vertiv-coolchip-cdu-2300',
  'vertiv-coolchip-cdu-1350',
  'coolit-chx2000',
  'motivair-mcdu-70',
  'boyd-rol4000',
  'inrack-cdu-250kw',
  'inrack-cdu-100kw-4u',
  'rdhx-passive-35kw',
  'rdhx-active-60kw',
  'motivair-chilled-door-75kw',
  'inrow-cooler-40kw',
  'inrow-cooler-70kw',
  'tesla-megapack-2xl',
  'tesla-megapack-2xl-4h',
  'orv3-bbu-shelf-33kw',
  'tesla-megapack-3',
  'battery-cabinet-200kwh',
  'ups-500kw-floor',
  'ups-3kva-2u',
];

describe('The built-in catalog', () => {
  it('holds at least 45 items and every kind of equipment', () => {
    expect(BUILTIN_ITEMS.length).toBeGreaterThanOrEqual(45);
    const kinds = new Set(BUILTIN_ITEMS.map((item) => item.kind));
    for (const kind of CATALOG_KINDS) expect(kinds, `kind ${kind}`).toContain(kind);
  });

  it('gives every item a unique lower-case slug SKU', () => {
    const skus = BUILTIN_ITEMS.map((item) => item.sku);
    expect(new Set(skus).size).toBe(skus.length);
    expect(builtinCatalog.items.size).toBe(BUILTIN_ITEMS.length);
    for (const s of skus) expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('contains every SKU that layouts and other modules name', () => {
    for (const s of REQUIRED_SKUS) expect(builtinCatalog.items.has(sku(s)), s).toBe(true);
  });

  it('prices every item as an illustrative USD example, and says so in the provenance', () => {
    for (const item of BUILTIN_ITEMS) {
      expect(item.price.amount, item.sku).toBeGreaterThan(0);
      expect(item.price.currency, item.sku).toBe('USD');
      expect(item.price.example, item.sku).toBe(true);
      expect(provenanceOf(item, 'price').grade, item.sku).toBe('estimate');
    }
  });

  it('sources every figure, and every per-field override names a real field', () => {
    for (const item of BUILTIN_ITEMS) {
      const { default: fallback, fields = {} } = item.provenance;
      expect(['published', 'derived', 'estimate'], item.sku).toContain(fallback.grade);
      expect(fallback.source.trim(), item.sku).not.toBe('');
      for (const [path, provenance] of Object.entries(fields)) {
        expect(valueAt(item, path), `${item.sku}: provenance.fields['${path}']`).not.toBeUndefined();
        expect(provenance.source.trim(), `${item.sku} ${path}`).not.toBe('');
      }
    }
  });

  it('shows the arithmetic of every derived figure', () => {
    for (const item of BUILTIN_ITEMS) {
      const all = [item.provenance.default, ...Object.values(item.provenance.fields ?? {})];
      for (const p of all.filter((entry) => entry.grade === 'derived')) {
        expect(p.source, item.sku).toMatch(/[=×→]/);
      }
    }
  });

  it('keeps IT gear physically plausible: typical ≤ max draw, liquid share within 0..1, weight unless passive', () => {
    for (const item of BUILTIN_ITEMS.filter(isItGear)) {
      expect(item.power.maxW, item.sku).toBeGreaterThanOrEqual(item.power.typicalW);
      expect(item.thermal.liquidFraction, item.sku).toBeGreaterThanOrEqual(0);
      expect(item.thermal.liquidFraction, item.sku).toBeLessThanOrEqual(1);
      expect(item.weightKg, item.sku).toBeGreaterThan(0);
      if (item.power.maxW > 0) expect(item.uHeight, item.sku).toBeGreaterThan(0);
    }
    for (const item of BUILTIN_ITEMS)
      if (item.kind !== 'service') expect(item.weightKg, item.sku).toBeGreaterThan(0);
  });

  it('blows all IT gear front-to-rear except the C2P switch and passive accessories', () => {
    const odd = BUILTIN_ITEMS.filter(isItGear)
      .filter((item) => item.thermal.airflow !== 'front-to-rear')
      .map((item) => `${item.sku}:${item.thermal.airflow}`);
    expect(odd.sort()).toEqual(['cable-manager-1u:passive', 'nvidia-sn2201-c2p:rear-to-front']);
  });

  it('puts every switch on a fabric with downlinks and uplinks', () => {
    for (const item of BUILTIN_ITEMS) {
      if (item.kind !== 'switch') continue;
      expect(portCount(item, 'downlink'), item.sku).toBeGreaterThan(0);
      expect(portCount(item, 'uplink'), item.sku).toBeGreaterThan(0);
    }
  });
});

describe('Published figures match shared/reference/figures.md', () => {
  it('DGX H100: 10.2 kW max, 8U, 130.45 kg, 1,105 CFM, 6 × 3.3 kW in 4+2 (§1.2, NV-DGXH100-UG via RACKULA, P*)', () => {
    const dgx = itemOf('nvidia-dgx-h100', 'server');
    expect(dgx.power.maxW).toBe(10_200);
    expect(dgx.uHeight).toBe(8);
    expect(dgx.weightKg).toBe(130.45);
    expect(dgx.thermal.cfm).toBe(1105);
    expect(dgx.power).toMatchObject({ psuCount: 6, psuRedundancy: '4+2', psuRatingW: 3300 });
    expect(dgx.gpuCount).toBe(8);
    expect(provenanceOf(dgx, 'power.maxW').grade).toBe('published');
    // NVIDIA publishes no typical draw (§1.2), so ours must say it is an estimate.
    expect(provenanceOf(dgx, 'power.typicalW').grade).toBe('estimate');
    // §1.2, NV-BASEPOD-CORE: 4 OSFP cages serve 8 single-port 400G ConnectX-7.
    expect(dgx.ports.find((group) => group.role === 'compute')).toMatchObject({ count: 8, speedGbps: 400 });
  });

  it('DGX B200: 14.3 kW max, 10U, 142.4 kg, 6 × 3.3 kW in 5+1, 1,550 CFM (§1.3, NV-DGXB200-UG, P)', () => {
    const dgx = itemOf('nvidia-dgx-b200', 'server');
    expect(dgx.power.maxW).toBe(14_300);
    expect(dgx.uHeight).toBe(10);
    expect(dgx.weightKg).toBe(142.4);
    expect(dgx.power).toMatchObject({ psuCount: 6, psuRedundancy: '5+1', psuRatingW: 3300 });
    expect(dgx.thermal.cfm).toBe(1550);
  });

  it('QM9700: 64 logical ports at 400 Gb/s on OSFP, 1,720 W max, 747 W typical, 1U, 14.8 kg (§2.1, NV-QM97-IF, RACKULA)', () => {
    const qm = itemOf('nvidia-qm9700', 'switch');
    expect(portCount(qm, 'downlink') + portCount(qm, 'uplink')).toBe(64);
    for (const group of qm.ports.filter((g) => g.role === 'downlink' || g.role === 'uplink')) {
      expect(group).toMatchObject({ speedGbps: 400, formFactor: 'OSFP' });
    }
    expect(qm.power.maxW).toBe(1720);
    expect(qm.power.typicalW).toBe(747);
    expect(qm.uHeight).toBe(1);
    expect(qm.weightKg).toBe(14.8);
    expect(qm.fabric).toBe('compute');
    expect(itemOf('nvidia-qm9700-storage', 'switch').fabric).toBe('storage');
  });

  it('SN2201: 48 × 1GbE RJ45 down + 4 × 100GbE QSFP28 up, 98 W typical, on the OOB network (§2.1, RACKULA)', () => {
    const sn = itemOf('nvidia-sn2201', 'switch');
    expect(sn.ports).toContainEqual(
      expect.objectContaining({ count: 48, speedGbps: 1, formFactor: 'RJ45', role: 'downlink' }),
    );
    expect(sn.ports).toContainEqual(
      expect.objectContaining({ count: 4, speedGbps: 100, formFactor: 'QSFP28', role: 'uplink' }),
    );
    expect(sn.power.typicalW).toBe(98);
    expect(sn.fabric).toBe('oob');
  });

  it('Raritan PX3: 415 V 3-phase 60 A, 18 × C19 + 6 × C13, 34.5 kVA usable at 80% (§3, RACKULA, P*)', () => {
    const pdu = itemOf('raritan-px3-5878-415v-60a', 'pdu');
    expect(pdu).toMatchObject({ voltageV: 415, phases: 3, inputAmps: 60 });
    expect(pdu.outlets).toEqual(
      expect.arrayContaining([
        { type: 'C19', count: 18 },
        { type: 'C13', count: 6 },
      ]),
    );
    // √3 · 415 V · 60 A = 43.1 kVA nameplate; the published 34.5 kVA is the 80% continuous rating.
    const nameplate = circuitVa(pdu.voltageV, pdu.inputAmps, pdu.phases);
    expect(nameplate).toBeCloseTo(43_128, 0);
    // Usable at 80%: exact √3 gives 34,502.6 W (1.732 gives 34,501.4 W); both round to the published 34.5 kVA.
    expect(Math.abs(nameplate * 0.8 - 34_500)).toBeLessThanOrEqual(5);
  });

  it('APC AP8868: its bank breakers hold it to 3 × 208 V × 16 A = 9,984 W (§3, SE-FA156194, P)', () => {
    const pdu = itemOf('apc-ap8868-208v-50a', 'pdu');
    expect(pdu).toMatchObject({ voltageV: 208, phases: 3, inputAmps: 50 });
    const usable = circuitVa(pdu.voltageV, pdu.inputAmps, pdu.phases) * (pdu.deratingFraction ?? 0.8);
    expect(usable).toBeCloseTo(9984, 6);
  });

  it('CoolIT CHx2000: 2,000 kW at 5 °C approach, 2,125 L/min, 12.24 kW (§4 CDU table, AIDC-FACILITY, P*)', () => {
    const cdu = itemOf('coolit-chx2000', 'cdu');
    expect(cdu.liquidCapacityW).toBe(2_000_000);
    expect(cdu.approachC).toBe(5);
    expect(cdu.flowLpm).toBe(2125);
    expect(cdu.powerW).toBe(12_240);
    expect(cdu.footprintMm).toEqual({ width: 750, depth: 1200 });
  });

  it('ORv3 power shelf: 33 kW from 6 × 5.5 kW PSUs in 1U (§1.1, SERVERSIMPLY-GB300, S)', () => {
    const shelf = itemOf('orv3-power-shelf-33kw', 'power-shelf');
    expect(shelf.outputW).toBe(33_000);
    expect(shelf.psuCount * 5500).toBe(shelf.outputW);
    expect(shelf.uHeight).toBe(1);
  });

  it('NVL72 rack: 132 kW busbar (8 × 33 kW shelves in N+N) and a static rating that carries the 1.36 t loaded rack (§1.1, §5)', () => {
    const rack = itemOf('rack-nvl72', 'rack');
    expect(rack.maxW).toBe((8 / 2) * 33_000);
    expect(provenanceOf(rack, 'maxW').grade).toBe('derived');
    expect(rack.staticLoadKg).toBeGreaterThanOrEqual(1360);
    expect(rack.depthMm).toBe(1200);
    // U height is "not found" in figures.md, so it must be marked as an estimate.
    expect(provenanceOf(rack, 'heightU').grade).toBe('estimate');
  });
});
