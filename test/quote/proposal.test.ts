import { describe, expect, it } from 'vitest';
import type { Bom, Layout, QuoteDetails } from '../../src/core';
import {
  addOptionalLine,
  bom,
  compareRevisions,
  issueRevision,
  parseLayoutJson,
  revisionLabel,
  serializeLayout,
  setApproval,
  setGuardRails,
  setKindDiscount,
  setSellerLogo,
  setTaxes,
  setCustomerField,
  setSellerField,
} from '../../src/core';
import { device, pduPair, pod, rack } from '../fixtures/builders';
import { GPU_SERVER, PDU_60A, testCatalog } from '../fixtures/catalog';

const quote: QuoteDetails = {
  customer: 'Example Corp',
  quoteNumber: 'Q-7',
  date: '2026-11-23',
  validUntil: '2026-12-23',
  currency: 'USD',
  locale: 'en-US',
  preparedBy: '',
  notes: '',
  discounts: { overallPct: 0, byKind: [], bySku: [] },
};

/** Test catalog prices every item at 1,000.00 USD: 1 rack + 2 PDUs + 3 servers = 6,000.00 list. */
const layout: Layout = {
  ...pod({
    racks: [rack('R1')],
    sideItems: pduPair('R1'),
    devices: [1, 9, 17].map((u, i) => device(`g${i}`, GPU_SERVER, 'R1', u)),
  }),
  quote,
};

describe('The proposal fields of a quote', () => {
  it('round-trip through the layout file, and a quote without them keeps its exact bytes', () => {
    const before = serializeLayout(layout);
    let l = setSellerField(layout, 'company', 'Pods & Co');
    l = setCustomerField(l, 'billingAddress', '1 Main St\nSpringfield');
    l = setSellerLogo(l, 'data:image/png;base64,iVBORw0KGgo=');
    l = setTaxes(l, [{ label: 'VAT', ratePct: 20 }]);
    const parsed = parseLayoutJson(serializeLayout(l));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.value.quote?.seller).toEqual({
      company: 'Pods & Co',
      address: '',
      contact: '',
      logo: 'data:image/png;base64,iVBORw0KGgo=',
    });
    expect(parsed.value.quote?.customerBlock?.billingAddress).toBe('1 Main St\nSpringfield');
    expect(serializeLayout(layout)).toBe(before);
    expect(bom(layout, testCatalog)).not.toHaveProperty('taxes');
  });

  it('refuses a logo that is not a PNG, JPEG or WebP data URL', () => {
    expect(setSellerLogo(layout, 'data:text/html;base64,PHNjcmlwdD4=')).toBe(layout);
    expect(setSellerLogo(layout, 'javascript:alert(1)')).toBe(layout);
  });

  it('taxes the net total once, half away from zero: 20 % VAT on 5,700.00 is 1,140.00', () => {
    // 6,000.00 list, 5 % overall → 5,700.00; VAT 20 % = 1,140.00; reduced 7.7 % = 438.90; with tax 7,278.90.
    let l: Layout = { ...layout, quote: { ...quote, discounts: { ...quote.discounts, overallPct: 5 } } };
    l = setTaxes(l, [
      { label: 'VAT', ratePct: 20 },
      { label: 'Levy', ratePct: 7.7 },
    ]);
    const b = bom(l, testCatalog);
    expect(b.total).toBe(5700);
    expect(b.taxes).toEqual([
      { label: 'VAT', ratePct: 20, amount: 1140 },
      { label: 'Levy', ratePct: 7.7, amount: 438.9 },
    ]);
    expect(b.totalWithTax).toBe(7278.9);
  });

  it('totals optional lines apart from the base, with the same discounts', () => {
    // Optional: 2 spare servers at 1,000.00, server kind 10 % → 1,800.00; overall 5 % → 1,710.00.
    let l: Layout = { ...layout, quote: { ...quote, discounts: { ...quote.discounts, overallPct: 5 } } };
    l = setKindDiscount(l, 'server', 10);
    l = addOptionalLine(l, GPU_SERVER, 2);
    const b = bom(l, testCatalog);
    expect(b.optional).toEqual({
      lines: [expect.objectContaining({ sku: GPU_SERVER, qty: 2, netExtendedPrice: 1800 })],
      listTotal: 2000,
      netLinesTotal: 1800,
      total: 1710,
    });
    // Base unchanged by the optional lines: 1,000 + 2,700 + 2,000 = 5,700 × 0.95 = 5,415.00.
    expect(b.total).toBe(5415);
  });
});

