/**
 * App benchmark (run with tsx after `vite build`): loads generated pods of 500 and 5,000 devices into the built app
 * in headless Chromium and reports WebGL draw calls per frame, the time from a store command (the same `drop` a
 * drag commits) to the updated capacity panel, and the gzip size of the entry chunk against the lazy 3D chunk.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtinCatalog, fabricStudyLayout, serializeLayout, sizeFabric, sku } from '../src/core';
import { bigPod } from '../test/fixtures/bigPod';
import { launchChromium, openApp, settle } from '../test/e2e/support/browser';
import { ROOT, startPreview } from '../test/e2e/support/previewServer';
import { median } from './stats';
import { openLayoutFile } from './openLayoutFile';
import { DIST, firstScreenFiles, gzipBytes } from './bundleFiles';

export interface PodFigures {
  readonly devices: number;
  readonly racks: number;
  readonly drawCalls: number;
  readonly triangles: number;
  readonly loadMs: number;
  readonly commandToPanelMedianMs: number;
  readonly commandToPanelP95Ms: number;
  readonly samples: number;
}

/** The 3D cable layer on a fabric study pod (every node–leaf and leaf–spine link drawn). */
export interface CableFigures {
  readonly gpus: number;
  readonly devices: number;
  readonly links: number;
  /** Boxes drawn for the cables (up to 4 per link). */
  readonly cableInstances: number;
  readonly drawCallsWithout: number;
  readonly drawCallsWith: number;
  /** Toggle click → the layer drawn, ms. */
  readonly toggleMs: number;
}

export interface AppBenchFigures {
  /** The entry script and every chunk it imports statically, gzip. */
  readonly entryGzipBytes: number;
  readonly entryChunks: number;
  readonly lazy3dGzipBytes: number;
  readonly cssGzipBytes: number;
  readonly pods: readonly PodFigures[];
  readonly cables?: readonly CableFigures[];
}

/** What the first screen loads, honestly: the entry with its static imports, and what the 3D view adds (bundleFiles.ts). */
export function bundleSizes(): Pick<
  AppBenchFigures,
  'entryGzipBytes' | 'entryChunks' | 'lazy3dGzipBytes' | 'cssGzipBytes'
> {
  const { initial, view3d, css } = firstScreenFiles();
  const sum = (files: Iterable<string>): number => {
    let n = 0;
    for (const f of files) n += gzipBytes(join(DIST, 'assets', f));
    return n;
  };
  return {
    entryGzipBytes: sum(initial),
    entryChunks: initial.size,
    lazy3dGzipBytes: sum(view3d),
    cssGzipBytes: css ? gzipBytes(join(DIST, css)) : 0,
  };
}

const SAMPLES = 25;

async function measurePod(
  browser: Awaited<ReturnType<typeof launchChromium>>,
  url: string,
  deviceCount: number,
): Promise<PodFigures> {
  const { page, context } = await openApp(browser, url);
  try {
    const layout = bigPod(deviceCount);
    const loadMs = await openLayoutFile(page, layout, `bench-${deviceCount}`);
    const frame = await page.evaluate(() => window.__podplan!.viewport()!.sample());
    mkdirSync(resolve(ROOT, 'screenshots'), { recursive: true });
    await page.screenshot({ path: resolve(ROOT, `screenshots/bench-${deviceCount}-devices.png`) });
    // Each sample places one 1U server in a free U (47, then 48) of the next rack: the command a drop commits.
    const times = await page.evaluate(async (samples) => {
      const hook = window.__podplan!;
      const racks = hook.getState().layout.racks;
      const out: number[] = [];
      const el = document.querySelector('[data-testid=pod-it-kw-max]');
      if (!el) throw new Error('capacity panel missing');
      for (let i = 0; i < samples; i++) {
        const rack = racks[i % racks.length]!.id;
        const u = 47 + Math.floor(i / racks.length);
        const before = el.getAttribute('data-value');
        const changed = new Promise<number>((ok) => {
          const mo = new MutationObserver(() => {
            if (el.getAttribute('data-value') !== before) {
              mo.disconnect();
              ok(performance.now());
            }
          });
          mo.observe(el, { attributes: true });
          setTimeout(() => ok(Number.NaN), 5000);
        });
        const t = performance.now();
        hook.dispatch('drop', {
          payload: { kind: 'sku', sku: 'cpu-server-1u' as never },
          target: { kind: 'slot', rack, u, face: 'front' },
        });
        out.push((await changed) - t);
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      }
      return out;
    }, SAMPLES);
    if (times.some((t) => Number.isNaN(t)))
      throw new Error('a command did not update the capacity panel within 5 s');
    const sorted = [...times].sort((a, b) => a - b);
    return {
      devices: layout.devices.length,
      racks: layout.racks.length,
      drawCalls: frame.calls,
      triangles: frame.triangles,
      loadMs,
      commandToPanelMedianMs: median(times),
      commandToPanelP95Ms: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0,
      samples: times.length,
    };
  } finally {
    await context.close();
  }
}

