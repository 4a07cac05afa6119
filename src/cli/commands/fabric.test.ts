import { describe, expect, it } from 'vitest';
import type { CatalogItem } from '../../core';
import { builtinCatalog, makeCatalog, sku } from '../../core';
import type { CliIO } from '../command';
import { fabricCommand, makeFabricCommand } from './fabric';

async function run(args: string[], command = fabricCommand) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: () => {
      throw new Error('fabric reads no files');
    },
    writeFile: () => {
      throw new Error('fabric writes no files');
    },
  };
  const code = await command.run(args, io);
  return { code, stdout, stderr };
}

const json = (stdout: string) => JSON.parse(stdout) as Record<string, unknown>;

describe('When sizing the 4-SU DGX SuperPOD from the command line', () => {
  it('prints the published counts as JSON from the QM9700 in the catalog', async () => {
    // figures.md §2.2 Table 4, 4 SU: 127 nodes, 32 leaves, 16 spines, 1,020 + 1,024 cables.
    const r = await run([
      '--nodes',
      '127',
      '--gpus-per-node',
      '8',
      '--switch',
      'nvidia-qm9700',
      '--ufm-ports',
      '4',
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(json(r.stdout)).toMatchObject({
      leaf: 32,
      spine: 16,
      core: 0,
      nodeLeafLinks: 1020,
      leafSpineLinks: 1024,
      spineCoreLinks: 0,
      gpus: 1016,
      suCount: 4,
      oversubscription: '1:1',
      switch: { sku: 'nvidia-qm9700', ports: 64, speedGbps: 400 },
    });
  });

  it('gives 3 SUs 16 spines with --radix and explains why in plain words', async () => {
    const r = await run(['--nodes', '95', '--gpus-per-node', '8', '--radix', '64', '--ufm-ports', '4']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/spine +16 +16 × \(48 down of 64\)/);
    expect(r.stdout).toContain('links: node–leaf 764 (760 node + 4 UFM/extra), leaf–spine 768, spine–core 0');
    expect(r.stdout).toContain('12, 13, 14 and 15 do not (32/12 = 2.67 is not whole); 16 does');
  });
});

describe('When the fabric needs a core tier', () => {
  it('reports 16,384 GPUs as 512 leaves, 512 spines and 256 cores', async () => {
    const r = await run(['--nodes', '2048', '--gpus-per-node', '8', '--radix', '64', '--json']);
    expect(r.code).toBe(0);
    expect(json(r.stdout)).toMatchObject({
      leaf: 512,
      spine: 512,
      core: 256,
      nodeLeafLinks: 16384,
      leafSpineLinks: 16384,
      spineCoreLinks: 16384,
      tiers: 3,
    });
  });

  it('refuses a fabric beyond three tiers with exit 2', async () => {
    const r = await run(['--nodes', '9000', '--gpus-per-node', '8', '--radix', '64']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--radix');
    expect(r.stderr).toContain('more than three tiers');
  });
});

describe('When ports are oversubscribed or broken out', () => {
  it('sizes 2:1 with half the uplinks and spines', async () => {
    const r = await run([
      '--nodes',
      '128',
      '--gpus-per-node',
      '8',
      '--radix',
      '64',
      '--oversubscription',
      '2:1',
      '--json',
    ]);
    expect(json(r.stdout)).toMatchObject({
      leaf: 32,
      spine: 8,
      leafSpineLinks: 512,
      oversubscription: '2:1',
    });
  });

  it('breaks SN5600 800G ports into 2 × 400G for 400G NICs, and asks for the breakout when it is missing', async () => {
    const ok = await run([
      '--nodes',
      '64',
      '--gpus-per-node',
      '8',
      '--switch',
      'nvidia-sn5600',
      '--nic-speed',
      '400',
      '--breakout',
      '2',
      '--su-nodes',
      '64',
      '--json',
    ]);
    expect(json(ok.stdout)).toMatchObject({
      leaf: 8,
      spine: 4,
      switch: { ports: 128, speedGbps: 400, breakout: 2 },
    });
    const missing = await run([
      '--nodes',
      '64',
      '--gpus-per-node',
      '8',
      '--switch',
      'nvidia-sn5600',
      '--nic-speed',
      '400',
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--breakout');
    expect(missing.stderr).toContain('set breakout 2');
  });
});

describe('When the arguments are wrong', () => {
  it.each([
    [['--gpus-per-node', '8', '--radix', '64'], '--nodes is required'],
    [['--nodes', '8', '--radix', '64'], '--gpus-per-node is required'],
    [
      ['--nodes', 'x', '--gpus-per-node', '8', '--radix', '64'],
      "--nodes expects a whole number ≥ 1, got 'x'",
    ],
    [['--nodes', '8', '--gpus-per-node', '8'], '--switch or --radix is required'],
    [
      ['--nodes', '8', '--gpus-per-node', '8', '--radix', '64', '--switch', 'nvidia-qm9700'],
      '--switch and --radix are alternatives',
    ],
    [['--nodes', '8', '--gpus-per-node', '8', '--switch', 'nope'], "--switch 'nope' is not in the catalog"],
    [['--nodes', '8', '--gpus-per-node', '8', '--switch', 'nvidia-dgx-h100'], 'is a server, not a switch'],
    [['--nodes', '8', '--gpus-per-node', '8', '--radix', '1'], '--radix expects a whole number ≥ 2'],
    [
      ['--nodes', '8', '--gpus-per-node', '8', '--radix', '64', '--oversubscription', 'lots'],
      '--oversubscription expects down:up',
    ],
    [
      ['--nodes', '8', '--gpus-per-node', '8', '--radix', '64', '--max-tiers', '4'],
      '--max-tiers expects 2 or 3',
    ],
    [['--nodes', '8', '--gpus-per-node', '8', '--radix', '64', '--bogus'], "Unknown option '--bogus'"],
    [['--nodes', '8', '--gpus-per-node', '8', '--radix', '64', 'extra'], "unexpected argument 'extra'"],
  ])('%j exits 2: %s', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
  });

  it('documents every flag in --help', () => {
    for (const flag of [
      '--nodes',
      '--gpus-per-node',
      '--switch',
      '--radix',
      '--su-nodes',
      '--oversubscription',
      '--json',
    ])
      expect(fabricCommand.help).toContain(flag);
  });
});

describe('When a catalog is injected', () => {
  it('looks --switch up in that catalog', async () => {
    const qm = builtinCatalog.items.get(sku('nvidia-qm9700'));
    if (qm?.kind !== 'switch') throw new Error('nvidia-qm9700 missing');
    const half: CatalogItem = {
      ...qm,
      sku: sku('acme-32'),
      name: 'ACME 32-port',
      ports: [
        { name: 'down', count: 16, speedGbps: 400, formFactor: 'OSFP', role: 'downlink' },
        { name: 'up', count: 16, speedGbps: 400, formFactor: 'OSFP', role: 'uplink' },
      ],
    };
    const command = makeFabricCommand(makeCatalog([half]));
    const r = await run(
      ['--nodes', '16', '--gpus-per-node', '8', '--switch', 'acme-32', '--su-nodes', '16', '--json'],
      command,
    );
    // Radix 32: 16 down + 16 up; 16-node SU → 8 leaves × 16 uplinks = 128 links over 32-port spines: 4 spines.
    expect(json(r.stdout)).toMatchObject({ leaf: 8, spine: 4, core: 0 });
  });
});
