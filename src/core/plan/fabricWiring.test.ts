import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../catalog/builtin';
import { validate } from '../derive/validate';
import { deviceId, linkId, sku } from '../model/ids';
import type { Layout } from '../model/layout';
import { planCabling } from './cabling';
import { fabricStudyLayout } from './fabricLayout';
import { sizeFabric } from './fabricSizing';
import type { FabricInput, FabricSizing } from './fabricTypes';
import { wireFabric } from './fabricWiring';
import { sizePodNetworks } from './podNetworks';
import { switchSpecOf } from './switchSpec';

function sized(input: FabricInput): FabricSizing {
  const r = sizeFabric(input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const UFM = [{ label: 'UFM', devices: 2, portsPerDevice: 2 }];

function superPod(nodes: number): Layout {
  const s = sized({ nodes, portsPerNode: 8, radix: 64, extraEndpoints: UFM });
  const l = fabricStudyLayout(s, builtinCatalog, {
    rackSku: sku('rack-42u-600x1200'),
    nodeSku: sku('nvidia-dgx-h100'),
    leafSku: sku('nvidia-qm9700'),
    extraSkus: [sku('nvidia-ufm-enterprise-ndr')],
  });
  if (!l.ok) throw new Error(l.error);
  return l.value;
}

describe('When a sized 1-SU fabric is wired to devices', () => {
  const layout = superPod(31);
  const portsOf = (device: string) =>
    layout.links
      .flatMap((l) => [l.a, l.b])
      .filter((e) => e.device === device)
      .map((e) => e.port);

  it('sends NIC n of every node to the rail-n leaf, one leaf port per node', () => {
    const node1 = layout.links.filter((l) => l.a.device === 'node-1');
    expect(node1.map((l) => [l.a.port, l.b.device, l.b.port])).toEqual(
      Array.from({ length: 8 }, (_, r) => [`compute/${r + 1}`, `leaf-${r + 1}`, 'down/1']),
    );
  });

  it('puts the UFM ports on the slot of the removed node, rails 1–4', () => {
    const ufm = layout.links.filter((l) => l.a.device.startsWith('ufm'));
    expect(ufm.map((l) => `${l.a.device} ${l.a.port} → ${l.b.device} ${l.b.port}`)).toEqual([
      'ufm-1 ib/1 → leaf-1 down/32',
      'ufm-1 ib/2 → leaf-2 down/32',
      'ufm-2 ib/1 → leaf-3 down/32',
      'ufm-2 ib/2 → leaf-4 down/32',
    ]);
  });

  it('uses the leaf’s up ports for spines and fills every spine port, 8 links per leaf–spine pair', () => {
    expect(portsOf('leaf-1').filter((p) => p.startsWith('up/'))).toHaveLength(32);
    expect(portsOf('spine-1')).toHaveLength(64);
    const pairs = layout.links.filter((l) => l.a.device === 'leaf-1' && l.b.device === 'spine-2');
    expect(pairs).toHaveLength(8);
  });

  it('passes the core’s network rules and the cabling checks', () => {
    const report = validate(layout, builtinCatalog);
    const network = report.diagnostics.filter((d) => d.code.startsWith('network.') && d.severity === 'error');
    expect(network).toEqual([]);
    expect(planCabling(layout, builtinCatalog).diagnostics).toEqual([]);
  });

  it('refuses a binding with the wrong number of devices', () => {
    const s = sized({ nodes: 31, portsPerNode: 8, radix: 64, extraEndpoints: UFM });
    const r = wireFabric(s, { nodes: [deviceId('x')], leaves: [], skuOf: () => undefined }, builtinCatalog);
    expect(r).toEqual({ ok: false, error: 'The compute fabric needs 31 node devices; 1 were given.' });
  });
});

describe('When an SN5600 fabric is wired with 800G ports broken out to 400G NICs', () => {
  const sn5600 = builtinCatalog.items.get(sku('nvidia-sn5600'));
  if (sn5600?.kind !== 'switch') throw new Error('nvidia-sn5600 missing');
  const s = sized({
    nodes: 64,
    portsPerNode: 8,
    switch: switchSpecOf(sn5600),
    breakout: 2,
    nodePortGbps: 400,
    suNodes: 64,
  });
  const l = fabricStudyLayout(s, builtinCatalog, {
    rackSku: sku('rack-48u-600x1200'),
    nodeSku: sku('nvidia-dgx-h100'),
    leafSku: sku('nvidia-sn5600'),
  });
  if (!l.ok) throw new Error(l.error);

  it('names lanes of the physical ports (down/1:1, down/1:2, …)', () => {
    expect(l.value.links.slice(0, 2).map((x) => x.b.port)).toEqual(['down/1:1', 'down/1:1']);
    const leaf1 = l.value.links.filter((x) => x.b.device === 'leaf-1').map((x) => x.b.port);
    expect(leaf1.slice(0, 4)).toEqual(['down/1:1', 'down/1:2', 'down/2:1', 'down/2:2']);
  });

  it('cables node lanes as breakouts and joins leaf–spine lane pairs into whole 800G links', () => {
    // 512 node links on lanes; 512 logical 400G leaf–spine links = 256 cables on whole 800G ports.
    expect(l.value.links).toHaveLength(512 + 256);
    const p = planCabling(l.value, builtinCatalog);
    expect(p.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(p.runs.filter((r) => r.breakout === 2)).toHaveLength(512);
    expect(p.runs.filter((r) => r.breakout === 1 && r.speedGbps === 800)).toHaveLength(256);
  });

  it('reads a lane-to-lane link at the lane speed', () => {
    const lanes: Layout = {
      ...l.value,
      links: [
        {
          id: linkId('x1'),
          a: { device: deviceId('leaf-1'), port: 'up/1:1' },
          b: { device: deviceId('spine-1'), port: 'down/1:1' },
        },
        {
          id: linkId('x2'),
          a: { device: deviceId('leaf-1'), port: 'up/1:2' },
          b: { device: deviceId('spine-2'), port: 'down/1:1' },
        },
      ],
    };
    const p = planCabling(lanes, builtinCatalog);
    expect(p.runs.map((r) => r.speedGbps)).toEqual([400, 400]);
    expect(p.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('When a pod’s four networks are sized from its devices', () => {
  const layout = superPod(127);
  const plans = sizePodNetworks(layout, builtinCatalog, {
    compute: { switch: sku('nvidia-qm9700') },
    storage: { switch: sku('nvidia-qm9700-storage') },
    inband: { switch: sku('nvidia-sn5600-inband') },
    oob: { switch: sku('nvidia-sn2201'), spineSwitch: sku('nvidia-sn4600c') },
  });
  const byRole = Object.fromEntries(plans.map((p) => [p.role, p]));

  it('finds the published compute fabric from the DGX and UFM ports', () => {
    expect(byRole.compute?.sizing?.counts).toEqual({ leaf: 32, spine: 16, core: 0 });
    expect(byRole.compute?.sizing?.links.nodeLeaf).toBe(1020);
    expect(byRole.compute?.nodes).toHaveLength(127);
    expect(byRole.compute?.extras).toHaveLength(2);
  });

  it('sizes storage from 2 ports per DGX: 254 ports over 8 leaves and 4 spines', () => {
    expect(byRole.storage?.sizing?.counts).toEqual({ leaf: 8, spine: 4, core: 0 });
  });

  it('breaks the SN5600 in-band ports out to 400G and leaves the UFM’s 100G ports out', () => {
    expect(byRole.inband?.sizing?.breakout).toBe(2);
    expect(byRole.inband?.sizing?.counts).toEqual({ leaf: 4, spine: 2, core: 0 });
    expect(byRole.inband?.leftOut).toHaveLength(2);
  });

  it('serves every BMC and the management port of every planned switch on the out-of-band network', () => {
    const oob = byRole.oob?.sizing;
    // Switch management ports: compute 48 + storage 12 + in-band 6 + out-of-band 5 leaves + 1 spine = 72.
    expect(oob?.extraEndpoints.find((e) => e.label === 'switch management')?.devices).toBe(72);
    expect(oob?.links.nodeLeaf).toBe(129 + 72);
    expect(oob?.counts).toEqual({ leaf: 5, spine: 1, core: 0 });
  });

  it('says when no switch was chosen', () => {
    const none = sizePodNetworks(layout, builtinCatalog, {});
    expect(none.map((p) => p.status)).toEqual(['no-switch', 'no-switch', 'no-switch', 'no-switch']);
  });
});