describe('Discount guard rails', () => {
  it('mark a quote beyond its limits as needing approval until an approver signs', () => {
    let l = setGuardRails(layout, { maxOverallPct: 10, maxKindPct: [{ kind: 'server', pct: 15 }] });
    expect(bom(l, testCatalog).approval).toEqual({ status: 'within limits', reasons: [], marginPct: null });
    l = setKindDiscount(l, 'server', 20);
    l = { ...l, quote: { ...l.quote!, discounts: { ...l.quote!.discounts, overallPct: 12 } } };
    const b = bom(l, testCatalog);
    expect(b.approval?.status).toBe('needs approval');
    expect(b.approval?.reasons).toEqual([
      'Overall discount 12 % is above the 10 % limit.',
      'Test GPU server (t-gpu-server): kind discount 20 % is above the 15 % limit for server.',
    ]);
    const approved = bom(setApproval(l, { name: 'C. Director', date: '2026-11-24' }), testCatalog);
    expect(approved.approval).toMatchObject({
      status: 'approved',
      approvedBy: 'C. Director',
      approvedOn: '2026-11-24',
    });
    // Changing the limits withdraws the approval.
    const moved = setGuardRails(setApproval(l, { name: 'C. Director', date: '2026-11-24' }), {
      maxOverallPct: 11,
    });
    expect(moved.quote?.approval).toBeUndefined();
  });

  it('check the margin over cost where every line has a cost', () => {
    // Prices 1,000.00 each with cost 800.00: 6 units cost 4,800.00. Overall 10 % → net 5,400.00;
    // margin = (5,400 − 4,800) / 5,400 = 11.11 %, below a 15 % floor.
    const prices = ['t-rack-42u', PDU_60A, GPU_SERVER].map((s) => ({
      sku: s as never,
      amount: 1000,
      currency: 'USD',
      cost: 800,
    }));
    let l: Layout = {
      ...layout,
      prices,
      quote: { ...quote, discounts: { ...quote.discounts, overallPct: 10 } },
    };
    l = setGuardRails(l, { minMarginPct: 15 });
    const b = bom(l, testCatalog);
    expect(b.approval?.marginPct).toBe(11.11);
    expect(b.approval?.reasons).toEqual(['Margin 11.11 % over cost is below the 15 % floor.']);
  });
});

describe('Quote revisions', () => {
  it('are labelled A … Z, AA, AB', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(revisionLabel)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });

  it('freeze the layout and BOM, and compare line by line with the total delta', () => {
    const a = issueRevision(layout, testCatalog, '2026-11-23');
    const changed = setKindDiscount(addOptionalLine(a, PDU_60A, 1), 'server', 10);
    const withoutRack = { ...changed, racks: changed.racks, sideItems: [] };
    const b = issueRevision(withoutRack, testCatalog, '2026-11-25');
    const revs = b.quote?.revisions ?? [];
    expect(revs.map((r) => [r.rev, r.issuedOn])).toEqual([
      ['A', '2026-11-23'],
      ['B', '2026-11-25'],
    ]);
    // A revision's frozen layout holds no revisions of its own.
    expect(JSON.parse(revs[1]!.layout).quote.revisions).toBeUndefined();
    const bomA = JSON.parse(revs[0]!.bom) as Bom;
    const bomB = JSON.parse(revs[1]!.bom) as Bom;
    const cmp = compareRevisions(bomA, bomB);
    // Rev A: 6,000.00. Rev B: PDUs removed (−2,000.00), servers 3,000 → 2,700 (−300.00): 3,700.00.
    expect(cmp.lines.map((x) => [x.sku, x.change, x.what, x.netDelta])).toEqual([
      ['t-rack-42u', 'same', [], 0],
      ['t-gpu-server', 'changed', ['discount'], -300],
      ['t-pdu-60a', 'removed', [], -2000],
    ]);
    expect([cmp.totalBefore, cmp.totalAfter, cmp.totalDelta]).toEqual([6000, 3700, -2300]);
  });
});
