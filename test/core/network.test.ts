import { describe, expect, it } from 'vitest';
import type { CatalogItem } from '../../src/core';
import { linkId, deviceId, makeCatalog, sku, validate } from '../../src/core';
import { GPU_SERVER, ITEMS, LEAF_SWITCH, OOB_SWITCH, testCatalog } from '../fixtures/catalog';
import { codes, device, pduPair, pod, rack } from '../fixtures/builders';

const gpus = (n: number) =>
  Array.from({ length: n }, (_, i) => device(`g${i + 1}`, GPU_SERVER, 'R1', 1 + i * 8));

describe('When servers need compute-fabric ports', () => {
  it('fits 4 servers × 8 × 400G = 32 ports on one leaf with 32 downlinks', () => {
    const l = pod({
      racks: [rack('R1'), rack('R2', 1)],
      devices: [...gpus(4), device('leaf', LEAF_SWITCH, 'R2', 1)],
    });
    const r = validate(l, testCatalog);
    expect(codes(r)).not.toContain('network.portShortage');
    expect(r.pod.ports).toContainEqual({
      role: 'compute',
      speedGbps: 400,
      formFactor: 'OSFP',
      endpointPorts: 32,
      switchPorts: 32,
    });
  });

  it('reports 8 ports short with 5 servers (40 ports) on the same leaf', () => {
    const l = pod({
      racks: [rack('R1'), rack('R2', 1)],
      devices: [...gpus(5), device('leaf', LEAF_SWITCH, 'R2', 1)],
    });
    expect(validate(l, testCatalog).diagnostics.find((d) => d.code === 'network.portShortage')?.message).toBe(
      'Pod: the compute-fabric network is 8 switch ports short: 8 of 40 × 400 Gb/s OSFP have no free port (its switches offer 32 × 400 Gb/s OSFP downlinks).',
    );
  });

  it('breaks 800G downlinks out into 2 × 400G: a 20-port 800G leaf serves 40 server ports', () => {
    const leaf800: CatalogItem = {
      ...(ITEMS.find((i) => i.sku === LEAF_SWITCH) as CatalogItem & { kind: 'switch' }),
      sku: sku('t-leaf-800'),
      ports: [{ name: 'down', count: 20, speedGbps: 800, formFactor: 'OSFP', role: 'downlink' }],
    };
    const catalog = makeCatalog([...ITEMS, leaf800]);
    const l = pod({
      racks: [rack('R1'), rack('R2', 1)],
      devices: [...gpus(5), device('leaf', sku('t-leaf-800'), 'R2', 1)],
    });
    expect(codes(validate(l, catalog))).not.toContain('network.portShortage');
  });

  it('counts BMC and PDU management ports on the out-of-band network', () => {
    // 2 servers × 1 BMC + 2 PDUs × 1 mgmt = 4 ports; no OOB switch → warning; a 4-port OOB switch → fits.
    const base = pod({ racks: [rack('R1')], sideItems: pduPair('R1'), devices: gpus(2) });
    expect(
      validate(base, testCatalog).diagnostics.find(
        (d) => d.code === 'network.noSwitch' && d.message.includes('out-of-band'),
      )?.message,
    ).toContain('4 out-of-band management ports (4 × 1 Gb/s RJ45)');
    const withSwitch = { ...base, devices: [...base.devices, device('oob', OOB_SWITCH, 'R1', 40)] };
    expect(codes(validate(withSwitch, testCatalog))).not.toContain('network.portShortage');
  });

  it('reports the leaf oversubscription: 32 × 400 down, 32 × 400 up is 1:1', () => {
    const r = validate(
      pod({ racks: [rack('R1')], devices: [device('leaf', LEAF_SWITCH, 'R1', 1)] }),
      testCatalog,
    );
    expect(r.diagnostics.find((d) => d.code === 'network.oversubscription')?.message).toBe(
      'Test leaf as a leaf: 12,800 Gb/s down, 12,800 Gb/s up: oversubscription 1:1.',
    );
  });
});

