/**
 * CPU profile of the app's edit path on a big pod (issue 14): opens a pod from a file in the built app, then records a
 * Chromium CPU profile over hovers, drops and undos and prints the functions with the most self time (shares are
 * meaningful on a loaded machine where wall-clock times are not).
 * `npx tsx bench/profileEdit.ts [devices] [wired] [--open] [--callers <function>] [--timeline]`
 * (`--callers` takes a function's name or a part of its mapped place, e.g. `layoutIndex.ts:58`); `--timeline` prints,
 * per 250 ms of the profile, where the main thread was (the innermost frame of a known part of the app: the loader,
 * the rules, the store, React, the 3D scene, autosave...), to see what an open or an edit spends its time on, in order.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeLayout } from '../src/core';
import { bigPod } from '../test/fixtures/bigPod';
import { wiredPod } from '../test/fixtures/wiredPod';
import { launchChromium, openApp, settle } from '../test/e2e/support/browser';
import { ROOT, startPreview } from '../test/e2e/support/previewServer';

interface ProfileNode {
  readonly id: number;
  readonly children?: readonly number[];
  readonly callFrame: {
    readonly functionName: string;
    readonly url: string;
    readonly lineNumber: number;
    readonly columnNumber: number;
  };
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** The built chunks' source maps, so minified frames read as the source's file, line and name. */
const maps = new Map<string, SourceMapConsumer | null>();
function original(url: string, line: number, column: number): string | null {
  const chunk = url.split('/').pop() ?? '';
  if (!maps.has(chunk)) {
    const file = join(ROOT, 'dist/assets', `${chunk}.map`);
    maps.set(chunk, existsSync(file) ? new SourceMapConsumer(JSON.parse(readFileSync(file, 'utf8'))) : null);
  }
  const p = maps.get(chunk)?.originalPositionFor({ line: line + 1, column });
  return p?.source ? `${p.name ?? ''} ${p.source.replace(/^(\.\.\/)+/, '')}:${p.line}` : null;
}