async function measureCables(
  browser: Awaited<ReturnType<typeof launchChromium>>,
  url: string,
  gpus: number,
): Promise<CableFigures> {
  const sizing = sizeFabric({ nodes: gpus / 8, portsPerNode: 8, radix: 64 });
  if (!sizing.ok) throw new Error(sizing.error.message);
  const layout = fabricStudyLayout(sizing.value, builtinCatalog, {
    rackSku: sku('rack-42u-600x1200'),
    nodeSku: sku('nvidia-dgx-h100'),
    leafSku: sku('nvidia-qm9700'),
  });
  if (!layout.ok) throw new Error(layout.error);
  const { page, context } = await openApp(browser, url);
  try {
    const file = join(tmpdir(), `podplan-bench-cables-${gpus}.json`);
    writeFileSync(file, serializeLayout(layout.value));
    await page.setInputFiles('[data-testid=import-input]', file);
    await page.waitForFunction(
      (n) => window.__podplan!.getState().layout.links.length === n,
      layout.value.links.length,
    );
    await settle(page);
    const without = await page.evaluate(() => window.__podplan!.viewport()!.sample());
    await page.click('[data-testid=network-menu]');
    const t0 = Date.now();
    await page.click('[data-testid=toggle-cables]');
    await settle(page);
    const toggleMs = Date.now() - t0;
    const withCables = await page.evaluate(() => window.__podplan!.viewport()!.sample());
    const instances = await page.evaluate(
      () => (window.__podplan!.r3f()!.scene.getObjectByName('cables') as unknown as { count: number }).count,
    );
    await page.screenshot({ path: resolve(ROOT, `screenshots/bench-cables-${gpus}-gpus.png`) });
    return {
      gpus,
      devices: layout.value.devices.length,
      links: layout.value.links.length,
      cableInstances: instances,
      drawCallsWithout: without.calls,
      drawCallsWith: withCables.calls,
      toggleMs,
    };
  } finally {
    await context.close();
  }
}

export async function runAppBench(deviceCounts: readonly number[] = [500, 5000]): Promise<AppBenchFigures> {
  if (!existsSync(resolve(ROOT, 'dist/index.html'))) throw new Error('Build first: `npx vite build`.');
  const sizes = bundleSizes();
  const server = await startPreview();
  const browser = await launchChromium();
  try {
    const pods: PodFigures[] = [];
    for (const n of deviceCounts) pods.push(await measurePod(browser, server.url, n));
    const cables: CableFigures[] = [];
    for (const gpus of [1_024, 4_096]) cables.push(await measureCables(browser, server.url, gpus));
    return { ...sizes, pods, cables };
  } finally {
    await browser.close();
    await server.close();
  }
}

export function printTable(f: AppBenchFigures): void {
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
  console.log('\npodplan app benchmark (headless Chromium, SwiftShader WebGL, 1600 × 950)\n');
  console.log(
    '| devices | racks | draw calls / frame | triangles | load (import → rendered) | command → capacity panel, median | p95 |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  for (const p of f.pods)
    console.log(
      `| ${p.devices} | ${p.racks} | ${p.drawCalls} | ${p.triangles.toLocaleString('en-US')} | ${p.loadMs} ms | ${p.commandToPanelMedianMs.toFixed(1)} ms (n=${p.samples}) | ${p.commandToPanelP95Ms.toFixed(1)} ms |`,
    );
  if (f.cables && f.cables.length > 0) {
    console.log(
      '\n| GPUs | devices | links | cable boxes | draw calls without cables | with cables | toggle → drawn |',
    );
    console.log('|---:|---:|---:|---:|---:|---:|---:|');
    for (const c of f.cables)
      console.log(
        `| ${c.gpus.toLocaleString('en-US')} | ${c.devices} | ${c.links.toLocaleString('en-US')} | ${c.cableInstances.toLocaleString('en-US')} | ${c.drawCallsWithout} | ${c.drawCallsWith} | ${c.toggleMs} ms |`,
      );
  }
  console.log(
    `\nInitial JS (entry and the ${f.entryChunks - 1} chunks it imports statically, gzip): ${kb(f.entryGzipBytes)} · CSS ${kb(f.cssGzipBytes)} · the 3D view, also fetched at boot, adds ${kb(f.lazy3dGzipBytes)} (gzip) · first screen total ${kb(f.entryGzipBytes + f.cssGzipBytes + f.lazy3dGzipBytes)}\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runAppBench()
    .then((f) => {
      printTable(f);
      const bad = f.pods.filter((p) => p.drawCalls >= 100 || p.commandToPanelMedianMs >= 50);
      if (bad.length > 0 || (f.cables ?? []).some((c) => c.drawCallsWith >= 100)) {
        console.error('Over budget: draw calls must stay < 100 and command → panel under 50 ms median.');
        process.exitCode = 1;
      }
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}