describe('When the layout lists explicit links', () => {
  const base = pod({
    racks: [rack('R1')],
    devices: [device('g1', GPU_SERVER, 'R1', 1), device('leaf', LEAF_SWITCH, 'R1', 20)],
  });
  const link = (id: string, a: string, ap: string, b: string, bp: string) => ({
    id: linkId(id),
    a: { device: deviceId(a), port: ap },
    b: { device: deviceId(b), port: bp },
  });

  it('accepts a compute port to a compute-leaf downlink', () => {
    expect(
      codes(
        validate({ ...base, links: [link('l1', 'g1', 'compute/1', 'leaf', 'down/1')] }, testCatalog),
      ).filter((c) => c.startsWith('network.link')),
    ).toEqual([]);
  });

  it('rejects a port used twice, an unknown port, a missing device, a speed mismatch and a cross-network link', () => {
    const links = [
      link('l1', 'g1', 'compute/1', 'leaf', 'down/1'),
      link('l2', 'g1', 'compute/1', 'leaf', 'down/2'),
      link('l3', 'g1', 'compute/9', 'leaf', 'down/3'),
      link('l4', 'ghost', 'compute/1', 'leaf', 'down/4'),
      link('l5', 'g1', 'bmc/1', 'leaf', 'down/5'),
    ];
    const r = validate({ ...base, links }, testCatalog);
    const found = codes(r).filter(
      (c) =>
        c.startsWith('network.link') ||
        c.startsWith('network.port') ||
        c.startsWith('network.unknown') ||
        c.startsWith('reference.'),
    );
    expect(found.sort()).toEqual(
      [
        'network.linkRoleMismatch',
        'network.linkSpeedMismatch',
        'network.portReused',
        'network.unknownPort',
        'reference.linkDevice',
      ].sort(),
    );
    expect(r.diagnostics.find((d) => d.code === 'network.unknownPort')?.message).toBe(
      "Link 'l3': Test GPU server 'g1' has no port 'compute/9' (it has compute/1–8, bmc/1–1).",
    );
  });
});

describe('When a link uses one lane of a broken-out port', () => {
  const leaf800: CatalogItem = {
    ...(ITEMS.find((i) => i.sku === LEAF_SWITCH) as CatalogItem & { kind: 'switch' }),
    sku: sku('t-leaf-800'),
    ports: [{ name: 'down', count: 20, speedGbps: 800, formFactor: 'OSFP', role: 'downlink' }],
  };
  const catalog = makeCatalog([...ITEMS, leaf800]);
  const base = pod({
    racks: [rack('R1')],
    devices: [device('g1', GPU_SERVER, 'R1', 1), device('leaf', sku('t-leaf-800'), 'R1', 20)],
  });
  const link = (id: string, ap: string, bp: string) => ({
    id: linkId(id),
    a: { device: deviceId('g1'), port: ap },
    b: { device: deviceId('leaf'), port: bp },
  });
  const linkCodes = (links: ReturnType<typeof link>[]) =>
    codes(validate({ ...base, links }, catalog)).filter(
      (c) => c.startsWith('network.link') || c.startsWith('network.port') || c === 'network.unknownPort',
    );

  it('accepts two 400G server ports on lanes 1 and 2 of one 800G port', () => {
    expect(linkCodes([link('l1', 'compute/1', 'down/1:1'), link('l2', 'compute/2', 'down/1:2')])).toEqual([]);
  });

  it('rejects a third lane (800 / 400 = 2 lanes), a lane used twice, a whole port after its lanes, and a missing lane', () => {
    expect(linkCodes([link('l1', 'compute/1', 'down/1:3')])).toEqual(['network.linkSpeedMismatch']);
    expect(linkCodes([link('l1', 'compute/1', 'down/1:1'), link('l2', 'compute/2', 'down/1:1')])).toEqual([
      'network.portReused',
    ]);
    expect(linkCodes([link('l1', 'compute/1', 'down/1:1'), link('l2', 'compute/2', 'down/1')])).toContain(
      'network.portReused',
    );
    expect(linkCodes([link('l1', 'compute/1', 'down/2')])).toEqual(['network.linkSpeedMismatch']);
  });
});
