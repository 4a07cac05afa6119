import { describe, expect, it } from 'vitest';
import { bigPod } from '../../../test/fixtures/bigPod';
import { deviceId, linkId } from '../model/ids';
import type { Layout, PortRef } from '../model/layout';
import { addLink, removeItems } from './layoutOps';
import { deltaFrom } from './listDelta';

/** 10 racks of 40 devices and 4 PDUs each, with two links from R1-d1. */
function pod(): Layout {
  const l = bigPod(400);
  const end = (device: string, port: string): PortRef => ({ device: deviceId(device), port });
  return [
    { id: linkId('L1'), a: end('R1-d1', 'p1'), b: end('R2-d1', 'p1') },
    { id: linkId('L2'), a: end('R3-d1', 'p1'), b: end('R1-d1', 'p2') },
    { id: linkId('L3'), a: end('R3-d2', 'p1'), b: end('R4-d2', 'p1') },
  ].reduce((l2, link) => addLink(l2, link), l);
}

describe('removeItems', () => {
  const before = pod();

  it('takes out one device and its links, keeping every other record in order, with the delta recorded', () => {
    const after = removeItems(before, ['R1-d1']);
    expect(after.devices.map((d) => d.id)).toEqual(
      before.devices.filter((d) => d.id !== 'R1-d1').map((d) => d.id),
    );
    expect(after.links.map((l) => l.id)).toEqual(['L3']);
    expect(after.racks).toBe(before.racks);
    expect(after.sideItems).toBe(before.sideItems);
    expect(deltaFrom(before.devices, after.devices)?.removed.map((d) => d.id)).toEqual(['R1-d1']);
    expect(deltaFrom(before.links, after.links)?.removed.map((l) => l.id)).toEqual(['L1', 'L2']);
  });

  it('takes out more records than it splices (every 7th device: 58 of 400) in one pass, in order', () => {
    const ids = before.devices.filter((_, i) => i % 7 === 0).map((d) => d.id);
    expect(ids.length).toBe(58);
    const after = removeItems(before, ids);
    const gone = new Set<string>(ids);
    expect(after.devices).toEqual(before.devices.filter((d) => !gone.has(d.id)));
    expect(deltaFrom(before.devices, after.devices)?.removed).toEqual(
      before.devices.filter((d) => gone.has(d.id)),
    );
  });

  it('takes a rack out with its 40 devices, 4 PDUs and their links', () => {
    const after = removeItems(before, ['R3']);
    expect(after.racks.map((r) => r.id)).not.toContain('R3');
    expect(after.racks.length).toBe(9);
    expect(after.devices.length).toBe(360);
    expect(after.devices.some((d) => d.rack === 'R3')).toBe(false);
    expect(after.sideItems.length).toBe(36);
    expect(after.links.map((l) => l.id)).toEqual(['L1']);
  });

  it('returns the same layout when no id is present', () => {
    expect(removeItems(before, ['nothing'])).toBe(before);
    expect(removeItems(before, [])).toBe(before);
  });
});
