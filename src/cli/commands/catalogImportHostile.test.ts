/**
 * A folder of hostile NetBox files through the real file system (nodeIo): every file is reported by name, none stops
 * the import, and the catalog written with -o is accepted by --catalog (what the importer writes, the loader takes).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../command';
import { main } from '../main';
import { nodeIo } from '../nodeIo';

const HEAD = 'manufacturer: Acme\nmodel: M\nis_full_depth: true\n';
let dir = '';
let out = '';
let err = '';
const io: CliIO = { ...nodeIo, stdout: (t) => void (out += t), stderr: (t) => void (err += t) };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'podplan-hostile-'));
  writeFileSync(join(dir, 'good.yaml'), `${HEAD}slug: acme-good\nu_height: 1\n`);
  writeFileSync(join(dir, 'huge-u.yaml'), `${HEAD}slug: acme-huge\nu_height: 999999\n`);
  writeFileSync(
    join(dir, 'heavy.yaml'),
    `${HEAD}slug: acme-heavy\nu_height: 2\nweight: 1e308\nweight_unit: kg\n`,
  );
  writeFileSync(join(dir, 'zero-u.yaml'), `${HEAD}slug: acme-zero\nu_height: 0\n`);
  writeFileSync(
    join(dir, 'latin1.yaml'),
    Buffer.from(`${HEAD}slug: acme-latin\nu_height: 1\ncomments: 5 \xb5s\n`, 'latin1'),
  );
  writeFileSync(
    join(dir, 'big.yaml'),
    `${HEAD}slug: acme-big\nu_height: 1\ncomments: '${'x'.repeat(300_000)}'\n`,
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('When a folder of hostile NetBox files is imported', () => {
  it('reports every file by name and writes a catalog that validate --catalog accepts', async () => {
    const catalog = join(dir, 'out.json');
    expect(await main(['catalog', 'import', dir, '-o', catalog, '--json'], io)).toBe(0);
    const report = JSON.parse(out) as {
      imported: { file: string }[];
      partial: { file: string }[];
      rejected: { file: string; reason: string }[];
    };
    const files = [...report.imported, ...report.partial, ...report.rejected].map((e) => e.file).sort();
    expect(files).toEqual([
      'big.yaml',
      'good.yaml',
      'heavy.yaml',
      'huge-u.yaml',
      'latin1.yaml',
      'zero-u.yaml',
    ]);
    // Files the core read come first, then those refused unread (each in folder order).
    expect(report.rejected).toEqual([
      {
        file: 'huge-u.yaml',
        reason: 'u_height: 999999 U is taller than any rack (podplan takes at most 60 U)',
      },
      { file: 'big.yaml', reason: 'the file is 293 KB; a NetBox device type is at most 256 KB (not read)' },
      {
        file: 'latin1.yaml',
        reason: expect.stringMatching(/^cannot read the file: not UTF-8 text: byte 0xb5 at offset \d+/),
      },
    ]);

    const layout = join(dir, 'layout.json');
    writeFileSync(
      layout,
      JSON.stringify({
        schemaVersion: 2,
        name: 'P',
        limits: {
          utilityFeedKw: 100,
          utilityVoltageV: 415,
          facilityWaterKw: 0,
          roomAirKw: 100,
          floorRatingKgPerM2: 1000,
          airDeltaTC: 11,
          coolantDeltaTC: 10,
          coolant: 'water',
          deratingFraction: 0.8,
        },
        floor: { rows: 1, positionsPerRow: 2, pitchMm: 600, rowDepthMm: 1200, aisleMm: 1200 },
        racks: [],
        devices: [],
        sideItems: [],
        floorUnits: [],
        links: [],
      }),
    );
    err = '';
    expect(await main(['validate', layout, '--catalog', catalog], io)).toBe(0);
    expect(err).toBe('');
  });
});
