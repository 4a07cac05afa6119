import { describe, expect, it } from 'vitest';
import type { Layout, PodNetworkChoices } from '../../core';
import {
  defaultChoices,
  deviceId,
  placeDevice,
  placeNetwork,
  rackId,
  sizePodNetworks,
  validate,
} from '../../core';
import type { EditorStore } from '../editorStore';
import { selectReport } from '../selectors';
import { catalog, DGX_H100, podWithRacks, storeWith, withPdus } from '../testing/podBuilder';
import { dispatch } from './registry';
// The planning code the commands run: the app fetches it on first use; loaded here with the test.
import '../planningCode';

/** Three 42U racks with A+B PDUs: two DGX H100 in each of the first two, the third empty. */
function dgxPod(): Layout {
  let l = podWithRacks(3);
  for (const r of ['rack-1', 'rack-2', 'rack-3']) l = withPdus(l, r, ['A', 'B']);
  for (const [i, r] of ['rack-1', 'rack-1', 'rack-2', 'rack-2'].entries())
    l = placeDevice(l, {
      id: deviceId(`dgx-${i + 1}`),
      sku: DGX_H100,
      rack: rackId(r),
      u: 2 + (i % 2) * 8,
      face: 'front',
    });
  return l;
}

const all = (): PodNetworkChoices => {
  const d = defaultChoices(catalog);
  return { compute: d.compute!, storage: d.storage!, inband: d.inband!, oob: d.oob! };
};

const networkErrors = (store: EditorStore) =>
  selectReport(store.getState()).diagnostics.filter(
    (d) => d.code.startsWith('network.') && d.severity !== 'info',
  );

describe('When the network of a pod is planned into a new network rack', () => {
  const store = storeWith(dgxPod());
  const before = store.getState().layout;
  const preview = placeNetwork(before, catalog, { choices: all(), target: { kind: 'new-rack' } });
  // The plan the dialog shows: sized with the new rack's PDUs on the out-of-band network.
  const plans = preview.ok ? preview.value.plans : sizePodNetworks(before, catalog, all());
  const switches = plans.reduce(
    (s, p) => s + (p.sizing ? p.sizing.counts.leaf + p.sizing.counts.spine + p.sizing.counts.core : 0),
    0,
  );
  dispatch(store, 'placeNetwork', { choices: all(), target: { kind: 'new-rack' } });
  const after = store.getState().layout;

  it('places exactly the switches the core sized, in one new powered rack, as one undo step', () => {
    expect(store.getState().history.past).toHaveLength(1);
    expect(store.getState().history.past[0]?.label).toMatch(/^Plan network \(\d+ switches, \d+ links\)$/);
    const added = after.devices.filter((d) => catalog.items.get(d.sku)?.kind === 'switch');
    expect(added).toHaveLength(switches);
    expect(after.racks).toHaveLength(4);
    const net = after.racks[3]!;
    expect(net.name).toBe('NET1');
    expect(after.sideItems.filter((s) => s.rack === net.id)).toHaveLength(2);
    expect(added.every((d) => d.rack === net.id)).toBe(true);
  });

  it('creates the links of every fabric, and they validate without network problems', () => {
    const sized = plans.reduce(
      (s, p) =>
        s + (p.sizing ? p.sizing.links.nodeLeaf + p.sizing.links.leafSpine + p.sizing.links.spineCore : 0),
      0,
    );
    // A lone out-of-band leaf cannot serve its own management port (a device never links to itself): the sizing
    // counts that port as an endpoint, the wiring leaves it uncabled.
    const oobLeaves = plans.find((p) => p.role === 'oob')?.sizing?.counts.leaf ?? 0;
    expect(after.links).toHaveLength(sized - (oobLeaves === 1 ? 1 : 0));
    expect(after.links.filter((l) => l.a.device === l.b.device)).toEqual([]);
    expect(new Set(after.links.map((l) => l.id)).size).toBe(after.links.length);
    expect(networkErrors(store)).toEqual([]);
  });

  it('commits exactly what the preview showed', () => {
    expect(preview.ok && preview.value.layout).toEqual(after);
  });

  it('undoes all of it in one step and redoes it', () => {
    expect(dispatch(store, 'undo')).toBe(true);
    expect(store.getState().layout).toBe(before);
    expect(dispatch(store, 'redo')).toBe(true);
    expect(store.getState().layout).toBe(after);
  });
});

