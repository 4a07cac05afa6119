/** The "Plan a pod" form: its defaults, the request it stands for, and what a wrong field says. */
import { describe, expect, it } from 'vitest';
import { builtinCatalog, emptyLayout } from '../../src/core';
import { initialDraft, planBase, requestOf } from '../../src/ui/planner/planForm';

const draft = () => initialDraft(builtinCatalog, emptyLayout());

describe('the Plan a pod form', () => {
  it('starts at 256 GPUs of DGX H100, 2N, limits sized to the plan, all four networks at 1:1', () => {
    const r = requestOf(draft(), builtinCatalog);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.request.target).toEqual({ kind: 'gpus', gpus: 256 });
    expect(r.request.platform).toBe('nvidia-dgx-h100');
    expect(r.request.powerPath).toBeUndefined();
    expect(r.request.limits).toBeUndefined();
    for (const role of ['compute', 'storage', 'inband', 'oob'] as const)
      expect(r.request.networks?.[role]?.oversubscription).toEqual({ down: 1, up: 1 });
  });

  it('turns MW into kW, holds the stated envelope, leaves out unticked networks and passes N+1', () => {
    const d = {
      ...draft(),
      targetKind: 'itMw' as const,
      itMw: '1.5',
      envelope: 'pod' as const,
      feedKw: '2,000',
      powerPath: 'n+1' as const,
      rideThroughMin: '5',
      networks: {
        ...draft().networks,
        storage: { on: false, ratio: '1:1' },
        compute: { on: true, ratio: '2:1' },
      },
    };
    const r = requestOf(d, builtinCatalog);
    if (!r.ok) throw new Error(r.error);
    expect(r.request.target).toEqual({ kind: 'itKw', kw: 1500 });
    expect(r.request.limits).toEqual({ utilityFeedKw: 2000, facilityWaterKw: 1000, roomAirKw: 200 });
    expect(r.request.powerPath).toBe('n+1');
    expect(r.request.rideThroughMin).toBe(5);
    expect(r.request.networks?.storage).toBeNull();
    expect(r.request.networks?.compute?.oversubscription).toEqual({ down: 2, up: 1 });
  });

  it('names the field and the text when a number or a ratio does not read', () => {
    expect(requestOf({ ...draft(), gpus: '12.5' }, builtinCatalog)).toEqual({
      ok: false,
      error: "Target GPUs: expected a whole number above 0, got '12.5'.",
    });
    expect(requestOf({ ...draft(), maxRackKw: '-3' }, builtinCatalog)).toEqual({
      ok: false,
      error: "kW per rack: expected a number above 0 kW, got '-3'.",
    });
    const bad = { ...draft(), networks: { ...draft().networks, oob: { on: true, ratio: 'two' } } };
    expect(requestOf(bad, builtinCatalog)).toEqual({
      ok: false,
      error: "Oversubscription (oob): expected down:up such as 1:1 or 2:1, got 'two'.",
    });
  });

  it('lays the plan on an empty copy of the pod that keeps its name, limits and scenarios', () => {
    const pod = {
      ...emptyLayout('Hall 3'),
      racks: [{ id: 'A1', sku: 'rack-42u-600x1200', name: 'A1', position: { row: 0, slot: 0 } }],
      scenarios: [],
    } as never;
    const base = planBase(pod);
    expect(base.name).toBe('Hall 3');
    expect(base.racks).toEqual([]);
    expect(base.scenarios).toEqual([]);
  });
});
