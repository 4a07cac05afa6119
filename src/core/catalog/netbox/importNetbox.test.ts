import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NetboxImportedEntry, NetboxImportReport } from './types';
import { importNetboxDeviceTypes } from './importNetbox';

/** A minimal valid device type with extra YAML lines appended. */
const dt = (
  extra = '',
  head = 'manufacturer: Acme\nmodel: Box\nslug: acme-box\nu_height: 1\nis_full_depth: true\n',
) => `${head}${extra}`;

const psus = (n: number, draw?: number, allocated?: number, type = 'iec-60320-c14'): string =>
  `power-ports:\n${Array.from(
    { length: n },
    (_, i) =>
      `  - name: PSU${i + 1}\n    type: ${type}\n${draw ? `    maximum_draw: ${draw}\n` : ''}${allocated ? `    allocated_draw: ${allocated}\n` : ''}`,
  ).join('')}`;

const ifaces = (n: number, type: string, prefix = 'eth'): string =>
  `interfaces:\n${Array.from({ length: n }, (_, i) => `  - name: ${prefix}${i + 1}\n    type: ${type}\n`).join('')}`;

function one(text: string): NetboxImportedEntry {
  const r = importNetboxDeviceTypes([{ path: 'x.yaml', text }]);
  const e = r.imported[0] ?? r.partial[0];
  if (!e) throw new Error(`rejected: ${r.rejected[0]?.reason}`);
  return e;
}

function rejected(text: string): string {
  const r = importNetboxDeviceTypes([{ path: 'bad.yaml', text }]);
  expect(r.imported.length + r.partial.length).toBe(0);
  return r.rejected[0]?.reason ?? '';
}

const power = (e: NetboxImportedEntry) => {
  if (!('power' in e.item)) throw new Error('no power spec');
  return e.item.power;
};

describe('When maximum_draw is per PSU (summing redundant supplies double-counts)', () => {
  it('takes one PSU of an even, equal set (N+N): 2 × 750 W → 750 W', () => {
    const e = one(dt(psus(2, 750)));
    expect(power(e)).toMatchObject({ maxW: 750, psuCount: 2, psuRedundancy: '1+1', psuRatingW: 750 });
    expect(e.inferred).toContain('power.maxW: 2 PSUs 2 × 750 W maximum_draw in 1+1 → 750 W');
  });

  it('takes half of 6 × 3,000 W (3+3) and n−1 of an odd set (N+1): 3 × 1,000 W → 2,000 W', () => {
    expect(power(one(dt(psus(6, 3000)))).maxW).toBe(9000);
    expect(power(one(dt(psus(3, 1000)))).maxW).toBe(2000);
    expect(power(one(dt(psus(3, 1000)))).psuRedundancy).toBe('2+1');
  });

  it('takes a single PSU whole', () => {
    expect(power(one(dt(psus(1, 400)))).maxW).toBe(400);
  });

  it('turns allocated_draw into the typical draw by the same rule, capped at the max', () => {
    expect(power(one(dt(psus(2, 500, 192)))).typicalW).toBe(192);
    const noAlloc = one(dt(psus(2, 800)));
    expect(power(noAlloc).typicalW).toBe(600); // 75 % of max, an estimate
    expect(noAlloc.item.provenance.fields?.['power.typicalW']?.grade).toBe('estimate');
    expect(noAlloc.missing).not.toContain('power.typicalW');
  });
});

