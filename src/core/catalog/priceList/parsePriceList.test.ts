import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sku } from '../../model/ids';
import { parseCsv, parsePriceList } from './parsePriceList';

const known = new Set(['nvidia-dgx-h100', 'nvidia-qm9700', 'apc-ap7868']);

describe('When a CSV price list is read', () => {
  it('takes prices, currencies and discount classes by SKU', () => {
    const csv =
      'sku,unit_price,currency,discount_class\nnvidia-dgx-h100,300000,usd,A\nnvidia-qm9700,32000.50,USD,\n';
    const r = parsePriceList(csv, 'csv', known);
    expect(r.issues).toEqual([]);
    expect(r.prices.get(sku('nvidia-dgx-h100'))).toEqual({
      amount: 300_000,
      currency: 'USD',
      discountClass: 'A',
    });
    expect(r.prices.get(sku('nvidia-qm9700'))).toEqual({ amount: 32_000.5, currency: 'USD' });
  });

  it('tolerates a BOM, CRLF line ends, quoted fields and another column order', () => {
    const csv = '\uFEFFcurrency,"sku",unit_price\r\n"EUR","apc-ap7868","1250.00"\r\n';
    const r = parsePriceList(csv, 'csv', known);
    expect(r.issues).toEqual([]);
    expect(r.prices.get(sku('apc-ap7868'))).toEqual({ amount: 1250, currency: 'EUR' });
  });

  it('reports unknown SKUs and bad numbers per line and keeps the good lines', () => {
    const csv = [
      'sku,unit_price,currency',
      'nvidia-dgx-h100,300000,USD',
      'acme-widget,10,USD',
      'nvidia-qm9700,-5,USD',
      'apc-ap7868,abc,USD',
      '',
      'apc-ap7868,"1,000",USD',
      'apc-ap7868,1,000,USD',
      'apc-ap7868,NaN,USD',
      'apc-ap7868,100,dollars',
    ].join('\n');
    const r = parsePriceList(csv, 'csv', known);
    expect([...r.prices.keys()]).toEqual(['nvidia-dgx-h100']);
    expect(r.issues.map((i) => i.line)).toEqual([3, 4, 5, 7, 8, 9, 10]);
    expect(r.issues[0]?.message).toMatch(/unknown SKU 'acme-widget'/);
    expect(r.issues[1]?.message).toMatch(/negative/);
    expect(r.issues[2]?.message).toMatch(/not a number/);
    expect(r.issues[3]?.message).toMatch(/ambiguous/);
    expect(r.issues[4]?.message).toMatch(/4 fields/);
    expect(r.issues[6]?.message).toMatch(/ISO 4217/);
  });

  it('counts lines inside multi-line quoted fields', () => {
    const csv = 'sku,unit_price,currency,discount_class\napc-ap7868,10,USD,"two\nlines"\nacme-x,1,USD,\n';
    const r = parsePriceList(csv, 'csv', known);
    expect(r.prices.get(sku('apc-ap7868'))?.discountClass).toBe('two\nlines');
    expect(r.issues).toEqual([{ line: 4, message: expect.stringMatching(/unknown SKU/) }]);
  });

  it('refuses a header without the required columns', () => {
    const r = parsePriceList('part,price\nx,1\n', 'csv', known);
    expect(r.prices.size).toBe(0);
    expect(r.issues).toEqual([{ line: 1, message: expect.stringMatching(/sku, unit_price, currency/) }]);
  });

  it('reports a repeated SKU and keeps the later price', () => {
    const r = parsePriceList('sku,unit_price,currency\napc-ap7868,1,USD\napc-ap7868,2,USD\n', 'csv', known);
    expect(r.prices.get(sku('apc-ap7868'))?.amount).toBe(2);
    expect(r.issues).toEqual([{ line: 3, message: expect.stringMatching(/priced again/) }]);
  });
});

describe('When a JSON price list is read', () => {
  it('takes the entries and reports bad ones with their line', () => {
    const json = `[
  { "sku": "nvidia-dgx-h100", "unitPrice": 300000, "currency": "USD", "discountClass": "A" },
  { "sku": "nope", "unitPrice": 1, "currency": "USD" },
  {
    "sku": "nvidia-qm9700",
    "unitPrice": -1,
    "currency": "USD"
  },
  { "sku": "apc-ap7868", "unitPrice": "1,000", "currency": "USD" }
]`;
    const r = parsePriceList(json, 'json', known);
    expect(r.prices.get(sku('nvidia-dgx-h100'))).toEqual({
      amount: 300_000,
      currency: 'USD',
      discountClass: 'A',
    });
    expect(r.issues.map((i) => i.line)).toEqual([3, 4, 9]);
  });

  it('reports malformed JSON and a non-array', () => {
    expect(parsePriceList('[{"sku": }]', 'json', known).issues[0]?.message).toMatch(/not valid JSON/);
    expect(parsePriceList('{"a": 1}', 'json', known).issues[0]?.message).toMatch(/expected an array/);
  });
});

