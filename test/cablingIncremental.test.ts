/**
 * The app's cabling kept up to date edit by edit (`IncrementalCabling`, behind `cablingFigures`) equals the whole
 * plan (`planCabling`) of the same layout after any sequence of edits of a wired pod, lanes and unknown ports
 * included; and an edit cables again only the links it touches.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Layout, LinkPlacement } from '../src/core';
import {
  addLink,
  bom,
  bomToJson,
  builtinCatalog,
  cableSchedule,
  cablingFigures,
  linkId,
  planCabling,
  removeItems,
  updateDevice,
  updateRack,
} from '../src/core';
import type { CablingPlan } from '../src/core/plan';
import { IncrementalCabling } from '../src/core/plan/cablingIncremental';
import { scheduleRow } from '../src/core/derive/cableSchedule';
import { planFacts } from './fixtures/networkPlanPin';
import { wiredPod } from './fixtures/wiredPod';
import { applyWiredEdit, wiredEditArb } from './support/wiredEdits';

const BASE = wiredPod(128);
const facts = (p: CablingPlan) => planFacts(p);
const full = (l: Layout) => facts(planCabling(l, builtinCatalog));

describe('Incremental cabling', () => {
  it('equals the whole plan after any sequence of edits (property test)', () => {
    fc.assert(
      fc.property(fc.array(wiredEditArb(BASE), { minLength: 1, maxLength: 12 }), (edits) => {
        const inc = new IncrementalCabling();
        let l = BASE;
        const history: Layout[] = [l];
        expect(facts(inc.update(l, builtinCatalog))).toEqual(full(l));
        for (const e of edits) {
          l = applyWiredEdit(l, e, history);
          history.push(l);
          expect(facts(inc.update(l, builtinCatalog))).toEqual(full(l));
        }
      }),
      { numRuns: 60 },
    );
  }, 180_000);

  it('cables again only the links of what an edit changed', () => {
    // wiredPod(1,024): 128 DGX H100, 4 to a rack, each with 8 compute links (one per rail), 2,048 links in all.
    const inc = new IncrementalCabling();
    const l0 = wiredPod(1_024);
    inc.update(l0, builtinCatalog);
    expect(inc.lastCabled).toBe(2_048);
    inc.update(l0, builtinCatalog);
    expect(inc.lastCabled).toBe(0);

    // One node moved 32 U up its rack: its 8 links.
    const node = l0.devices.find((d) => d.id === 'node-1')!;
    const l1 = updateDevice(l0, node.id, { u: node.u + 32 });
    expect(facts(inc.update(l1, builtinCatalog))).toEqual(full(l1));
    expect(inc.lastCabled).toBe(8);

    // Its rack moved along the row: the 4 nodes in it, 4 × 8 = 32 links.
    const rack = l1.racks.find((r) => r.id === node.rack)!;
    const l2 = updateRack(l1, rack.id, { position: { row: 3, slot: 15 } });
    expect(facts(inc.update(l2, builtinCatalog))).toEqual(full(l2));
    expect(inc.lastCabled).toBe(32);

    // A link removed: nothing cabled, one cable fewer.
    const l3 = removeItems(l2, [l2.links[100]!.id]);
    const p3 = inc.update(l3, builtinCatalog);
    expect(inc.lastCabled).toBe(0);
    expect(p3.totals.cables).toBe(2_047);
    expect(facts(p3)).toEqual(full(l3));

    // A link added on an existing link's ports (its twin): one more.
    const twin = l3.links[7]!;
    const l4 = addLink(l3, { ...twin, id: linkId('twin') });
    expect(facts(inc.update(l4, builtinCatalog))).toEqual(full(l4));
    expect(inc.lastCabled).toBe(1);
  }, 60_000);

  it('counts a link record listed twice as two cables, edit after edit', () => {
    const link = BASE.links[0] as LinkPlacement;
    const twice: Layout = { ...BASE, links: [...BASE.links, link] };
    const inc = new IncrementalCabling();
    expect(facts(inc.update(twice, builtinCatalog))).toEqual(full(twice));
    expect(facts(inc.update(twice, builtinCatalog))).toEqual(full(twice));
    expect(facts(inc.update(BASE, builtinCatalog))).toEqual(full(BASE));
    expect(facts(inc.update(twice, builtinCatalog))).toEqual(full(twice));
  });

  it('keeps unchanged runs and schedule rows as the same objects across an edit', () => {
    const l0 = wiredPod(1_024);
    const rows0 = cableSchedule(l0, builtinCatalog);
    const runs0 = cablingFigures(l0, builtinCatalog)!.plan.runs;
    const node = l0.devices.find((d) => d.id === 'node-5')!;
    const l1 = updateDevice(l0, node.id, { u: node.u + 32 });
    const rows1 = cableSchedule(l1, builtinCatalog);
    const runs1 = cablingFigures(l1, builtinCatalog)!.plan.runs;
    const moved = new Set(l1.links.filter((k) => k.a.device === node.id).map((k) => k.id as string));
    expect(moved.size).toBe(8);
    runs1.forEach((r, i) => expect(r === runs0[i]).toBe(!moved.has(r.link)));
    rows1.forEach((r, i) => expect(r === rows0[i]).toBe(!moved.has(r.link)));
    expect(rows1).toEqual(cableScheduleOf(l1));
  }, 60_000);

  it('keeps the rows of the other links when links are removed or added', () => {
    const l0 = wiredPod(1_024);
    const rows0 = cableSchedule(l0, builtinCatalog);
    const gone = new Set([l0.links[5]!.id, l0.links[900]!.id]);
    const l1 = removeItems(l0, [...gone]);
    const rows1 = cableSchedule(l1, builtinCatalog);
    expect(rows1).toEqual(cableScheduleOf(l1));
    expect(rows1.every((r) => rows0.includes(r))).toBe(true);
    const l2 = addLink(l1, { ...l0.links[5]!, id: linkId('back') });
    const rows2 = cableSchedule(l2, builtinCatalog);
    expect(rows2).toEqual(cableScheduleOf(l2));
    expect(rows2.filter((r) => !rows1.includes(r)).map((r) => r.link)).toEqual(['back']);
  }, 60_000);

  it('a plan read after later edits freed its slots still gives its own runs', () => {
    const inc = new IncrementalCabling();
    const l0 = wiredPod(1_024);
    const p0 = inc.update(l0, builtinCatalog);
    // Two edits: the first releases the moved node's 8 slots, the second reuses them.
    const node = l0.devices.find((d) => d.id === 'node-3')!;
    const l1 = updateDevice(l0, node.id, { u: node.u + 32 });
    const p1 = inc.update(l1, builtinCatalog);
    const l2 = updateDevice(l1, node.id, { u: node.u });
    inc.update(l2, builtinCatalog);
    expect(facts(p1)).toEqual(full(l1));
    expect(facts(p0)).toEqual(full(l0));
  }, 60_000);

  it("the BOM's cable rows, made when read, are the schedule's", () => {
    const l0 = wiredPod(1_024);
    const b = bom(l0, builtinCatalog);
    expect(b.cabling?.runs).toHaveLength(2_048);
    expect(b.cabling?.runs).toEqual(cableScheduleOf(l0));
    expect(JSON.parse(bomToJson(b)).cabling.runs).toEqual(cableScheduleOf(l0));
  }, 60_000);
});

/** The schedule rows made from the whole-layout plan, through the schedule's own row builder. */
function cableScheduleOf(l: Layout) {
  const names = new Map<string, string>(l.racks.map((r) => [r.id, r.name]));
  return planCabling(l, builtinCatalog).runs.map((r) =>
    scheduleRow(r, names.get(r.a.rack) ?? r.a.rack, names.get(r.b.rack) ?? r.b.rack),
  );
}