describe('When the file has no usable power data', () => {
  it('flags power missing and holds a per-U estimate when the PSUs sit in module bays', () => {
    const bays = 'module-bays:\n  - name: PSU1\n    position: PSU1\n  - name: PSU2\n    position: PSU2\n';
    const e = one(
      dt(`${bays}${ifaces(2, '1000base-t')}`)
        .replace('u_height: 1', 'u_height: 2')
        .replace('Box', 'Box Server'),
    );
    expect(e.missing).toEqual(expect.arrayContaining(['power.maxW', 'power.typicalW']));
    expect(power(e)).toMatchObject({ maxW: 1000, psuCount: 2 }); // 500 W/U × 2U server
    expect(e.item.provenance.fields?.['power.maxW']?.grade).toBe('estimate');
    expect(e.maxDrawW).toBeNull();
    expect(e.reasons.join()).toMatch(/PSUs sit in 2 module bays/);
  });

  it('uses 250 W/U for switches and takes per-U estimates from the options', () => {
    const sw = dt(ifaces(32, '100gbase-x-qsfp28'));
    expect(power(one(sw)).maxW).toBe(250);
    const r = importNetboxDeviceTypes([{ path: 's', text: sw }], {
      fallbacks: { wattsPerU: { switch: 400 } },
    });
    expect(r.partial[0] && power(r.partial[0]).maxW).toBe(400);
  });

  it('treats is_powered: false passive gear as drawing nothing, by design', () => {
    const e = one(dt('is_powered: false\n'));
    expect(power(e).maxW).toBe(0);
    expect(e.missing).not.toContain('power.maxW');
  });

  it('gives a busbar-fed tray (is_powered: false with ports) a busbar inlet and a flagged estimate, never 0 W', () => {
    const e = one(dt(`is_powered: false\ncomments: 8 NVIDIA B200 GPUs\n${ifaces(8, 'infiniband-ndr')}`));
    expect(power(e)).toMatchObject({ inlet: 'busbar', maxW: 1250 });
    expect(e.missing).toContain('power.maxW');
  });
});

describe('When a figure is implausible', () => {
  it('replaces a max draw below what the ports alone need (48 × 10G + 8 × 100G at 37 W)', () => {
    const text = dt(
      `${psus(2, 37)}${ifaces(48, '10gbase-x-sfpp')}${ifaces(8, '100gbase-x-qsfp28', 'up').replace('interfaces:\n', '')}`,
    );
    const e = one(text);
    expect(power(e).maxW).toBe(250);
    expect(e.missing).toContain('power.maxW');
    expect(e.maxDrawW).toBeNull();
  });

  it('keeps a 12,000 W PSU (safe side) but flags it', () => {
    const e = one(dt(psus(2, 12_000)));
    expect(power(e).maxW).toBe(12_000);
    expect(e.missing).toContain('power.maxW');
    expect(e.reasons.join()).toMatch(/12,000 W is implausible/);
  });

  it('flags a 1U device above 25 kg and a device taller than 48U', () => {
    expect(one(dt('weight: 31\nweight_unit: kg\n')).missing).toContain('weightKg');
    expect(one(dt('weight: 20\nweight_unit: kg\n')).missing).not.toContain('weightKg');
    expect(one(dt().replace('u_height: 1', 'u_height: 50')).missing).toContain('uHeight');
  });

  it('reads a PDU maximum_draw of 10 as amps', () => {
    const outlets = `power-outlets:\n${Array.from({ length: 8 }, (_, i) => `  - name: O${i}\n    type: nema-5-15r\n    power_port: PSU1\n`).join('')}`;
    const e = one(dt(`${psus(1, 10, 5, 'iec-60320-c20')}${outlets}`));
    expect(e.item).toMatchObject({ kind: 'pdu', inputAmps: 10, voltageV: 120 });
    expect(e.missing).toContain('inputAmps');
  });

  it('treats weight 0 as missing', () => {
    const e = one(dt('weight: 0\nweight_unit: kg\n'));
    expect(e.missing).toContain('weightKg');
    expect(e.weightKg).toBeNull();
    expect(e.item.provenance.fields?.['weightKg']?.grade).toBe('estimate');
  });
});

describe('When weights come in four units', () => {
  it.each([
    ['kg', 10, 10],
    ['g', 455, 0.455],
    ['lb', 51, 23.133],
    ['oz', 16, 0.454],
  ])('converts %s like NetBox (to whole grams)', (unit, w, kg) => {
    expect(one(dt(`weight: ${w}\nweight_unit: ${unit}\n`)).weightKg).toBe(kg);
  });

  it('accepts float artefacts such as 19.4 (multipleOf 0.01 is not checked)', () => {
    expect(one(dt('weight: 19.4\nweight_unit: kg\n')).weightKg).toBe(19.4);
  });

  it('assumes kg for a weight without a unit, and flags it', () => {
    const e = one(dt('weight: 12\n'));
    expect(e.weightKg).toBe(12);
    expect(e.missing).toContain('weightKg');
  });
});