describe('When the switches go into chosen racks', () => {
  it('puts them at the top of the rack', () => {
    const store = storeWith(dgxPod());
    dispatch(store, 'placeNetwork', {
      choices: { compute: all().compute! },
      target: { kind: 'racks', racks: ['rack-3'] },
    });
    const leaves = store.getState().layout.devices.filter((d) => d.id.startsWith('compute-leaf'));
    expect(leaves.length).toBeGreaterThan(0);
    expect(Math.max(...leaves.map((d) => d.u))).toBe(42);
    expect(leaves.every((d) => d.rack === 'rack-3')).toBe(true);
  });

  it('refuses with a clear message when no rack is chosen, and changes nothing', () => {
    const store = storeWith(dgxPod());
    const before = store.getState().layout;
    dispatch(store, 'placeNetwork', { choices: all(), target: { kind: 'racks', racks: [] } });
    expect(store.getState().layout).toBe(before);
    expect(store.getState().history.past).toHaveLength(0);
    expect(store.getState().session.notice?.text).toMatch(/Choose at least one rack/);
  });

  it('names the shortfall in U when the chosen racks are too full', () => {
    let l = dgxPod();
    for (let i = 0; i < 4; i++)
      l = placeDevice(l, {
        id: deviceId(`x-${i}`),
        sku: DGX_H100,
        rack: rackId('rack-3'),
        u: 1 + i * 8,
        face: 'front',
      });
    const r = placeNetwork(l, catalog, { choices: all(), target: { kind: 'racks', racks: ['rack-3'] } });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toMatch(
        /need \d+ U; the chosen racks have room for only \d+ of them \(A3: 10 U free\)/,
      );
  });
});

describe('When the network is planned again', () => {
  it('replaces the switches and links of the first plan instead of adding to them', () => {
    const store = storeWith(dgxPod());
    dispatch(store, 'placeNetwork', { choices: all(), target: { kind: 'new-rack' } });
    const first = store.getState().layout;
    dispatch(store, 'placeNetwork', {
      choices: all(),
      target: { kind: 'racks', racks: ['NET1'].map((n) => first.racks.find((r) => r.name === n)!.id) },
    });
    const second = store.getState().layout;
    expect(second.devices).toHaveLength(first.devices.length);
    expect(second.links).toHaveLength(first.links.length);
    expect(networkErrors(store)).toEqual([]);
    expect(store.getState().history.past).toHaveLength(2);
  });
});

describe('When a link is selected', () => {
  it('stays selected across other edits and is dropped when undo removes it', () => {
    const store = storeWith(dgxPod());
    dispatch(store, 'placeNetwork', { choices: { compute: all().compute! }, target: { kind: 'new-rack' } });
    const link = store.getState().layout.links[0]!;
    dispatch(store, 'select', { refs: [{ kind: 'link', id: link.id }] });
    dispatch(store, 'renamePod', { name: 'Renamed' });
    expect(store.getState().session.selection).toEqual([{ kind: 'link', id: link.id }]);
    dispatch(store, 'undo');
    dispatch(store, 'undo');
    expect(store.getState().session.selection).toEqual([]);
  });

  it('is deleted with Delete as one undo step', () => {
    const store = storeWith(dgxPod());
    dispatch(store, 'placeNetwork', { choices: { compute: all().compute! }, target: { kind: 'new-rack' } });
    const n = store.getState().layout.links.length;
    const link = store.getState().layout.links[0]!;
    dispatch(store, 'reveal', { ref: { kind: 'link', id: link.id } });
    expect(store.getState().session.selection).toEqual([{ kind: 'link', id: link.id }]);
    dispatch(store, 'deleteSelection');
    expect(store.getState().layout.links).toHaveLength(n - 1);
    dispatch(store, 'undo');
    expect(store.getState().layout.links).toHaveLength(n);
  });
});

describe('When a network is planned at 2:1', () => {
  const choices = (): PodNetworkChoices => ({
    // Only the leaves that hold nodes are built, so each carries 4 node links and 2 uplinks: 2:1.
    compute: { ...all().compute!, oversubscription: { down: 2, up: 1 }, provisionFullSu: false },
  });
  const planned = placeNetwork(dgxPod(), catalog, { choices: choices(), target: { kind: 'new-rack' } });
  const layout = planned.ok ? planned.value.layout : dgxPod();

  it('saves the 2:1 target with the layout, so the cabling checks hold the fabric to 2:1, not 1:1', () => {
    expect(planned.ok).toBe(true);
    expect(layout.oversubscriptionTargets).toEqual([{ role: 'compute', down: 2, up: 1 }]);
    const codes = (l: Layout) => validate(l, catalog).diagnostics.map((d) => d.code);
    expect(codes(layout)).not.toContain('network.oversubscriptionAboveTarget');
    const { oversubscriptionTargets: _dropped, ...heldToOneToOne } = layout;
    expect(codes(heldToOneToOne)).toContain('network.oversubscriptionAboveTarget');
  });
});
