/**
 * The NetBox importer over every real device-type file in ../shared/devicetypes (netbox/ and netbox-newer/), with
 * hand-checked figures for a dozen files. Each expected value below was read from the YAML file named in the test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectYamlFiles } from '../../src/cli/commands/catalogImport';
import { loadCatalogJson, serializeCatalog } from '../../src/core/catalog/customCatalog';
import type { NetboxImportedEntry } from '../../src/core/catalog/netbox';
import { importNetboxDeviceTypes } from '../../src/core/catalog/netbox';
import type { CatalogItem } from '../../src/core/model/catalog';

const SHARED = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/devicetypes');

function readAll(): { path: string; text: string }[] {
  if (!existsSync(SHARED)) throw new Error(`shared device types not found at ${SHARED}`);
  return collectYamlFiles(SHARED).map((f) => ({ path: f.path, text: readFileSync(f.abs, 'utf8') }));
}

const files = readAll();
const report = importNetboxDeviceTypes(files);
const entries = [...report.imported, ...report.partial];

function entry(path: string): NetboxImportedEntry {
  const e = entries.find((x) => x.file === path);
  if (!e) {
    const why = report.rejected.find((r) => r.file === path)?.reason ?? 'not in the report';
    throw new Error(`${path}: ${why}`);
  }
  return e;
}

function itGear(e: NetboxImportedEntry) {
  const item: CatalogItem = e.item;
  if (item.kind !== 'server' && item.kind !== 'switch' && item.kind !== 'rackmount') {
    throw new Error(`${e.file} is a ${item.kind}`);
  }
  return item;
}

describe('When every shared NetBox file is imported', () => {
  it('reads all 159 files (152 snapshot + 7 newer)', () => {
    expect(files.length).toBe(159);
  });

  it('puts every file in exactly one bucket', () => {
    const buckets = [...report.imported, ...report.partial, ...report.rejected].map((e) => e.file).sort();
    expect(buckets).toEqual(files.map((f) => f.path).sort());
  });

  it('rejects only the in-rack CDU, which lacks the required is_full_depth, and names the field', () => {
    expect(report.rejected).toEqual([
      {
        file: 'netbox-newer/Supermicro/LCS-SCDU-250L4001.yml',
        reason: 'is_full_depth: required field missing',
      },
    ]);
  });

  it('gives every partial item a reason per missing field and never leaves price off the missing list', () => {
    for (const e of entries) expect(e.missing).toContain('price');
    for (const e of report.imported) expect(e.missing).toEqual(['price']);
    for (const e of report.partial) {
      const fields = e.missing.filter((m) => m !== 'price');
      expect(fields.length).toBeGreaterThan(0);
      for (const f of fields) expect(e.reasons.some((r) => r.startsWith(`${f}:`))).toBe(true);
    }
  });

  it('marks every fallback as an estimate, never a silent zero: a null summary figure has an estimate behind it', () => {
    for (const e of entries) {
      const fields = e.item.provenance.fields ?? {};
      if (e.weightKg === null) {
        expect(fields['weightKg']?.grade).toBe('estimate');
        expect(e.missing).toContain('weightKg');
      }
      if (e.maxDrawW === null && 'power' in e.item) {
        expect(fields['power.maxW']?.grade).toBe('estimate');
        expect(e.item.power.maxW).toBeGreaterThan(0);
      }
    }
  });

  it('produces items the catalog format accepts, so `-o` output always loads back', () => {
    const loaded = loadCatalogJson(serializeCatalog(entries.map((e) => e.item)));
    expect(loaded.ok ? loaded.value.length : loaded.error).toBe(entries.length);
  });

  it('cites the file and the CC0 licence in every item', () => {
    for (const e of entries) {
      expect(e.item.provenance.default).toEqual({
        grade: 'published',
        source: `NetBox devicetype-library ${e.file} (CC0)`,
      });
    }
  });
});

describe('Hand-checked figures against the YAML', () => {
  it('NVIDIA DGX A100 (newer): 6U, 8 GPUs; the 1,071 W per-PSU figure is implausible, the text says 6.5 kW', () => {
    const e = entry('netbox-newer/Nvidia/DGC-A100.yaml');
    const item = itGear(e);
    expect(e).toMatchObject({
      kind: 'server',
      uHeight: 6,
      fullDepth: true,
      maxDrawW: 6500,
      weightKg: 123.15,
    });
    expect(e.portsBySpeedGbps).toEqual({ '1': 1, '100': 28, '400': 8 });
    expect(item.gpuCount).toBe(8);
    expect(item.power.psuRatingW).toBe(1071);
    expect(e.inferred.join('\n')).toMatch(/1,071 W is implausibly low/);
  });

  it('Supermicro GB300 compute tray: busbar-fed (is_powered: false), 4 GPUs, 4 × XDR, draw missing with an estimate', () => {
    const e = entry('netbox-newer/Supermicro/ARS-121GL-NB3-LCC-R1.yaml');
    const item = itGear(e);
    expect(e).toMatchObject({ kind: 'server', uHeight: 1, weightKg: 32, maxDrawW: null });
    expect(e.portsBySpeedGbps).toEqual({ '1': 3, '400': 2, '800': 4 });
    expect(item.gpuCount).toBe(4);
    expect(item.power.inlet).toBe('busbar');
    expect(e.missing).toEqual(
      expect.arrayContaining(['power.maxW', 'power.typicalW', 'thermal.liquidFraction']),
    );
    expect(item.ports.find((p) => p.speedGbps === 800)).toMatchObject({
      count: 4,
      formFactor: 'OSFP',
      role: 'compute',
    });
  });

  it('NVIDIA QM9700: 1U, 14.8 kg, 62 × 400G listed (two absent, flagged), no draw on its two C14 inlets', () => {
    const e = entry('netbox-newer/Nvidia/QM9700.yaml');
    expect(e).toMatchObject({
      kind: 'switch',
      uHeight: 1,
      weightKg: 14.8,
      maxDrawW: null,
      airflow: 'rear-to-front',
    });
    expect(e.portsBySpeedGbps).toEqual({ '400': 62 });
    expect(e.missing).toEqual(expect.arrayContaining(['ports', 'power.maxW']));
    expect(e.reasons.join('\n')).toMatch(/P22\.1, P23\.0 absent/);
  });

  it('NVIDIA SN5600: 2U, 23.5 kg, 64 × 800G OSFP, PSUs in 2 module bays', () => {
    const e = entry('netbox-newer/Nvidia/SN5600.yaml');
    expect(e).toMatchObject({
      kind: 'switch',
      uHeight: 2,
      weightKg: 23.5,
      maxDrawW: null,
      airflow: 'rear-to-front',
    });
    expect(e.portsBySpeedGbps).toEqual({ '1': 1, '800': 64 });
    expect(e.reasons.join('\n')).toMatch(/PSUs sit in 2 module bays/);
    expect(itGear(e).power.psuCount).toBe(2);
  });

  it('Dell R640: 2 × 750 W in 1+1 → 750 W, not 1,500 W; 29 kg in 1U flagged', () => {
    const e = entry('netbox/Dell/PowerEdge-R640.yaml');
    const item = itGear(e);
    expect(e).toMatchObject({ uHeight: 1, maxDrawW: 750, weightKg: 29 });
    expect(item.power).toMatchObject({
      maxW: 750,
      psuCount: 2,
      psuRedundancy: '1+1',
      psuRatingW: 750,
      inlet: 'C14',
    });
    expect(e.portsBySpeedGbps).toEqual({ '1': 5 });
    expect(e.missing).toContain('weightKg');
  });

  it('Supermicro AS-8125GS: 6 × 3,000 W in 3+3 → 9,000 W, flagged against its 8 PSU bays', () => {
    const e = entry('netbox-newer/Supermicro/AS-8125GS-TNMR2.yml');
    const item = itGear(e);
    expect(e).toMatchObject({ uHeight: 8, weightKg: 75.3, maxDrawW: 9000 });
    expect(item.power).toMatchObject({ psuCount: 6, psuRedundancy: '3+3' });
    expect(item.gpuCount).toBe(8);
    expect(e.portsBySpeedGbps).toEqual({ '1': 1, '10': 2, '400': 10 });
    expect(e.reasons.join('\n')).toMatch(/6 power ports but 8 PSU module bays/);
  });

  it('APC AP7868: 0U PDU, 15.87 lb = 7.199 kg, CS8365C → 208 V three-phase 50 A, 30 × C13 + 6 × C19', () => {
    const e = entry('netbox/APC/AP7868.yml');
    expect(e.item).toMatchObject({
      kind: 'pdu',
      placement: 'rack-0u',
      uHeight: 0,
      voltageV: 208,
      phases: 3,
      inputAmps: 50,
      outlets: [
        { type: 'C13', count: 30 },
        { type: 'C19', count: 6 },
      ],
    });
    expect(e.weightKg).toBeCloseTo(7.199, 3);
    expect(e.maxDrawW).toBeNull(); // 12,500 W is the inlet capacity, not a draw
  });

  it('Corvil CNE-10000 (pounds): 51 lb = 23.133 kg, 2 × 1,600 W → 1,600 W', () => {
    const e = entry('netbox/Corvil/cne-10000.yaml');
    expect(e.weightKg).toBeCloseTo(23.133, 3);
    expect(e).toMatchObject({ uHeight: 2, maxDrawW: 1600 });
    expect(e.portsBySpeedGbps).toEqual({ '1': 5, '10': 2, '100': 2 });
  });

  it('Dell C6420: a 0U child sled, flagged for rack placement', () => {
    const e = entry('netbox/Dell/PowerEdge-C6420.yaml');
    expect(e).toMatchObject({ uHeight: 0, weightKg: 5 });
    expect(e.missing).toContain('uHeight');
    expect(e.reasons.join('\n')).toMatch(/child device/);
  });

  it('Cisco N9K-C93240YC-FX2: 1.5U, 10 kg, 48 × 25G + 12 × 100G', () => {
    const e = entry('netbox/Cisco/N9K-C93240YC-FX2.yaml');
    expect(e).toMatchObject({ kind: 'switch', uHeight: 1.5, weightKg: 10, maxDrawW: null });
    expect(e.portsBySpeedGbps).toEqual({ '1': 1, '25': 48, '100': 12 });
  });

  it('Generic patch panel (is_powered: false): 0 W by design, not missing', () => {
    const e = entry('netbox/Generic/24-port-copper-patch-panel.yaml');
    expect(e).toMatchObject({ kind: 'rackmount', maxDrawW: 0 });
    expect(e.missing).not.toContain('power.maxW');
  });

  it('WTI CPM-800: maximum_draw 10 on an inlet feeding 8 NEMA 5-15R outlets is amps, not watts', () => {
    const e = entry('netbox/WTI/CPM-800-1-E.yaml');
    expect(e.item).toMatchObject({ kind: 'pdu', inputAmps: 10, voltageV: 120, phases: 1 });
    expect(e.missing).toEqual(expect.arrayContaining(['inputAmps', 'outlets']));
  });

  it('FS N5860-48SC: 37 W for 48 × 10G + 8 × 100G is implausible and replaced by an estimate', () => {
    const e = entry('netbox/FS/N5860-48SC.yaml');
    expect(e.maxDrawW).toBeNull();
    expect(itGear(e).power.maxW).toBe(250);
    expect(e.reasons.join('\n')).toMatch(/37 W is implausibly low/);
  });

  it('Cisco N7K-C7004: a 12,000 W PSU is flagged, kept on the safe side', () => {
    const e = entry('netbox/Cisco/N7K-C7004.yaml');
    expect(e).toMatchObject({ kind: 'switch', maxDrawW: 12_000 });
    expect(e.missing).toContain('power.maxW');
  });

  it('small units: PC Engines APU6 16 oz = 0.454 kg at 0.5U; Teltonika RUTX09 455 g', () => {
    expect(entry('netbox/PC Engines/APU6.yaml')).toMatchObject({ uHeight: 0.5, weightKg: 0.454 });
    expect(entry('netbox/Teltonika/RUTX09.yaml').weightKg).toBe(0.455);
  });

  it('IBM 00P3663 weight 0 and Huawei NE9000-20 at 50U are flagged', () => {
    expect(entry('netbox/IBM/00P3663.yml').missing).toContain('weightKg');
    const ne = entry('netbox/Huawei/NE9000-20-DC.yaml');
    expect(ne).toMatchObject({ uHeight: 50, weightKg: 410 });
    expect(ne.missing).toContain('uHeight');
  });
});
