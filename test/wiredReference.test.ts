/**
 * The array-based link state (`src/core/derive/linkState.ts`) against the whole-layout rules it replaced
 * (`checkLinks` and `planCabling`) on a wired 1,024-GPU pod (2,048 links), whole and with faults put in: a breakout
 * lane pair, a port used twice, an unknown port, a link to a missing device, an end device to end device link and a
 * rack moved out of reach. Link diagnostics must be the same lines, and each device's optic watts the plan's.
 */
import { describe, expect, it } from 'vitest';
import type { Layout, LinkPlacement } from '../src/core';
import { builtinCatalog, cablingFigures, deviceId, linkId, validate } from '../src/core';
import { unwired, wiredPod } from './fixtures/wiredPod';
import { linkText, referenceLinkText } from './support/linkReference';

const BASE = wiredPod(1024);

const link = (id: string, a: string, aPort: string, b: string, bPort: string): LinkPlacement => ({
  id: linkId(id),
  a: { device: deviceId(a), port: aPort },
  b: { device: deviceId(b), port: bPort },
});

function withFaults(l: Layout): Layout {
  const far = l.racks[0]!;
  return {
    ...l,
    racks: l.racks.map((r) =>
      r === far ? { ...r, position: { row: far.position.row + 5000, slot: 90 } } : r,
    ),
    links: [
      ...l.links,
      link('lane-1', 'leaf-1', 'down/32:1', 'leaf-2', 'down/32:1'),
      link('lane-2', 'leaf-1', 'down/32:2', 'leaf-2', 'down/32:2'),
      link('reused', 'node-1', 'compute/1', 'leaf-3', 'down/31'),
      link('no-port', 'node-2', 'compute/9', 'leaf-3', 'down/30'),
      link('ghost', 'nobody', 'compute/1', 'leaf-4', 'down/29'),
      link('ends', 'node-3', 'storage/1', 'node-4', 'storage/1'),
    ],
  };
}

/** Optic watts per device: the report's kW max over the same pod without links, in W. */
function opticW(l: Layout): Map<string, number> {
  const wired = validate(l, builtinCatalog, { cache: false }).devices;
  const bare = new Map(
    validate(unwired(l), builtinCatalog, { cache: false }).devices.map((d) => [d.id, d.kwMax]),
  );
  const out = new Map<string, number>();
  for (const d of wired) {
    const w = Math.round((d.kwMax - (bare.get(d.id) ?? 0)) * 1e6) / 1e3;
    if (w !== 0) out.set(d.id, w);
  }
  return out;
}

describe('Link diagnostics of the link state against the whole-layout rules', () => {
  it.each([
    ['the wired pod', BASE],
    ['the wired pod with faults', withFaults(BASE)],
  ])('%s: same link diagnostics and the cabling plan optic watts per device', (_, layout) => {
    const report = validate(layout, builtinCatalog, { cache: false });
    const lines = linkText(report.diagnostics);
    expect(lines).toEqual(referenceLinkText(layout));
    const plan = new Map<string, number>();
    for (const [id, p] of cablingFigures(layout, builtinCatalog)?.extraW ?? [])
      if (p.maxW !== 0) plan.set(id, p.maxW);
    expect(opticW(layout)).toEqual(plan);
  });

  it('finds every fault put in (so the comparison above compares something)', () => {
    const lines = linkText(validate(withFaults(BASE), builtinCatalog, { cache: false }).diagnostics);
    for (const code of [
      'network.portReused',
      'network.unknownPort',
      'reference.linkDevice',
      'network.linkRoleMismatch',
      'network.linkBeyondReach',
    ])
      expect(
        lines.some((x) => x.startsWith(code)),
        code,
      ).toBe(true);
    expect(lines.some((x) => x.includes("'reused'") && x.includes("'compute-link-1'"))).toBe(true);
  });
});
