import { describe, expect, it } from 'vitest';
import {
  bom,
  bomSchema,
  builtinCatalog,
  cableSchedule,
  cableScheduleCells,
  cableScheduleToCsv,
  deviceId,
  linkId,
  planCabling,
  rackId,
  sku,
} from '../../src/core';
import type { Layout } from '../../src/core';
import { device, pod, rack } from '../fixtures/builders';
import { cableScheduleXlsx } from '../../src/xlsx/cableWorkbook';
import { loadExcelJs } from '../../src/xlsx/excel';

// A DGX H100 in rack A (slot 0), a QM9700 leaf and an SN2201 in rack N (slot 3), a vertical PDU in rack A.
const base = {
  ...pod({
    racks: [rack('A', 0, 0, sku('rack-42u-600x1200')), rack('N', 3, 0, sku('rack-42u-600x1200'))],
    devices: [
      device('dgx', sku('nvidia-dgx-h100'), 'A', 1),
      device('leaf', sku('nvidia-qm9700'), 'N', 30),
      device('=oob', sku('nvidia-sn2201'), 'N', 32),
    ],
  }),
  sideItems: [
    {
      id: deviceId('pdu-a'),
      sku: sku('raritan-px3-5878-415v-60a'),
      rack: rackId('A'),
      side: 'left',
      feed: 'A',
    },
  ],
} as Layout;
const layout: Layout = {
  ...base,
  links: [
    {
      id: linkId('l1'),
      a: { device: deviceId('dgx'), port: 'compute/1' },
      b: { device: deviceId('leaf'), port: 'down/1' },
    },
    {
      id: linkId('l2'),
      a: { device: deviceId('pdu-a'), port: 'mgmt/1' },
      b: { device: deviceId('=oob'), port: 'down/1' },
    },
    {
      id: linkId('l3'),
      a: { device: deviceId('leaf'), port: 'mgmt/1' },
      b: { device: deviceId('=oob'), port: 'down/2' },
    },
  ],
};

describe('When a layout has links, its cable schedule', () => {
  const rows = cableSchedule(layout, builtinCatalog);

  it('lists one row per link with rack names, medium, sold length and SKU', () => {
    expect(rows.map((r) => r.link)).toEqual(['l1', 'l2', 'l3']);
    const r = rows[0]!;
    expect([r.fromRack, r.fromDevice, r.fromPort, r.toRack, r.toDevice, r.toPort]).toEqual([
      'A',
      'dgx',
      'compute/1',
      'N',
      'leaf',
      'down/1',
    ]);
    expect(r.fabric).toBe('compute');
    expect(r.lengthM).toBeGreaterThanOrEqual(r.routeM);
    expect(r.lengthM).toBeLessThanOrEqual(r.reachM);
    expect(r.cableSku).toMatch(new RegExp(`-${r.lengthM}m$`));
  });

  it('cables a 0U PDU’s management port from the top of its rack', () => {
    const pdu = rows.find((r) => r.link === 'l2')!;
    expect(pdu.medium).toBe('twisted-pair');
    // Top U of A (42) to U32 of N, 3 positions along: climbs 1 U + 11 U, trays 0.3 m each, 1.8 m along, 1 m slack.
    expect(pdu.routeM).toBeCloseTo((1 + 11) * 0.04445 + 0.6 + 1.8 + 1, 2);
  });

  it('is memoized on the cabling plan', () => {
    expect(cableSchedule(layout, builtinCatalog)).toBe(rows);
  });

  it('exports as CSV with one row per link and formula-looking cells defused', () => {
    const csv = cableScheduleToCsv(rows);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + rows.length);
    expect(lines[0]).toMatch(/^link,fabric,from_rack,from_device,from_port,to_rack/);
    expect(lines.some((l) => l.includes(",'=oob,"))).toBe(true);
    expect(lines.some((l) => l.includes(',=oob,'))).toBe(false);
  });

  it('exports as XLSX with the CSV columns and rows, numbers as numbers, text never a formula', async () => {
    const bytes = await cableScheduleXlsx(await loadExcelJs(), rows);
    const wb = new (await loadExcelJs()).Workbook();
    await wb.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    const ws = wb.getWorksheet('Cable schedule')!;
    const csvRows = cableScheduleToCsv(rows).trimEnd().split('\r\n');
    expect((ws.getRow(1).values as unknown[]).slice(1).join(',')).toBe(csvRows[0]);
    expect(ws.rowCount).toBe(rows.length + 1);
    rows.forEach((r, i) => {
      const values = (ws.getRow(i + 2).values as unknown[]).slice(1);
      const cells = cableScheduleCells(r);
      // exceljs leaves empty strings out of the row; compare the cells it kept.
      expect(values.map((v) => v ?? '')).toEqual(cells.slice(0, values.length));
      expect(cells.slice(values.length).every((c) => c === '')).toBe(true);
    });
    // The out-of-band switch named '=oob' stays text in the XLSX (a string cell is never run as a formula).
    expect(ws.getRow(3).getCell(7).value).toBe('=oob');
    expect(typeof ws.getRow(2).getCell(12).value).toBe('number'); // route_m
  });

  it('puts the schedule in the BOM JSON, which still passes its schema', () => {
    const b = bom(layout, builtinCatalog);
    expect(b.cabling?.runs).toHaveLength(3);
    expect(b.cabling?.cables).toBe(planCabling(layout, builtinCatalog).totals.cables);
    expect(bomSchema.safeParse(b).success).toBe(true);
  });

  it('leaves the BOM without a cabling section when there are no links', () => {
    expect('cabling' in bom(base, builtinCatalog)).toBe(false);
  });

  it('does not count a switch’s management link to the out-of-band leaf as an uplink', () => {
    const codes = planCabling(layout, builtinCatalog).diagnostics.map((d) => d.code);
    expect(codes).not.toContain('network.oversubscriptionAboveTarget');
    expect(codes).not.toContain('network.linkNotCabled');
  });
});