describe('When u_height takes its odd forms', () => {
  it.each([
    ['0.5', 0.5],
    ['1.5', 1.5],
    ['2.0', 2],
    ['"2.0"', 2],
  ])('reads u_height: %s as %s', (raw, u) => {
    expect(one(dt().replace('u_height: 1', `u_height: ${raw}`)).uHeight).toBe(u);
  });

  it('makes a 0U device with outlets a 0U PDU', () => {
    const e = one(
      dt(
        `${psus(1, undefined, undefined, 'nema-l21-30p')}power-outlets:\n  - name: O1\n    type: iec-60320-c13\n`,
      ).replace('u_height: 1', 'u_height: 0'),
    );
    expect(e.item).toMatchObject({
      kind: 'pdu',
      placement: 'rack-0u',
      voltageV: 208,
      phases: 3,
      inputAmps: 30,
    });
    expect(e.capacityW).toBe(10_808);
  });
});

describe('When airflow takes its 10 NetBox values', () => {
  it.each([
    ['front-to-rear', 'front-to-rear'],
    ['rear-to-front', 'rear-to-front'],
    ['left-to-right', 'side-to-side'],
    ['right-to-left', 'side-to-side'],
    ['side-to-rear', 'side-to-side'],
    ['rear-to-side', 'side-to-side'],
    ['bottom-to-top', 'passive'],
    ['top-to-bottom', 'passive'],
    ['passive', 'passive'],
  ])('maps %s to %s', (raw, mapped) => {
    const e = one(dt(`airflow: ${raw}\n${psus(1, 300)}`));
    expect(e.airflow).toBe(mapped);
    if (raw !== mapped) expect(e.inferred.join()).toContain(`NetBox '${raw}'`);
  });

  it('flags mixed and absent airflow, holding front-to-rear', () => {
    for (const extra of ['airflow: mixed\n', '']) {
      const e = one(dt(extra + psus(1, 300)));
      expect(e.missing).toContain('thermal.airflow');
      expect(e.airflow).toBeNull();
    }
  });
});

describe('When interfaces are tallied', () => {
  it('counts ports by speed, roles by use, ignores virtual and lag, and counts unknown types as other', () => {
    const text = dt(`comments: 8x NVIDIA H100 GPUs
interfaces:
  - name: bmc
    type: 1000base-t
    mgmt_only: true
  - name: ib0
    type: infiniband-ndr
  - name: ib1
    type: infiniband-ndr
  - name: st0
    type: 200gbase-x-qsfp56
    description: storage fabric
  - name: lag0
    type: lag
  - name: v0
    type: virtual
  - name: odd
    type: 100gbase-x-cfp
`);
    const e = one(text);
    expect(e.portsBySpeedGbps).toEqual({ '1': 1, '400': 2, '200': 1, other: 1 });
    expect('ports' in e.item && e.item.ports).toEqual([
      { name: 'oob-1g', count: 1, speedGbps: 1, formFactor: 'RJ45', role: 'oob' },
      { name: 'compute-400g', count: 2, speedGbps: 400, formFactor: 'OSFP', role: 'compute' },
      { name: 'storage-200g', count: 1, speedGbps: 200, formFactor: 'QSFP56', role: 'storage' },
    ]);
    expect(e.notes.join()).toMatch(/1 × 100gbase-x-cfp/);
    expect(e.item.kind).toBe('server');
    expect('gpuCount' in e.item && e.item.gpuCount).toBe(8);
  });

  it('makes a device with many ports a switch, the majority speed its downlinks and faster ports uplinks', () => {
    const e = one(
      dt(
        `${ifaces(48, '25gbase-x-sfp28')}${ifaces(8, '100gbase-x-qsfp28', 'up').replace('interfaces:\n', '')}`,
      ),
    );
    expect(e.item).toMatchObject({ kind: 'switch', fabric: 'inband' });
    expect('ports' in e.item && e.item.ports.map((p) => `${p.role}:${p.count}`)).toEqual([
      'downlink:48',
      'uplink:8',
    ]);
  });

  it('makes a switch with 400G or InfiniBand ports a compute-fabric switch', () => {
    expect(one(dt(ifaces(32, '400gbase-x-osfp'))).item).toMatchObject({ kind: 'switch', fabric: 'compute' });
    expect(one(dt(ifaces(12, 'infiniband-fdr'))).item).toMatchObject({ kind: 'switch', fabric: 'compute' });
  });

  it('flags a cage list with sub-ports missing (QM9700 lists P22.0 but not P22.1)', () => {
    const names = Array.from({ length: 8 }, (_, c) => [0, 1].map((s) => `P${c}.${s}`))
      .flat()
      .filter((n) => n !== 'P3.1');
    const list = `interfaces:\n${names.map((n) => `  - name: ${n}\n    type: 400gbase-x-osfp\n`).join('')}`;
    const e = one(dt(list));
    expect(e.missing).toContain('ports');
    expect(e.reasons.join()).toMatch(/P3\.1 absent/);
  });
});

