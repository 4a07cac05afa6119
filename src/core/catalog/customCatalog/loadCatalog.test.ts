import { describe, expect, it } from 'vitest';
import type { CatalogItem, Server } from '../../model/catalog';
import { sku } from '../../model/ids';
import { loadCatalogJson, serializeCatalog } from './loadCatalog';

const server: Server = {
  kind: 'server',
  sku: sku('acme-gpu-8'),
  name: 'ACME GPU-8',
  vendor: 'ACME',
  placement: 'rack-u',
  uHeight: 8,
  fullDepth: true,
  weightKg: 120,
  gpuCount: 8,
  power: {
    typicalW: 7000,
    maxW: 10_000,
    psuCount: 6,
    psuRedundancy: '4+2',
    inputVoltageV: 230,
    inlet: 'C20',
  },
  thermal: { liquidFraction: 0, airflow: 'front-to-rear' },
  ports: [{ name: 'compute', count: 8, speedGbps: 400, formFactor: 'OSFP', role: 'compute' }],
  price: { amount: 250_000, currency: 'USD', example: true },
  provenance: {
    default: { grade: 'published', source: 'ACME data sheet' },
    fields: { 'power.typicalW': { grade: 'estimate', source: '70 % of max' } },
  },
  missing: ['price'],
};

const pdu: CatalogItem = {
  kind: 'pdu',
  sku: sku('acme-pdu-3ph'),
  name: 'ACME 3-phase PDU',
  vendor: 'ACME',
  placement: 'rack-0u',
  uHeight: 0,
  fullDepth: false,
  voltageV: 415,
  phases: 3,
  inputAmps: 32,
  outlets: [{ type: 'C13', count: 36 }],
  weightKg: 8,
  ports: [],
  price: { amount: 1200, currency: 'EUR', example: false },
  provenance: { default: { grade: 'published', source: 'ACME' } },
};

const file = (items: unknown[], extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ schemaVersion: 1, items, ...extra });

const issuesOf = (text: string) => {
  const r = loadCatalogJson(text);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.error;
};

describe('When a catalog file is valid', () => {
  it('loads every item and round-trips through serializeCatalog', () => {
    const r = loadCatalogJson(serializeCatalog([server, pdu]));
    expect(r).toEqual({ ok: true, value: [server, pdu] });
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(loadCatalogJson(`\uFEFF${file([server])}`).ok).toBe(true);
  });
});

describe('When a catalog file is wrong, nothing of it is applied', () => {
  it('names the JSON path of a wrong type', () => {
    const bad = { ...server, power: { ...server.power, maxW: 'lots' } };
    const issues = issuesOf(file([pdu, bad]));
    expect(issues).toEqual([
      { path: '$.items[1].power.maxW', message: 'expected a number ≥ 0 and ≤ 10000000, got the text "lots"' },
    ]);
  });

  it('refuses a negative figure and a U height that is not a multiple of 0.5', () => {
    const issues = issuesOf(file([{ ...server, weightKg: -1, uHeight: 1.3 }]));
    expect(issues.map((i) => i.path).sort()).toEqual(['$.items[0].uHeight', '$.items[0].weightKg']);
  });

  it('refuses unknown fields at any depth (strict objects)', () => {
    const issues = issuesOf(file([{ ...server, colour: 'red', thermal: { ...server.thermal, fans: 6 } }]));
    expect(issues).toEqual(
      expect.arrayContaining([
        {
          path: '$.items[0].colour',
          message: expect.stringMatching(/^unknown key 'colour'; allowed here: sku,/),
        },
        { path: '$.items[0].thermal.fans', message: expect.stringMatching(/^unknown key 'fans'/) },
      ]),
    );
  });

  it('refuses an unknown kind', () => {
    const issues = issuesOf(file([{ ...server, kind: 'toaster' }]));
    expect(issues[0]?.path).toBe('$.items[0].kind');
  });

  it('refuses __proto__ and constructor keys, even where free keys are allowed', () => {
    const text = file([server]).replace(
      '"fields":{',
      '"fields":{"__proto__":{"grade":"estimate","source":"x"},',
    );
    expect(issuesOf(text)).toEqual([
      {
        path: '$.items[0].provenance.fields.__proto__',
        message: expect.stringMatching(/^forbidden key '__proto__'/),
      },
    ]);
    const ctor = issuesOf(file([{ ...server, constructor: {} }]));
    expect(ctor[0]).toEqual({
      path: '$.items[0].constructor',
      message: expect.stringMatching(/^forbidden key 'constructor'/),
    });
  });

  it('refuses a file written by a newer podplan', () => {
    const issues = issuesOf(JSON.stringify({ schemaVersion: 2, items: [] }));
    expect(issues).toEqual([{ path: '$.schemaVersion', message: expect.stringMatching(/newer podplan/) }]);
  });

  it('refuses a missing or malformed schemaVersion', () => {
    expect(issuesOf(JSON.stringify({ items: [] }))[0]?.path).toBe('$.schemaVersion');
    expect(issuesOf(JSON.stringify({ schemaVersion: '1', items: [] }))[0]?.path).toBe('$.schemaVersion');
    expect(issuesOf('[]')[0]?.path).toBe('$');
  });

  it('refuses bad JSON with a message', () => {
    expect(issuesOf('{"schemaVersion": 1, "items": [')[0]).toMatchObject({
      path: '$',
      message: /not valid JSON/,
    });
  });

  it('refuses duplicate SKUs and a typical draw above the max', () => {
    const issues = issuesOf(file([server, { ...server, power: { ...server.power, typicalW: 12_000 } }]));
    expect(issues.map((i) => i.path)).toEqual(['$.items[1].power.typicalW', '$.items[1].sku']);
  });

  it('quotes keys that are not identifiers in paths', () => {
    const bad = {
      ...server,
      provenance: { ...server.provenance, fields: { 'power.maxW': { grade: 'guess' } } },
    };
    const issues = issuesOf(file([bad]));
    expect(issues.map((i) => i.path)).toContain('$.items[0].provenance.fields["power.maxW"].grade');
  });
});
