/** Fill rack and Fill pod: as many as fit, with the PDUs they need, one undo step each, nothing when none fit. */
import { describe, expect, it } from 'vitest';
import type { Layout } from '../../core';
import { builtinCatalog, deviceId, emptyLayout, rackId, sku } from '../../core';
import { createEditorStore } from '../editorStore';
import { dispatch } from './registry';
// The planning code the commands run: the app fetches it on first use; loaded here with the test.
import '../planningCode';

const H100 = sku('nvidia-dgx-h100');

/** One 42 U rack with one 60 A PDU per feed: 3 DGX H100 fit on one feed (30.6 kW ≤ 32.78 kW), a 4th does not. */
function pod(): Layout {
  const id = rackId('R1');
  return {
    ...emptyLayout('fill'),
    racks: [{ id, sku: sku('rack-42u-600x1200'), name: 'R1', position: { row: 0, slot: 0 } }],
    sideItems: (['A', 'B'] as const).map((feed) => ({
      id: deviceId(`p${feed}`),
      sku: sku('raritan-px3-5878-415v-60a'),
      rack: id,
      side: feed === 'A' ? ('left' as const) : ('right' as const),
      feed,
    })),
  };
}

describe('Fill rack and Fill pod', () => {
  it('places the 5 that fit with the PDUs they need in one undo step, and undo takes them all back', () => {
    // 3 × 10.2 = 30.6 kW fit one 60 A PDU per feed (32.78 kW); the 4th needs a second PDU on each feed (65.55 kW);
    // the 5th (51 kW) fits that; a 6th has no 8 U left in 42 U. So 5 servers and 2 PDUs, one step.
    const store = createEditorStore(builtinCatalog, pod());
    expect(dispatch(store, 'fillRack', { rack: 'R1', sku: H100 })).toBe(true);
    const s = store.getState();
    expect(s.layout.devices.filter((d) => d.sku === H100).length).toBe(5);
    expect(s.layout.sideItems.length).toBe(4);
    expect(s.history.past.length).toBe(1);
    expect(s.history.past[0]?.label).toBe('Fill rack with 5 × NVIDIA DGX H100 and 2 PDUs');
    dispatch(store, 'undo');
    expect(store.getState().layout.devices.length).toBe(0);
    expect(store.getState().layout.sideItems.length).toBe(2);
  });

  it('changes nothing when none fit', () => {
    const store = createEditorStore(builtinCatalog, pod());
    dispatch(store, 'fillPod', { sku: H100 });
    expect(dispatch(store, 'fillPod', { sku: H100 })).toBe(false);
    expect(store.getState().history.past.length).toBe(1);
  });
});

describe('Apply fix', () => {
  it('adds the PDUs a short rack needs in one undo step, and undo takes them back', async () => {
    const { readFileSync } = await import('node:fs');
    const { parseLayoutJson, validate } = await import('../../core');
    const parsed = parseLayoutJson(readFileSync('public/examples/broken.json', 'utf8'));
    if (!parsed.ok) throw new Error('broken.json');
    const store = createEditorStore(builtinCatalog, parsed.value);
    const d = validate(parsed.value, builtinCatalog).diagnostics.find(
      (x) => x.code === 'power.feedOverload' && x.targets.some((t) => t.id === 'B1'),
    )!;
    expect(dispatch(store, 'applyFix', { diagnostic: d })).toBe(true);
    const s = store.getState();
    expect(s.layout.sideItems.length).toBe(parsed.value.sideItems.length + 2);
    expect(s.history.past.at(-1)?.label).toMatch(/^Add PDUs: adds a Raritan PX3-5878/);
    dispatch(store, 'undo');
    expect(store.getState().layout).toBe(parsed.value);
  });
});