describe('When the kind is read from the data', () => {
  const outlets = (n: number, type = 'iec-60320-c13') =>
    `power-outlets:\n${Array.from({ length: n }, (_, i) => `  - name: O${i}\n    type: ${type}\n`).join('')}`;

  it('makes outlets plus a UPS hint a UPS, with capacity from its text', () => {
    const e = one(
      dt(`comments: Smart-UPS 3000VA, 2700 W\n${psus(1, 3600, undefined, 'iec-60320-c20')}${outlets(8)}`),
    );
    expect(e.item).toMatchObject({ kind: 'ups', capacityW: 2700, placement: 'rack-u' });
    expect(e.missing).toEqual(expect.arrayContaining(['runtimeMin', 'efficiency']));
  });

  it('reads a UPS maximum_draw above its VA as an input figure', () => {
    const e = one(dt(`comments: APC Smart-UPS 3000VA\n${psus(1, 3600)}${outlets(6)}`));
    expect(e.item).toMatchObject({ kind: 'ups', capacityW: 2700 });
  });

  it('uses feed legs B/C as evidence of three phases when the plug does not say', () => {
    const legs = `power-outlets:\n${['A', 'B', 'C'].map((l) => `  - name: O${l}\n    type: iec-60320-c19\n    feed_leg: ${l}\n`).join('')}`;
    const e = one(dt(`${psus(1, undefined, undefined, 'hardwired')}${legs}`));
    expect(e.item).toMatchObject({ kind: 'pdu', phases: 3, outlets: [{ type: 'C19', count: 3 }] });
    expect(e.missing).toEqual(expect.arrayContaining(['voltageV', 'inputAmps']));
  });

  it('derives a PDU input from its description when the plug does not say', () => {
    const e = one(
      dt(`description: Rack PDU, 32A, 230V\n${psus(1, undefined, undefined, 'other')}${outlets(24)}`),
    );
    expect(e.item).toMatchObject({ kind: 'pdu', voltageV: 230, inputAmps: 32, phases: 1 });
  });

  it('names a GPU server by its text and flags an unknown GPU count', () => {
    const e = one(dt(`comments: '[GPU server](https://example.com/system/gpu/4u)'\n${psus(2, 2000)}`));
    expect(e.item.kind).toBe('server');
    expect(e.missing).toContain('gpuCount');
  });

  it('makes a coolant distribution unit a CDU with its capacity from the text', () => {
    const e = one(
      dt("comments: 'In-Rack Coolant Distribution Unit (CDU). Cooling Capacity: Up to 250 kW.'\n"),
    );
    expect(e.item).toMatchObject({ kind: 'cdu', liquidCapacityW: 250_000, placement: 'rack-u' });
    expect(e.missing).toEqual(expect.arrayContaining(['flowLpm', 'approachC', 'powerW']));
  });
});

