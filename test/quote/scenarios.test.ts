import { describe, expect, it } from 'vitest';
import {
  builtinCatalog,
  compareScenarios,
  deviceId,
  duplicateScenario,
  loadLayout,
  openScenario,
  placeDevice,
  removeScenario,
  renameScenario,
  saveScenarioAs,
  serializeLayout,
  sku,
} from '../../src/core';
import { smallInferencePod } from '../../scripts/exampleLayouts';

const base = saveScenarioAs(smallInferencePod(), 'Two HGX servers');
const third = placeDevice(base, {
  id: deviceId('R1-gpu3'),
  sku: sku('supermicro-sys-821ge-tnhr'),
  rack: base.racks[0]!.id,
  u: 26,
  face: 'front',
});
const withBoth = saveScenarioAs(third, 'Three HGX servers');

describe('When scenarios are saved with a layout', () => {
  it('snapshots the working copy and marks it active', () => {
    expect(withBoth.scenarios?.map((s) => [s.id, s.name])).toEqual([
      ['scenario-1', 'Two HGX servers'],
      ['scenario-2', 'Three HGX servers'],
    ]);
    expect(withBoth.activeScenario).toBe('scenario-2');
    expect(withBoth.scenarios?.[0]?.pod.devices).toHaveLength(withBoth.devices.length - 1);
  });

  it('opens a scenario into the working copy, and duplicates, renames and removes', () => {
    const opened = openScenario(withBoth, 'scenario-1');
    expect(opened.devices).toBe(withBoth.scenarios?.[0]?.pod.devices);
    expect(opened.activeScenario).toBe('scenario-1');
    const dup = duplicateScenario(opened, 'scenario-1', 'Variant');
    expect(dup.scenarios?.at(-1)).toMatchObject({ id: 'scenario-3', name: 'Variant' });
    expect(renameScenario(dup, 'scenario-3', 'Variant B').scenarios?.at(-1)?.name).toBe('Variant B');
    const removed = removeScenario(dup, 'scenario-1');
    expect(removed.scenarios?.map((s) => s.id)).toEqual(['scenario-2', 'scenario-3']);
    expect(removed.activeScenario).toBeUndefined();
    expect(renameScenario(dup, 'nope', 'x')).toBe(dup);
  });

  it('persists through save and load', () => {
    const loaded = loadLayout(JSON.parse(serializeLayout(withBoth)));
    expect(loaded.ok && loaded.value).toEqual(withBoth);
  });

  it('refuses duplicate ids inside a scenario and an active scenario that does not exist', () => {
    const file = JSON.parse(serializeLayout(withBoth));
    file.scenarios[1].pod.devices[1].id = file.scenarios[1].pod.devices[0].id;
    file.activeScenario = 'scenario-9';
    const r = loadLayout(file);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.map((i) => i.path)).toEqual(['$.scenarios[1].pod.devices[1].id', '$.activeScenario']);
  });
});

describe('When scenarios are compared side by side', () => {
  const cmp = compareScenarios(withBoth, withBoth.scenarios ?? [], builtinCatalog);
  const row = (key: string) => cmp.rows.find((r) => r.key === key)!;

  it('shows the third server: 8 more GPUs and 10.2 kW more at max draw, marking the better column', () => {
    expect(cmp.columns.map((c) => c.name)).toEqual(['Two HGX servers', 'Three HGX servers']);
    expect(row('gpus').values).toEqual([16, 24]);
    expect(row('gpus').best).toEqual([1]);
    const [a, b] = row('itKwMax').values as number[];
    expect(b! - a!).toBeCloseTo(10.2, 6);
    expect(row('itKwMax').differs).toBe(true);
    expect(row('racks').differs).toBe(false);
  });

  it('prices each scenario with the same BOM: the difference is one server at its catalog price', () => {
    const unit = builtinCatalog.items.get(sku('supermicro-sys-821ge-tnhr'))!.price.amount;
    const [a, b] = row('total').values as number[];
    expect(b! - a!).toBeCloseTo(unit, 2);
    expect(row('pricePerGpu').values[0]).toBeCloseTo(a! / 16, 2);
    expect(cmp.currency).toBe('USD');
  });
});