/** Parts of the app, by the source path of a frame (the first that matches, from the innermost frame out). */
const PARTS: readonly (readonly [string, RegExp])[] = [
  ['loader', /src\/core\/schema\//],
  ['rules', /src\/core\/(rules|derive)\//],
  ['core', /src\/core\//],
  ['persist', /src\/(state|ui)\/persist\//],
  ['store', /src\/state\//],
  ['scene', /src\/scene\/|node_modules\/(three|@react-three)\//],
  ['ui', /src\/ui\//],
  ['react', /node_modules\/(react|react-dom|scheduler)\//],
];

/** Per 250 ms bucket of the profile, the share of each part (samples attributed as {@link PARTS} says). */
function printTimeline(profile: Profile, byId: ReadonlyMap<number, ProfileNode>): void {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const partOf = new Map<number, string>();
  const part = (id: number): string => {
    const known = partOf.get(id);
    if (known !== undefined) return known;
    const f = byId.get(id)!.callFrame;
    let found: string | undefined;
    if (['(idle)', '(program)', '(garbage collector)'].includes(f.functionName)) found = f.functionName;
    else {
      const where = original(f.url, f.lineNumber, f.columnNumber) ?? `${f.functionName} ${f.url}`;
      found = PARTS.find(([, re]) => re.test(where))?.[0];
    }
    const p = parent.get(id);
    const result = found ?? (p === undefined ? `native ${f.functionName}` : part(p));
    partOf.set(id, result);
    return result;
  };
  const buckets: Map<string, number>[] = [];
  let t = 0;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    const b = Math.floor(t / 250_000);
    buckets[b] ??= new Map();
    const k = part(id);
    buckets[b].set(k, (buckets[b].get(k) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  buckets.forEach((m, b) => {
    const parts = [...m.entries()]
      .sort((x, y) => y[1] - x[1])
      .slice(0, 4)
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(0)}`)
      .join(', ');
    console.log(`${(b * 0.25).toFixed(2).padStart(6)} s  ${parts}`);
  });
}

/** In the page: `rounds` times, select a rack, arm a 1U server, hover its top free U, drop there, undo. */
async function editRounds({
  rackCount,
  rounds,
  offset,
}: {
  rackCount: number;
  rounds: number;
  offset: number;
}) {
  const hook = window.__podplan!;
  const frame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
  const racks = hook.getState().layout.racks;
  for (let i = 0; i < rounds; i++) {
    const rack = racks[(i * 7 + offset) % rackCount]!.id;
    hook.dispatch('select', { refs: [{ kind: 'rack', id: rack }] });
    hook.dispatch('arm', { payload: { kind: 'sku', sku: 'cpu-server-1u' as never } });
    await frame();
    const slot = document.querySelector<HTMLElement>('.elevation-body .slot');
    slot?.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, relatedTarget: document.body }));
    await frame();
    const u = Number(slot?.dataset['u'] ?? 0);
    hook.dispatch('drop', {
      payload: { kind: 'sku', sku: 'cpu-server-1u' as never },
      target: { kind: 'slot', rack, u, face: 'front' },
    });
    await frame();
    hook.dispatch('undo');
    await frame();
  }
}

const devices = Number(process.argv[2] ?? 20_000);
const layout = process.argv[3] === 'wired' ? wiredPod(16_384) : bigPod(devices);
const server = await startPreview();
const browser = await launchChromium();
try {
  const { page } = await openApp(browser, server.url);
  const file = join(tmpdir(), 'podplan-profile.json');
  writeFileSync(file, serializeLayout(layout));
  // `--open` profiles opening the file (main thread; the check worker is not sampled); else edits on the open pod.
  const opening = process.argv.includes('--open');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  if (opening) await cdp.send('Profiler.start');
  const t0 = Date.now();
  await page.setInputFiles('[data-testid=import-input]', file);
  await page.waitForFunction(
    (n) => window.__podplan!.getState().layout.devices.length === n,
    layout.devices.length,
    {
      timeout: 120_000,
    },
  );
  await settle(page);
  console.log(`opened in ${Date.now() - t0} ms`);
  await page.evaluate('window.__name = (f) => f');
  if (!opening) {
    // One round first, unprofiled: the first hover and selection compile their shaders (once a session).
    await page.evaluate(editRounds, { rackCount: layout.racks.length, rounds: 1, offset: 1 });
    await cdp.send('Profiler.start');
    await page.evaluate(editRounds, { rackCount: layout.racks.length, rounds: 6, offset: 2 });
  }
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  // `--save file`: the raw profile too (open it in Chromium's DevTools, Performance panel).
  const saveTo = process.argv[process.argv.indexOf('--save') + 1];
  if (process.argv.includes('--save') && saveTo) writeFileSync(saveTo, JSON.stringify(profile));
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  let total = 0;
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    const f = n.callFrame;
    const key =
      original(f.url, f.lineNumber, f.columnNumber) ??
      `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  console.log(`profile ${(total / 1000).toFixed(0)} ms`);
  // `--callers name`: the stacks (mapped) under which `name` spent its self time.
  const callersOf = process.argv[process.argv.indexOf('--callers') + 1];
  if (process.argv.includes('--callers') && callersOf) {
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const name = (n: ProfileNode) =>
      original(n.callFrame.url, n.callFrame.lineNumber, n.callFrame.columnNumber) ?? n.callFrame.functionName;
    const stacks = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const n = byId.get(id)!;
      if (n.callFrame.functionName !== callersOf && !name(n).includes(callersOf)) return;
      const chain: string[] = [];
      for (let p = parent.get(id); p !== undefined && chain.length < 12; p = parent.get(p))
        chain.push(name(byId.get(p)!));
      const k = chain.join(' < ');
      stacks.set(k, (stacks.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0));
    });
    for (const [k, v] of [...stacks.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5))
      console.log(`${(v / 1000).toFixed(1)} ms: ${k}\n`);
  }
  if (process.argv.includes('--timeline')) printTimeline(profile, byId);
  for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(
      `${((100 * v) / total).toFixed(1).padStart(5)} %  ${(v / 1000).toFixed(1).padStart(8)} ms  ${k}`,
    );
} finally {
  await browser.close();
  await server.close();
}