describe('Price-list invariants', () => {
  it('never throws and never prices an unknown SKU, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('csv' as const, 'json' as const), (text, format) => {
        const r = parsePriceList(text, format, known);
        for (const k of r.prices.keys()) expect(known.has(k)).toBe(true);
        for (const p of r.prices.values()) expect(p.amount >= 0 && Number.isFinite(p.amount)).toBe(true);
      }),
    );
  });

  it('reads back every field a CSV writer quotes', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (cells) => {
        const line = cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(',');
        expect(parseCsv(line)[0]?.fields).toEqual(cells);
      }),
    );
  });
});

describe('When a price list holds absurd prices, made-up currencies or nothing', () => {
  const known = new Set(['a']);
  it('refuses a 309-digit price instead of reading Infinity', () => {
    const r = parsePriceList(`sku,unit_price,currency\na,${'9'.repeat(309)},USD\n`, 'csv', known);
    expect(r.prices.size).toBe(0);
    expect(r.issues).toEqual([
      {
        line: 2,
        message:
          "a: unit price '99999999999999999999… (309 digits)' is more than 1000000000 (the largest unit price podplan takes)",
      },
    ]);
  });

  it('refuses currency codes that are not ISO 4217 money (XYZ, ABC, XXX)', () => {
    for (const code of ['XYZ', 'ABC', 'XXX']) {
      const r = parsePriceList(`sku,unit_price,currency\na,10,${code}\n`, 'csv', known);
      expect(r.issues[0]?.message).toBe(`a: currency "${code}" is not an ISO 4217 code such as USD`);
    }
    expect(parsePriceList('sku,unit_price,currency\na,10,EUR\n', 'csv', known).issues).toEqual([]);
  });

  it('reports a header-only or empty price list as holding no prices', () => {
    for (const [text, format] of [
      ['sku,unit_price,currency\n', 'csv'],
      ['[]', 'json'],
    ] as const) {
      expect(parsePriceList(text, format, known).issues).toEqual([
        { line: 1, message: 'the price list holds no prices (only a header, or nothing)' },
      ]);
    }
  });
});

describe('When a price list carries unit costs and lead times', () => {
  const known = new Set(['a', 'b', 'c']);
  it('reads them from CSV and JSON, empty cells meaning unknown', () => {
    const csv =
      'sku,unit_price,currency,unit_cost,lead_time_weeks\na,1000.00,USD,812.50,12\nb,20,USD,,2.5\nc,5,USD,4,\n';
    const r = parsePriceList(csv, 'csv', known);
    expect(r.issues).toEqual([]);
    expect(r.prices.get(sku('a'))).toEqual({ amount: 1000, currency: 'USD', cost: 812.5, leadTimeWeeks: 12 });
    expect(r.prices.get(sku('b'))).toEqual({ amount: 20, currency: 'USD', leadTimeWeeks: 2.5 });
    expect(r.prices.get(sku('c'))).toEqual({ amount: 5, currency: 'USD', cost: 4 });
    const json = '[{ "sku": "a", "unitPrice": 10, "currency": "EUR", "unitCost": 7.25, "leadTimeWeeks": 8 }]';
    expect(parsePriceList(json, 'json', known).prices.get(sku('a'))).toEqual({
      amount: 10,
      currency: 'EUR',
      cost: 7.25,
      leadTimeWeeks: 8,
    });
  });

  it('refuses a cost with the same strictness and bounds as a price, naming the line and SKU', () => {
    const rows = ['-1', '1,5', 'abc', '9'.repeat(12), 'NaN'];
    const csv = `sku,unit_price,currency,unit_cost\n${rows.map((c) => `a,10,USD,"${c}"`).join('\n')}\n`;
    const r = parsePriceList(csv, 'csv', known);
    expect(r.prices.size).toBe(0);
    expect(r.issues).toEqual([
      { line: 2, message: "a: unit cost '-1' is negative" },
      {
        line: 3,
        message: "a: unit cost '1,5' is ambiguous (thousands separator or decimal comma?): write 1000 or 1.5",
      },
      { line: 4, message: "a: unit cost 'abc' is not a number" },
      {
        line: 5,
        message: "a: unit cost '999999999999' is more than 1000000000 (the largest unit cost podplan takes)",
      },
      { line: 6, message: "a: unit cost 'NaN' is not a number" },
    ]);
    const json = parsePriceList(
      '[{ "sku": "a", "unitPrice": 1, "currency": "USD", "unitCost": -2 }]',
      'json',
      known,
    );
    expect(json.issues).toEqual([{ line: 1, message: "a: unit cost '-2' is negative" }]);
  });

  it('refuses a lead time that is not weeks ≥ 0 or beyond five years', () => {
    const csv = 'sku,unit_price,currency,lead_time_weeks\na,1,USD,-3\nb,1,USD,261\nc,1,USD,6w\n';
    expect(parsePriceList(csv, 'csv', known).issues).toEqual([
      { line: 2, message: "a: lead time '-3' is not a number of weeks ≥ 0 (write 12 or 2.5)" },
      { line: 3, message: 'b: lead time 261 weeks is more than 260 weeks (five years)' },
      { line: 4, message: "c: lead time '6w' is not a number of weeks ≥ 0 (write 12 or 2.5)" },
    ]);
  });
});