describe('When a file is not a usable device type', () => {
  it.each([
    ['manufacturer', 'model: Box\nslug: acme-box\nu_height: 1\nis_full_depth: true\n'],
    ['model', 'manufacturer: Acme\nslug: acme-box\nu_height: 1\nis_full_depth: true\n'],
    ['slug', 'manufacturer: Acme\nmodel: Box\nu_height: 1\nis_full_depth: true\n'],
    ['u_height', 'manufacturer: Acme\nmodel: Box\nslug: acme-box\nis_full_depth: true\n'],
    ['is_full_depth', 'manufacturer: Acme\nmodel: Box\nslug: acme-box\nu_height: 1\n'],
  ])('rejects a file without %s, naming the field', (field, text) => {
    expect(rejected(text)).toBe(`${field}: required field missing`);
  });

  it('rejects malformed YAML, multi-document files, non-mappings and bad required values', () => {
    expect(rejected('manufacturer: [oops\n')).toMatch(/^malformed YAML/);
    expect(rejected(`${dt()}---\n${dt()}`)).toMatch(/multi-document YAML \(2 documents\)/);
    expect(rejected('- a\n- b\n')).toMatch(/not a mapping/);
    expect(rejected('')).toMatch(/no YAML document/);
    expect(rejected(dt().replace('u_height: 1', 'u_height: 1.3'))).toMatch(
      /u_height: 1.3 is not a multiple of 0.5/,
    );
    expect(rejected(dt().replace('slug: acme-box', 'slug: Acme Box'))).toMatch(/^slug:/);
    expect(rejected(dt().replace('is_full_depth: true', 'is_full_depth: maybe'))).toMatch(/^is_full_depth:/);
    expect(rejected(`${dt()}model: again\n`)).toMatch(/malformed YAML/);
  });

  it('rejects a later file with a SKU already taken, naming both files', () => {
    const r = importNetboxDeviceTypes([
      { path: 'a.yaml', text: dt(psus(1, 300)) },
      { path: 'b.yaml', text: dt(psus(1, 300)) },
    ]);
    expect(r.rejected).toEqual([
      { file: 'b.yaml', reason: "slug: duplicate SKU 'acme-box' (already imported from a.yaml)" },
    ]);
  });

  it('prefixes a slug that lacks its manufacturer', () => {
    expect(one(dt().replace('slug: acme-box', 'slug: box-9')).sku).toBe('acme-box-9');
  });

  it('reads PyYAML-style multi-line quoted text that starts lines at column 0', () => {
    const e = one(dt("comments: '# Title\n\n## Weight: 10 kg\n\n'\n"));
    expect(e.notes.join()).toMatch(/re-indented/);
  });
});

describe('Importer invariants', () => {
  const bucketsCover = (report: NetboxImportReport, n: number): boolean =>
    report.imported.length + report.partial.length + report.rejected.length === n;

  it('never throws and puts every input in one bucket, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 5 }), (texts) => {
        const files = texts.map((text, i) => ({ path: `f${i}.yaml`, text }));
        expect(bucketsCover(importNetboxDeviceTypes(files), files.length)).toBe(true);
      }),
    );
  });

  it('never throws on YAML-shaped noise around a valid head', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
    const line = fc.tuple(
      fc.constantFrom(
        'weight',
        'weight_unit',
        'airflow',
        'u_height',
        'power-ports',
        'interfaces',
        'is_powered',
      ),
      value,
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 4 }), (lines) => {
        const text = dt(lines.map(([k, v]) => `${k}: ${JSON.stringify(v)}\n`).join(''));
        expect(bucketsCover(importNetboxDeviceTypes([{ path: 'n.yaml', text }]), 1)).toBe(true);
      }),
    );
  });

  it('survives inputs that are not files at all', () => {
    const weird = [null, 42, { path: 'p' }] as unknown as { path: string; text: string }[];
    expect(importNetboxDeviceTypes(weird).rejected).toHaveLength(3);
  });
});
