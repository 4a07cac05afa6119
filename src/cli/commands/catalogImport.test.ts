import { mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogJson } from '../../core/catalog/customCatalog';
import type { CliIO } from '../command';
import { catalogImportCommand } from './catalogImport';

const R640 = `---
manufacturer: Dell
model: PowerEdge R640
slug: dell-poweredge-r640
u_height: 1
is_full_depth: true
airflow: front-to-rear
weight: 18
weight_unit: kg
power-ports:
  - name: PSU1
    type: iec-60320-c14
    maximum_draw: 750
  - name: PSU2
    type: iec-60320-c14
    maximum_draw: 750
interfaces:
  - name: iDRAC
    type: 1000base-t
    mgmt_only: true
  - name: NIC1
    type: 25gbase-x-sfp28
  - name: NIC2
    type: 25gbase-x-sfp28
`;
const NO_POWER = `manufacturer: Acme
model: Box 2
slug: acme-box-2
u_height: 2
is_full_depth: false
`;
const BROKEN = `manufacturer: Acme
model: [unclosed
`;

interface Captured {
  readonly io: CliIO;
  readonly out: () => string;
  readonly err: () => string;
  readonly written: Map<string, string>;
}

function fakeIo(): Captured {
  let out = '';
  let err = '';
  const written = new Map<string, string>();
  return {
    io: {
      stdout: (t) => void (out += t),
      stderr: (t) => void (err += t),
      readFile: (p) => readFileSync(p, 'utf8'),
      writeFile: (p, t) => void written.set(p, t),
    },
    out: () => out,
    err: () => err,
    written,
  };
}

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'podplan-import-'));
  mkdirSync(join(dir, 'Dell'));
  writeFileSync(join(dir, 'Dell', 'PowerEdge-R640.yaml'), R640);
  writeFileSync(join(dir, 'box.yml'), NO_POWER);
  writeFileSync(join(dir, 'broken.yaml'), BROKEN);
  writeFileSync(join(dir, 'README.md'), '# not YAML, not read');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('When a NetBox folder is imported', () => {
  it('prints a summary with imported, partial (with reasons) and rejected files, and exits 0', async () => {
    const c = fakeIo();
    expect(await catalogImportCommand.run([dir], c.io)).toBe(0);
    const text = c.out();
    expect(text).toMatch(/3 files: 1 imported, 1 partial, 1 rejected/);
    expect(text).toMatch(/dell-poweredge-r640\s+server\s+1U, 18 kg, max 750 W, ports 2×25G 1×1G/);
    expect(text).toMatch(/acme-box-2/);
    expect(text).toMatch(/- power\.maxW: no power-ports and no PSU module bays; estimate/);
    expect(text).toMatch(/broken\.yaml: malformed YAML/);
  });

  it('prints exactly {imported, partial, rejected} with --json', async () => {
    const c = fakeIo();
    expect(await catalogImportCommand.run([dir, '--json'], c.io)).toBe(0);
    const report = JSON.parse(c.out());
    expect(Object.keys(report)).toEqual(['imported', 'partial', 'rejected']);
    expect(report.imported[0]).toMatchObject({
      file: 'Dell/PowerEdge-R640.yaml',
      sku: 'dell-poweredge-r640',
      uHeight: 1,
      fullDepth: true,
      weightKg: 18,
      maxDrawW: 750,
      airflow: 'front-to-rear',
      portsBySpeedGbps: { '1': 1, '25': 2 },
      missing: ['price'],
    });
    expect(report.imported[0].item).toBeUndefined();
    expect(report.partial[0]).toMatchObject({ file: 'box.yml', weightKg: null, maxDrawW: null });
    expect(report.partial[0].missing).toEqual(
      expect.arrayContaining(['power.maxW', 'power.typicalW', 'weightKg', 'thermal.airflow', 'price']),
    );
    expect(report.rejected).toEqual([
      { file: 'broken.yaml', reason: expect.stringMatching(/malformed YAML/) },
    ]);
  });

  it('writes the imported and partial items as a catalog file that loads back with -o', async () => {
    const c = fakeIo();
    expect(await catalogImportCommand.run([dir, '-o', 'out/catalog.json'], c.io)).toBe(0);
    const written = c.written.get('out/catalog.json');
    expect(written).toBeDefined();
    const loaded = loadCatalogJson(written ?? '');
    expect(loaded.ok && loaded.value.map((i) => i.sku)).toEqual(['dell-poweredge-r640', 'acme-box-2']);
    expect(c.out()).toMatch(/wrote 2 items to out\/catalog\.json/);
  });

  it('imports a single file given by path', async () => {
    const c = fakeIo();
    const file = join(dir, 'Dell', 'PowerEdge-R640.yaml');
    expect(await catalogImportCommand.run([file, '--json'], c.io)).toBe(0);
    expect(JSON.parse(c.out()).imported[0].file).toBe(file.split('\\').join('/'));
  });
});

describe('When the path cannot be read', () => {
  it('exits 2 with a message naming the path', async () => {
    const c = fakeIo();
    const missing = join(dir, 'no-such-folder');
    expect(await catalogImportCommand.run([missing], c.io)).toBe(2);
    expect(c.err()).toContain(`cannot read '${missing}'`);
    expect(c.out()).toBe('');
  });

  it('exits 2 on a missing argument or an unknown option', async () => {
    expect(await catalogImportCommand.run([], fakeIo().io)).toBe(2);
    expect(await catalogImportCommand.run([dir, '--frobnicate'], fakeIo().io)).toBe(2);
  });
});

describe('When help is asked for', () => {
  it('prints the usage and options', async () => {
    const c = fakeIo();
    expect(await catalogImportCommand.run(['--help'], c.io)).toBe(0);
    expect(c.out()).toMatch(/podplan catalog import <file-or-folder> \[-o catalog\.json\] \[--json\]/);
    expect(catalogImportCommand.words).toEqual(['catalog', 'import']);
  });
});
