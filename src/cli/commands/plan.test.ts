import { describe, expect, it } from 'vitest';
import { builtinCatalog, compareScenarios, parseLayoutJson, validate } from '../../core';
import type { CliIO } from '../command';
import { planCommand } from './plan';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const files = new Map<string, string>();
  const io: CliIO = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: (p) => {
      const f = files.get(p);
      if (f === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return f;
    },
    writeFile: (p, t) => void files.set(p, t),
  };
  const code = await planCommand.run(args, io);
  return { code, stdout, stderr, files };
}

describe('podplan plan', () => {
  it('plans a whole target (exit 0), writes a layout that validates clean, with the alternatives as scenarios', async () => {
    const r = await run([
      '--gpus',
      '144',
      '--platform',
      'gb200-nvl72',
      '--cooling',
      'liquid',
      '-o',
      'pod.json',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^144 GPUs: 2 × GB200 NVL72 rack in 2 compute racks/);
    expect(r.stdout).toContain('The whole target fits with zero errors.');
    const loaded = parseLayoutJson(r.files.get('pod.json') as string);
    if (!loaded.ok) throw new Error('layout did not load');
    expect(validate(loaded.value, builtinCatalog).errors).toBe(0);
    expect(loaded.value.scenarios?.length).toBeGreaterThanOrEqual(3);
    const compared = compareScenarios(loaded.value, loaded.value.scenarios ?? [], builtinCatalog);
    expect(compared.columns.map((c) => c.name)).toEqual([
      'As asked',
      'Smaller power shelves',
      'In-rack CDUs',
    ]);
    const gpus = compared.rows.find((row) => row.key === 'gpus');
    expect(gpus?.values).toEqual([144, 144, 144]);
  }, 120_000);

  it('exits 1 short of the target and names the binding limit; --json is machine-readable', async () => {
    const r = await run(['--gpus', '64', '--platform', 'nvidia-dgx-b200', '--feed-kw', '60', '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      plan: { binding: { code: string; text: string }; counts: { gpus: number } };
      variants: unknown[];
    };
    expect(out.plan.binding.code).toBe('power.utilityOverload');
    expect(out.plan.binding.text).toMatch(
      /of 64 GPUs: the utility feed \(60 kW\) allows \d+ NVIDIA DGX B200/,
    );
    expect(out.plan.counts.gpus).toBeLessThan(64);
    expect(out.variants.length).toBeGreaterThanOrEqual(3);
  }, 120_000);

  it('exits 2 with a message naming the flag on bad input, and writes nothing', async () => {
    const cases: [string[], RegExp][] = [
      [['--platform', 'nvidia-dgx-h100'], /exactly one of --gpus, --it-kw and --fill/],
      [['--gpus', '8'], /--platform is required/],
      [
        ['--gpus', 'ten', '--platform', 'nvidia-dgx-h100'],
        /--gpus expects a whole number above 0, got 'ten'/,
      ],
      [['--gpus', '8', '--platform', 'nvidia-dgx-h100', '--cooling', 'ice'], /--cooling expects one of/],
      [
        ['--gpus', '8', '--platform', 'nvidia-dgx-h100', '--power-path', '3N'],
        /--power-path expects one of ab-2n, n\+1; got '3N'/,
      ],
      [
        ['--gpus', '8', '--platform', 'acme-gpu', '-o', 'x.json'],
        /platform: 'acme-gpu' is not in the catalog/,
      ],
      [['--gpus', '8', '--platform', 'nvidia-dgx-h100', '--bogus'], /bogus/],
    ];
    for (const [args, message] of cases) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.files.size).toBe(0);
    }
  });
});

describe('podplan plan --power-path n+1', () => {
  it('plans the racks N+1: 3 circuits on a full DGX H100 rack (worked in test/planner/nPlusOne.test.ts)', async () => {
    const r = await run([
      '--gpus',
      '40',
      '--platform',
      'nvidia-dgx-h100',
      '--power-path',
      'n+1',
      '-o',
      'pod.json',
    ]);
    expect(r.code).toBe(0);
    const loaded = parseLayoutJson(r.files.get('pod.json') as string);
    if (!loaded.ok) throw new Error('layout did not load');
    const compute = loaded.value.racks.filter((x) => x.powerScheme === 'N+1');
    expect(compute.length).toBe(1);
    expect(loaded.value.sideItems.filter((s) => s.rack === compute[0]!.id).length).toBe(3);
  });
});
