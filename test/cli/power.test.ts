import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/command';
import { main } from '../../src/cli/main';

const ex = (name: string) => join(new URL('../../public/examples/', import.meta.url).pathname, name);

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: (p) => readFileSync(p, 'utf8'),
    writeFile: () => undefined,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

describe('podplan power', () => {
  it('prints the chain and the per-phase amps of each PDU; exit 0 without power errors', async () => {
    const r = await run(['power', ex('liquid-nvl72.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Power factor 0.95');
    expect(r.stdout).toMatch(/PUE {14}1\.\d{3}/);
    expect(r.stdout).toContain('N1-pdu-A1 (feed A): L1');
  });

  it('gives the chain as JSON with kW and kVA; IT kVA = kW / PF', async () => {
    const r = await run(['power', ex('air-cooled-dgx-h100.json'), '--json']);
    const out = JSON.parse(r.stdout) as {
      powerChain: { itKw: number; facilityKw: number; facilityKva: number; powerFactor: number };
      racks: { powerScheme: string; kwMax: number; acKvaMax: number }[];
    };
    expect(out.powerChain.powerFactor).toBe(0.95);
    expect(out.powerChain.facilityKva).toBeCloseTo(out.powerChain.facilityKw / 0.95, 9);
    expect(out.racks[0]?.powerScheme).toBe('2N');
    // 40.8 kW / 0.95 = 42.947 kVA.
    expect(out.racks[0]?.acKvaMax).toBeCloseTo(42.947, 3);
  });

  it("sums each device's kVA at its own power factor: one DGX H100 at PF 1 in C1 takes 0.537 kVA off", async () => {
    // C1 holds 4 × 10.2 kW DGX H100 at the pod's 0.95 (42.947 kVA). With C1-dgx1 placed at PF 1:
    // 3 × 10.2 / 0.95 + 10.2 / 1 = 32.2105 + 10.2 = 42.4105 kVA; the pod's IT kVA drops by 10.2 / 0.95 − 10.2 =
    // 0.5368 kVA at every level of the chain.
    const layout = JSON.parse(readFileSync(ex('air-cooled-dgx-h100.json'), 'utf8')) as {
      devices: { id: string; powerFactor?: number }[];
    };
    layout.devices = layout.devices.map((d) => (d.id === 'C1-dgx1' ? { ...d, powerFactor: 1 } : d));
    const file = join(mkdtempSync(join(tmpdir(), 'podplan-pf-')), 'own-pf.json');
    writeFileSync(file, JSON.stringify(layout));
    const out = JSON.parse((await run(['power', file, '--json'])).stdout) as {
      powerChain: { itKw: number; itKva: number; facilityKw: number; facilityKva: number };
      racks: { id: string; acKvaMax: number }[];
    };
    expect(out.racks.find((r) => r.id === 'C1')?.acKvaMax).toBeCloseTo(42.4105, 4);
    expect(out.powerChain.itKva).toBeCloseTo(out.powerChain.itKw / 0.95 - 0.53684, 4);
    expect(out.powerChain.facilityKva).toBeCloseTo(out.powerChain.facilityKw / 0.95 - 0.53684, 4);
    const text = (await run(['power', file])).stdout;
    expect(text).toContain(
      "Power factor 0.95 for the pod (kVA = kW / 0.95); devices with their own power factor change the IT load's kVA by -0.5 kVA at every level",
    );
  });

  it('exits 1 when there are power errors and 2 for a missing file', async () => {
    expect((await run(['power', ex('broken.json')])).code).toBe(1);
    const missing = await run(['power', '/no/such.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("cannot read '/no/such.json'");
  });
});
